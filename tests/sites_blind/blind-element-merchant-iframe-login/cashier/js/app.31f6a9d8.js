(window["webpackJsonp"]=window["webpackJsonp"]||[]).push([["app"],{}]);
!function(){"use strict";
var E=window.ELEMENT,Message=E.Message,Loading=E.Loading;
var MCH={no:"M3301080217",name:"鲜果时光水果店",branch:"文三路店"};
var TIP_KEY="cashier_login_tip_closed_"+MCH.no;
function post(url,data){return fetch(url,{method:"POST",credentials:"include",headers:{"Content-Type":"application/json;charset=UTF-8"},body:JSON.stringify(data)}).then(function(r){return r.json()})}
try{parent.postMessage({source:"cashier",type:"title",title:"付款给"+MCH.name},location.origin)}catch(e){}
function bridge(){return window.WeixinJSBridge||(window.parent!==window&&window.parent.WeixinJSBridge)||undefined}

function Cashier(vm){var h=Vue.h("data-v-1f8e3a6c"),d=vm.$data;
 return h("div",{staticClass:"cashier"},[
  h("div",{staticClass:"merchant"},[h("div",{staticClass:"merchant__avatar"},["鲜"]),h("div",{staticClass:"merchant__name"},[MCH.name+"（"+MCH.branch+"）"]),h("div",{staticClass:"merchant__tip"},["付款给商家"])]),
  h("div",{staticClass:"panel"},[h("div",{staticClass:"panel__label"},["付款金额"]),
   h("div",{staticClass:"amount"},[h("span",{staticClass:"amount__symbol"},["¥"]),
    h("input",{staticClass:"amount__input",attrs:{type:"text",inputmode:"decimal",maxlength:"9",placeholder:"请输入付款金额",autocomplete:"off"},domProps:{value:d.amount},on:{input:function(e){var v=e.target.value.replace(/[^\d.]/g,"");if(v!==e.target.value)e.target.value=v;d.amount=v}}})]),
   d.showRemark?h("input",{staticClass:"remark__input",attrs:{type:"text",maxlength:"20",placeholder:"添加备注（20字以内）"},domProps:{value:d.remark},on:{input:function(e){d.remark=e.target.value}}})
    :h("a",{staticClass:"remark__link",attrs:{href:"javascript:;"},on:{click:function(){d.showRemark=true}}},["添加备注"]),
   E.Button(h,{type:"primary",loading:d.paying,block:"pay-btn",onClick:vm.pay},"确认支付")]),
  h("div",{staticClass:"footer-tip"},["支付安全由微信支付保障"]),
  E.Dialog(h,{key:"login",visible:d.loginTip,rendered:d.loginTipRendered,title:"登录后可累积积分",width:"84%",top:"28vh",closeOnClickModal:false,customClass:"login-tip-dialog",onClose:vm.closeTip},
   [h("div",{staticClass:"login-tip"},[h("div",{staticClass:"login-tip__gift"},["积"]),h("p",["登录「鲜果时光」会员，本单消费每1元得1积分，积分可抵现、兑换鲜果礼盒。"])])],
   [h("span",{staticClass:"dialog-footer"},[E.Button(h,{type:"primary",round:true,block:"login-tip__btn",onClick:vm.login},"立即登录")])])])}
function Result(vm){var h=Vue.h("data-v-7c3d0b95"),d=vm.$data;
 return h("div",{staticClass:"result"},[h("div",{staticClass:"result__icon"},[h("i",{staticClass:"el-icon-success"})]),h("div",{staticClass:"result__title"},["支付成功"]),h("div",{staticClass:"result__amount"},["¥"+d.paidAmount]),h("div",{staticClass:"result__mch"},[MCH.name])])}

new Vue({el:"#app",
 data:{amount:"",remark:"",showRemark:false,paying:false,loginTip:false,loginTipRendered:false,paid:false,paidAmount:""},
 mounted:function(d){
  var closed=sessionStorage.getItem(TIP_KEY)==="1";
  fetch("/api/member/current",{credentials:"include"}).then(function(r){return r.json()}).then(function(res){
   if(res.code===0&&res.data&&res.data.member)return;
   if(!closed)setTimeout(function(){if(!d.paid){d.loginTip=true;d.loginTipRendered=true}},2000)}).catch(function(){})},
 methods:{
  closeTip:function(){this.$data.loginTip=false;sessionStorage.setItem(TIP_KEY,"1")},
  login:function(){var back="/";(window.top||window).location.href="/member/oauth?redirect="+encodeURIComponent(back)+"&mchNo="+MCH.no},
  pay:function(){var d=this.$data;if(d.paying)return;var a=(d.amount||"").trim();
   if(!/^\d+(\.\d{1,2})?$/.test(a)||parseFloat(a)<=0){Message.warning("请输入正确的金额");return}
   if(parseFloat(a)>50000){Message.warning("单笔金额不能超过50000元");return}
   d.paying=true;var ld=Loading.service({text:"正在创建订单",background:"rgba(255,255,255,.55)"});
   post("/api/cashier/unifiedorder",{mchNo:MCH.no,totalAmount:a,remark:d.remark,payWay:"WXPAY",tradeType:"JSAPI"}).then(function(res){ld.close();
    if(res.code!=="SUCCESS"){d.paying=false;Message.error(res.message||"下单失败");return}
    var p=res.data.payInfo;
    function go(){bridge().invoke("getBrandWCPayRequest",p,function(r){d.paying=false;
     if(r.err_msg==="get_brand_wcpay_request:ok"){d.paid=true;d.loginTip=false;d.paidAmount=parseFloat(a).toFixed(2)}
     else if(r.err_msg==="get_brand_wcpay_request:cancel")Message.info("已取消支付");else Message.error("支付失败")})}
    if(!bridge())document.addEventListener("WeixinJSBridgeReady",go,false);else go()
   }).catch(function(){ld.close();d.paying=false;Message.error("网络异常，请重试")})}
 },
 render:function(d,vm){var h=Vue.h("data-v-4a0c2f51");return h("div",{attrs:{id:"app"}},[d.paid?Result(vm):Cashier(vm)])}
});
}();
