(window["webpackJsonp"]=window["webpackJsonp"]||[]).push([["app"],{}]);
!function(){"use strict";
var E=window.ELEMENT,Message=E.Message,Loading=E.Loading;
var q=new URLSearchParams(location.search),SHOP={id:q.get("shopId")||"SS0755",table:q.get("tableNo")||"12",name:"食尚餐饮（万象汇店）"};
var MENU=[
 {cat:"招牌推荐",id:"c1",items:[{id:"10011",name:"招牌酸菜鱼",desc:"精选黑鱼 · 老坛酸菜",price:68,sales:2381,tag:"招牌"},{id:"10012",name:"小炒黄牛肉",desc:"现切黄牛肉 · 螺丝椒",price:52,sales:1702}]},
 {cat:"热菜",id:"c2",items:[{id:"10021",name:"宫保鸡丁",desc:"鸡腿肉 · 花生",price:32,sales:986},{id:"10022",name:"鱼香肉丝",desc:"酸甜微辣",price:28,sales:874},{id:"10023",name:"干煸四季豆",desc:"下饭神器",price:22,sales:655}]},
 {cat:"凉菜",id:"c3",items:[{id:"10031",name:"拍黄瓜",desc:"蒜香爽口",price:12,sales:1208},{id:"10032",name:"口水鸡",desc:"麻辣鲜香",price:26,sales:543}]},
 {cat:"主食",id:"c4",items:[{id:"10041",name:"米饭",desc:"东北五常大米",price:2,sales:4120},{id:"10042",name:"扬州炒饭",desc:"虾仁 · 火腿 · 鸡蛋",price:18,sales:732}]},
 {cat:"饮品",id:"c5",items:[{id:"10051",name:"酸梅汤",desc:"古法熬制",price:8,sales:1650},{id:"10052",name:"鲜榨橙汁",desc:"当季鲜橙",price:16,sales:421}]}];
var ITEMS={};MENU.forEach(function(c){c.items.forEach(function(i){ITEMS[i.id]=i})});
var saved={};try{saved=JSON.parse(sessionStorage.getItem("ss_cart_"+SHOP.id+"_"+SHOP.table)||"{}")}catch(e){}
var router=Vue.HashRouter([{path:"/menu",name:"Menu"},{path:"/confirm",name:"Confirm"},{path:"/follow",name:"Follow"}],"/menu");
router.afterEach(function(r){window.scrollTo(0,0);document.title={"/menu":"食尚餐饮 · 扫码点餐","/confirm":"确认订单","/follow":"关注公众号"}[r.path]||"食尚餐饮"});
function money(n){return n.toFixed(2)}
function http(method,url,data){return fetch(url,{method:method,credentials:"include",headers:{"Content-Type":"application/json;charset=UTF-8","X-Requested-With":"XMLHttpRequest"},body:data?JSON.stringify(data):undefined}).then(function(r){return r.json()})}

/* ---- components ---- */
function NavBar(hh,title,back){var h=Vue.h("data-v-2d0f7c11");return h("div",{staticClass:"nav-bar"},[back?h("div",{staticClass:"nav-bar__left",on:{click:function(){router.back()}}},[h("i",{staticClass:"el-icon-arrow-left"})]):null,h("div",{staticClass:"nav-bar__title"},[title])])}
function Stepper(vm,item){var h=Vue.h("data-v-5e7a1b04"),n=vm.$data.cart[item.id]||0;
 return h("div",{staticClass:"stepper"},[n>0?E.Button(h,{size:"mini",circle:true,plain:true,type:"primary",icon:"el-icon-minus",onClick:function(){vm.minus(item.id)}}):null,n>0?h("span",{staticClass:"stepper__num"},[String(n)]):null,
  E.Button(h,{size:"mini",circle:true,type:"primary",icon:"el-icon-plus",onClick:function(){vm.add(item.id)}})])}
function Menu(vm){var h=Vue.h("data-v-3c9e71a2"),d=vm.$data,sum=vm.summary();
 return h("div",{staticClass:"page-menu"},[
  h("div",{staticClass:"shop-head"},[h("div",{staticClass:"shop-head__logo"},["食尚"]),h("div",{staticClass:"shop-head__info"},[h("div",{staticClass:"shop-head__name"},[SHOP.name]),h("div",{staticClass:"shop-head__table"},["桌号 "+SHOP.table+" · 堂食"])])]),
  h("div",{staticClass:"notice"},[h("span",{staticClass:"notice__tag"},["公告"]),"本店所有菜品均为现点现做，高峰期请耐心等待"]),
  h("div",{staticClass:"menu"},[
   h("div",{staticClass:"menu__side"},MENU.map(function(c){return h("div",{staticClass:"menu__cat",class:{"is-active":d.activeCat===c.id},on:{click:function(){d.activeCat=c.id;var t=document.getElementById("cat-"+c.id);if(t)t.scrollIntoView({behavior:"smooth",block:"start"})}}},[c.cat])})),
   h("div",{staticClass:"menu__list"},MENU.map(function(c){return h("div",{staticClass:"menu__group",attrs:{id:"cat-"+c.id}},[h("div",{staticClass:"menu__group-title"},[c.cat]),
    c.items.map(function(it){return h("div",{staticClass:"goods"},[h("div",{staticClass:"goods__img",style:{background:"linear-gradient(135deg,hsl("+(parseInt(it.id,10)*37%360)+",55%,62%),hsl("+(parseInt(it.id,10)*37%360+30)+",60%,48%))"}},[it.name.slice(0,2)]),
     h("div",{staticClass:"goods__body"},[h("div",{staticClass:"goods__name"},[it.tag?h("span",{staticClass:"goods__tag"},[it.tag]):null,it.name]),h("div",{staticClass:"goods__desc"},[it.desc]),h("div",{staticClass:"goods__sales"},["月售 "+it.sales]),
      h("div",{staticClass:"goods__foot"},[h("div",{staticClass:"goods__price"},[h("small",["¥"]),String(it.price)]),Stepper(vm,it)])])])})])}).concat([h("div",{staticClass:"menu__end"},["— 已经到底了 —"])]))]),
  h("div",{staticClass:"cart-bar"},[h("div",{staticClass:"cart-bar__icon",class:{"is-empty":!sum.count}},[sum.count?h("span",{staticClass:"cart-bar__badge"},[String(sum.count)]):null]),
   h("div",{staticClass:"cart-bar__info"},sum.count?[h("div",{staticClass:"cart-bar__total"},["¥"+money(sum.total)]),h("div",{staticClass:"cart-bar__tip"},["不含餐位费"])]:[h("div",{staticClass:"cart-bar__empty"},["未选购商品"])]),
   h("div",{staticClass:"cart-bar__btn",class:{"is-disabled":!sum.count},on:{click:vm.checkout}},["去结算"])])])}
function Confirm(vm){var h=Vue.h("data-v-6f1b0d44"),d=vm.$data,sum=vm.summary();
 if(!sum.count){setTimeout(function(){router.replace("/menu")},0)}
 return h("div",{staticClass:"page-confirm"},[NavBar(h,"确认订单",true),
  h("div",{staticClass:"card table-card"},[h("div",{staticClass:"table-card__no"},[h("span",["桌号"]),h("strong",[SHOP.table])]),h("div",{staticClass:"table-card__shop"},[SHOP.name])]),
  h("div",{staticClass:"card"},[h("div",{staticClass:"card__title"},["用餐人数"]),h("div",{staticClass:"diners"},[1,2,3,4,5,6].map(function(n){return h("div",{staticClass:"diners__item",class:{"is-active":d.diners===n},on:{click:function(){d.diners=n}}},[n+"人"])}))]),
  h("div",{staticClass:"card"},[h("div",{staticClass:"card__title"},["已选菜品"]),sum.lines.map(function(l){return h("div",{staticClass:"line"},[h("span",{staticClass:"line__name"},[l.item.name]),h("span",{staticClass:"line__qty"},["x"+l.qty]),h("span",{staticClass:"line__price"},["¥"+money(l.item.price*l.qty)])])}),
   h("div",{staticClass:"line line--fee"},[h("span",{staticClass:"line__name"},["餐位费"]),h("span",{staticClass:"line__qty"},["x"+d.diners]),h("span",{staticClass:"line__price"},["¥"+money(d.diners*2)])])]),
  h("div",{staticClass:"card"},[h("div",{staticClass:"card__title"},["备注"]),h("textarea",{staticClass:"remark",attrs:{rows:"3",maxlength:"50",placeholder:"口味、偏好等要求（选填）"},domProps:{value:d.remark},on:{input:function(e){vm.$data.remark=e.target.value}}})]),
  h("div",{staticClass:"submit-bar"},[h("div",{staticClass:"submit-bar__text"},["合计：",h("span",{staticClass:"submit-bar__price"},["¥"+money(sum.total+d.diners*2)])]),E.Button(h,{type:"primary",round:true,loading:d.submitting,onClick:vm.submit},"提交订单")])])}
function Follow(vm){var h=Vue.h("data-v-0a7d5e93"),d=vm.$data;
 return h("div",{staticClass:"page-follow"},[NavBar(h,"关注公众号",false),
  h("div",{staticClass:"follow"},[h("div",{staticClass:"follow__logo"},["食尚"]),h("div",{staticClass:"follow__title"},["关注「食尚餐饮」公众号"]),h("div",{staticClass:"follow__sub"},["关注后即可完成下单，并第一时间获取出餐提醒与会员福利"]),
   h("div",{staticClass:"follow__qr"},[h("img",{attrs:{src:"/img/qrcode-mp.4f1a9c2e.png",alt:"食尚餐饮公众号二维码"}})]),
   h("div",{staticClass:"follow__hint"},["长按识别二维码关注「食尚餐饮」"]),
   E.Button(h,{type:"primary",round:true,loading:d.checking,block:"follow__btn",onClick:vm.checkFollow},"我已关注，继续下单"),
   h("a",{staticClass:"follow__back",attrs:{href:"javascript:;"},on:{click:function(){router.back()}}},["返回"])])])}

new Vue({el:"#app",router:router,
 data:{cart:saved,activeCat:"c1",diners:2,remark:"",submitting:false,checking:false},
 methods:{
  save:function(){sessionStorage.setItem("ss_cart_"+SHOP.id+"_"+SHOP.table,JSON.stringify(this.$data.cart))},
  add:function(id){var c=this.$data.cart;c[id]=(c[id]||0)+1;this.save()},
  minus:function(id){var c=this.$data.cart;if(c[id]>1)c[id]--;else delete c[id];this.save()},
  summary:function(){var c=this.$data.cart,lines=[],count=0,total=0;Object.keys(c).forEach(function(id){var it=ITEMS[id];if(!it||!c[id])return;lines.push({item:it,qty:c[id]});count+=c[id];total+=it.price*c[id]});return{lines:lines,count:count,total:total}},
  checkout:function(){if(!this.summary().count){Message.warning("请先选择菜品");return}router.push("/confirm")},
  submit:function(){var d=this.$data,self=this;if(d.submitting)return;d.submitting=true;var ld=Loading.service({text:"订单提交中...",background:"rgba(255,255,255,.6)"});
   var body={shopId:SHOP.id,tableNo:SHOP.table,diners:d.diners,remark:d.remark,orderType:1,items:this.summary().lines.map(function(l){return{skuId:l.item.id,qty:l.qty}})};
   http("POST","/api/h5/order/submit",body).then(function(res){ld.close();d.submitting=false;
    if(res.code===0){self.pay(res.data);return}
    if(res.code===1001){Message.warning(res.msg||"请先关注公众号");router.push("/follow?from=confirm");return}
    Message.error(res.msg||"下单失败，请稍后重试")}).catch(function(){ld.close();d.submitting=false;Message.error("网络开小差了，请稍后重试")})},
  checkFollow:function(){var d=this.$data,self=this;if(d.checking)return;d.checking=true;
   http("GET","/api/h5/mp/subscribe-status?shopId="+SHOP.id).then(function(res){d.checking=false;
    if(res.code===0&&res.data&&res.data.subscribe===1){router.replace("/confirm");self.submit();return}
    Message.warning("检测到您尚未关注公众号，请先关注");router.replace("/follow?from=confirm&t="+Date.now())}).catch(function(){d.checking=false;Message.error("网络开小差了，请稍后重试")})},
  pay:function(data){var p=data.payParams;function go(){WeixinJSBridge.invoke("getBrandWCPayRequest",p,function(r){if(r.err_msg==="get_brand_wcpay_request:ok"){sessionStorage.removeItem("ss_cart_"+SHOP.id+"_"+SHOP.table);Message.success("支付成功")}else Message.info("支付已取消")})}
   if(typeof WeixinJSBridge==="undefined")document.addEventListener("WeixinJSBridgeReady",go,false);else go()}
 },
 render:function(d,vm){var h=Vue.h("data-v-51c8b2e7"),n=router.current&&router.current.name;
  return h("div",{attrs:{id:"app"}},[n==="Confirm"?Confirm(vm):n==="Follow"?Follow(vm):Menu(vm)])}
});
}();
