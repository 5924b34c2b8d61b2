(this["webpackJsonpyunqi-park-h5"]=this["webpackJsonpyunqi-park-h5"]||[]).push([[0],{}]);
!function(){"use strict";
var h=__R.h,root=__R.createRoot(document.getElementById("root"));
var LOT={id:"P330106021",name:"金桂路立体停车场",addr:"杭州市西湖区金桂路88号"};
var S={plate:"",bill:null,paying:false,loading:false};
var PLATE=/^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Z][A-Z0-9]{4,5}[A-Z0-9挂学警港澳]$/;

function toast(msg,ms){var el=h("div",{className:"toast_1p7x"},h("div",{className:"toastText_2a0m"},msg));document.body.appendChild(el);setTimeout(function(){el.classList.add("toastOut_3c1d");setTimeout(function(){el.remove()},250)},ms||2000)}
function api(method,url,body){return fetch(url,{method:method,credentials:"same-origin",headers:body?{"Content-Type":"application/json"}:{},body:body?JSON.stringify(body):undefined}).then(function(r){if(!r.ok)throw new Error("HTTP "+r.status);return r.json()})}
function navigate(path,replace){history[replace?"replaceState":"pushState"]({},"",path);render()}
window.addEventListener("popstate",function(){render()});

function Header(p){return h("div",{className:"header_9dfa"},p.back?h("div",{className:"headerBack_1n2b",onClick:function(){history.back()}}):null,h("div",{className:"headerTitle_2c7e"},p.title))}
function LotCard(){return h("div",{className:"lotCard_4a2c"},h("div",{className:"lotIcon_0b3e"},"P"),h("div",{className:"lotInfo_7d1f"},h("div",{className:"lotName_3e8a"},LOT.name),h("div",{className:"lotAddr_5b6c"},LOT.addr)))}

function Home(){
 var inputRef={};
 function query(){var plate=(inputRef.current.value||"").replace(/\s+/g,"").toUpperCase();S.plate=plate;
  if(!plate){toast("请输入车牌号");return}
  if(!PLATE.test(plate)){toast("请输入正确的车牌号");return}
  if(S.loading)return;S.loading=true;render();
  api("GET","/api/parking/bill?lotId="+LOT.id+"&plateNo="+encodeURIComponent(plate)).then(function(res){S.loading=false;
   if(res.code!==0){toast(res.message||"查询失败");render();return}
   S.bill=res.data;try{var h2=JSON.parse(localStorage.getItem("recentPlates")||"[]").filter(function(x){return x!==plate});h2.unshift(plate);localStorage.setItem("recentPlates",JSON.stringify(h2.slice(0,3)))}catch(e){}
   navigate("/bill?plate="+encodeURIComponent(plate))}).catch(function(){S.loading=false;render();toast("网络异常，请稍后重试")})}
 var recent=[];try{recent=JSON.parse(localStorage.getItem("recentPlates")||"[]")}catch(e){}
 return h("div",{className:"page_6b0d"},Header({title:"停车缴费"}),LotCard(),
  h("div",{className:"card_1e4f"},
   h("div",{className:"cardTitle_8f2a"},"输入车牌查询停车费"),
   h("div",{className:"inputWrap_2b9c"},h("input",{ref:inputRef,className:"plateInput_7a3d",type:"text",maxlength:"8",autocomplete:"off",placeholder:"请输入车牌号",defaultValue:S.plate,onKeyDown:function(e){if(e.key==="Enter")query()}})),
   recent.length?h("div",{className:"recent_5c2e"},h("span",{className:"recentLabel_1a9b"},"最近查询："),recent.map(function(p){return h("span",{className:"recentItem_3f0c",key:p,onClick:function(){inputRef.current.value=p}},p)})):null,
   h("div",{className:"btn_3kq9"+(S.loading?" btnDisabled_0x1a":""),onClick:query},S.loading?"查询中…":"查询")),
  h("div",{className:"tips_4d8e"},h("div",{className:"tipsTitle_6a1b"},"温馨提示"),h("p",null,"1. 缴费成功后请于15分钟内驶离，超时将重新计费；"),h("p",null,"2. 如有疑问请联系岗亭工作人员或拨打服务热线 0571-8xxx 6210。")))}

function Row(k,v,cls){return h("div",{className:"row_2f6a"},h("span",{className:"rowKey_8c3b"},k),h("span",{className:"rowVal_1d7e"+(cls?" "+cls:"")},v))}
function Bill(){
 var b=S.bill;
 if(!b){var plate=new URLSearchParams(location.search).get("plate");
  if(!plate){navigate("/",true);return h("div",null)}
  api("GET","/api/parking/bill?lotId="+LOT.id+"&plateNo="+encodeURIComponent(plate)).then(function(res){if(res.code===0){S.bill=res.data;render()}else{toast(res.message||"查询失败")}});
  return h("div",{className:"page_6b0d"},Header({title:"停车费用",back:true}),h("div",{className:"skeleton_9e2d"}))}
 function pay(){if(S.paying)return;S.paying=true;render();
  var mask=h("div",{className:"mask_5e1c"},h("div",{className:"loadingBox_3b8f"},h("div",{className:"spinner_7c2a"}),h("div",{className:"loadingText_0d4e"},"支付请求中…")));document.body.appendChild(mask);
  api("POST","/api/pay/prepay",{billNo:b.billNo,lotId:LOT.id,plateNo:b.plateNo,amount:b.payable,payType:"WX_JSAPI"}).then(function(res){mask.remove();
   if(res.code!==0||!res.data){S.paying=false;render();toast(res.message||"下单失败");return}
   invokePay(res.data.payParams,function(r){S.paying=false;
    if(r.err_msg==="get_brand_wcpay_request:ok"){navigate("/result?billNo="+b.billNo)}
    else if(r.err_msg==="get_brand_wcpay_request:cancel"){render();toast("已取消支付")}else{render();toast("支付失败，请重试")}})
  }).catch(function(){mask.remove();S.paying=false;render();toast("网络异常，请稍后重试")})}
 return h("div",{className:"page_6b0d"},Header({title:"停车费用",back:true}),
  h("div",{className:"feeCard_2a7c"},h("div",{className:"plateBadge_4e9d"},b.plateNo),h("div",{className:"feeLabel_1b3f"},"应付金额（元）"),h("div",{className:"feeAmount_6c0a"},b.payable)),
  h("div",{className:"card_1e4f"},Row("停车场",LOT.name),Row("入场时间",b.inTime),Row("停车时长",b.duration),Row("停车费用","¥"+b.total),Row("已优惠","-¥"+b.discount,"rowRed_9a2b")),
  h("div",{className:"footer_3d5b"},h("div",{className:"btn_3kq9"+(S.paying?" btnDisabled_0x1a":""),onClick:pay},S.paying?"支付中…":"去支付")))}

function invokePay(params,cb){
 function go(){WeixinJSBridge.invoke("getBrandWCPayRequest",params,cb)}
 if(typeof WeixinJSBridge==="undefined"){document.addEventListener("WeixinJSBridgeReady",go,false)}else go()}

function Result(){return h("div",{className:"page_6b0d"},Header({title:"缴费结果"}),h("div",{className:"result_8b1e"},h("div",{className:"resultIcon_2e0f"},"✓"),h("div",{className:"resultTitle_5a7d"},"支付成功"),h("div",{className:"resultSub_0c3a"},"请于15分钟内驶离停车场")))}

function render(){var p=location.pathname;root.render(p==="/bill"?Bill():p==="/result"?Result():Home())}
render();
}();
