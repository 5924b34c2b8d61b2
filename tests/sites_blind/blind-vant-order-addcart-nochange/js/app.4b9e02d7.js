/*! order-h5 v2.8.3 | (c) 禾丰小馆信息技术 */
(function(){"use strict";
var V1="data-v-5e1a2c7d",V2="data-v-7b3c91e0",V3="data-v-2f9d6a13";
var TABLE=(location.search.match(/table=([^&]+)/)||[])[1]||"A08";
var SHOP={id:"hf0217",name:"禾丰小馆（滨江店）",notice:"堂食 · 桌号 "+decodeURIComponent(TABLE)+" · 人均 ¥46"};
var MENU=[{cat:"招牌推荐",items:[{id:101,name:"招牌红烧肉",desc:"肥而不腻 入口即化",price:48,icon:"🥘"},{id:102,name:"酸菜鱼",desc:"现杀黑鱼 老坛酸菜",price:58,icon:"🐟"},{id:103,name:"干锅花菜",desc:"微辣",price:26,icon:"🥦"}]},
{cat:"家常小炒",items:[{id:201,name:"番茄炒蛋",desc:"",price:18,icon:"🍅"},{id:202,name:"鱼香肉丝",desc:"川味",price:28,icon:"🌶"},{id:203,name:"清炒时蔬",desc:"当季青菜",price:16,icon:"🥬"}]},
{cat:"主食饮品",items:[{id:301,name:"米饭",desc:"一碗",price:2,icon:"🍚"},{id:302,name:"手工酸梅汤",desc:"冰镇",price:8,icon:"🥤"}]}];
var store={cart:{},activeCat:0,payParams:null};
try{store.cart=JSON.parse(sessionStorage.getItem("hf_cart")||"{}")}catch(e){}
function saveCart(){sessionStorage.setItem("hf_cart",JSON.stringify(store.cart))}
function find(id){for(var i=0;i<MENU.length;i++)for(var j=0;j<MENU[i].items.length;j++)if(MENU[i].items[j].id==id)return MENU[i].items[j]}
function count(){var n=0;for(var k in store.cart)n+=store.cart[k];return n}
function total(){var t=0;for(var k in store.cart)t+=find(k).price*store.cart[k];return t}
function esc(s){return String(s).replace(/[&<>"]/g,function(c){return{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}[c]})}
var http={post:function(url,data){return fetch(url,{method:"POST",headers:{"Content-Type":"application/json;charset=UTF-8"},body:JSON.stringify(data||{})}).then(function(r){return r.json()})},
get:function(url){return fetch(url).then(function(r){return r.json()})}};
var toastEl=null;function toast(msg,loading){closeToast();toastEl=document.createElement("div");toastEl.className="van-toast van-toast--middle"+(loading?" van-toast--loading":" van-toast--text");toastEl.setAttribute("role","alert");
toastEl.innerHTML=loading?'<div class="van-loading van-loading--circular van-toast__loading"><span class="van-loading__spinner van-loading__spinner--circular"></span></div><div class="van-toast__text">'+esc(msg)+"</div>":'<div class="van-toast__text">'+esc(msg)+"</div>";document.body.appendChild(toastEl);if(!loading)setTimeout(closeToast,2000)}
function closeToast(){if(toastEl&&toastEl.parentNode)toastEl.parentNode.removeChild(toastEl);toastEl=null}
/* wx jssdk */
var wxReady=false;
function initWx(){if(!window.wx)return;http.get("/api/wx/jssdk?url="+encodeURIComponent(location.href.split("#")[0])).then(function(res){if(res.code!==0)return;var d=res.data;
wx.config({debug:false,appId:d.appId,timestamp:d.timestamp,nonceStr:d.nonceStr,signature:d.signature,jsApiList:["chooseWXPay","hideMenuItems"]});
wx.ready(function(){wxReady=true});wx.error(function(e){console.warn("wx.error",e)})})}
var app=document.getElementById("app");
function stepperHtml(id){var q=store.cart[id]||0;
/* shop config: showMinus=false (加购模式) */
return '<div '+V1+' class="van-stepper van-stepper--round" data-id="'+id+'"><button type="button" class="van-stepper__minus" style="display: none;"></button><input type="tel" role="spinbutton" class="van-stepper__input" value="'+q+'" style="display: none;" aria-valuenow="'+q+'"><button type="button" class="van-stepper__plus">+</button></div>'}
function renderMenu(){var side="",goods="";MENU.forEach(function(c,i){side+='<a class="van-sidebar-item'+(i===store.activeCat?" van-sidebar-item--select":"")+'" data-cat="'+i+'"><div class="van-sidebar-item__text">'+c.cat+"</div></a>";
goods+='<div '+V1+' class="cat-title" id="cat'+i+'">'+c.cat+"</div>";c.items.forEach(function(g){var p=String(g.price.toFixed(2)).split(".");
goods+='<div '+V1+' class="van-card"><div class="van-card__header" style="display:flex;width:100%"><a class="van-card__thumb"><div '+V1+' class="thumb" style="background:#fff4ec">'+g.icon+'</div></a><div class="van-card__content"><div><div class="van-card__title van-multi-ellipsis--l2">'+g.name+'</div><div class="van-card__desc van-ellipsis">'+(g.desc||"&nbsp;")+'</div></div><div class="van-card__bottom"><div class="van-card__price"><span class="van-card__price-currency">¥</span><span class="van-card__price-integer">'+p[0]+'</span>.<span class="van-card__price-decimal">'+p[1]+"</span></div>"+stepperHtml(g.id)+"</div></div></div></div>"})});
var n=count();
app.innerHTML='<div '+V1+' class="menu-page"><div '+V1+' class="shop-head"><div '+V1+' class="logo">禾</div><div><div '+V1+' class="name">'+SHOP.name+'</div><div '+V1+' class="sub">'+SHOP.notice+'</div></div></div><div '+V1+' class="menu-body"><div class="van-sidebar" role="tablist">'+side+'</div><div '+V1+' class="goods">'+goods+"</div></div>"+
'<div '+V2+' class="van-submit-bar"><div class="van-submit-bar__bar"><div '+V2+' class="cart-icon"><div class="van-badge__wrapper"><svg '+V2+' viewBox="0 0 1024 1024"><path d="M300 860a60 60 0 1 0 0.1 0zM780 860a60 60 0 1 0 0.1 0zM96 128h110l92 520h520l86-380H260" stroke="#fff" stroke-width="60" fill="none"/></svg>'+(n?'<div class="van-badge van-badge--fixed">'+n+"</div>":"")+'</div></div><div '+V2+' class="bar-tip">桌号 '+esc(decodeURIComponent(TABLE))+' · 堂食</div><button type="button" class="van-button van-button--danger van-button--normal van-button--round van-submit-bar__button van-submit-bar__button--danger"><div class="van-button__content"><span class="van-button__text">去结算</span></div></button></div></div></div>'}
function renderConfirm(){if(!count()){location.hash="#/";return}var lines="";for(var k in store.cart){var g=find(k);lines+='<div class="van-cell"><div '+V3+' class="line-name">'+g.name+'</div><div '+V3+' class="line-qty">x'+store.cart[k]+'</div><div '+V3+' class="line-price">¥'+(g.price*store.cart[k]).toFixed(2)+"</div></div>"}
app.innerHTML='<div '+V3+' class="confirm-page"><div class="van-nav-bar van-nav-bar--fixed van-hairline--bottom"><div class="van-nav-bar__content"><div class="van-nav-bar__left" data-back="1"><span class="van-nav-bar__text">‹ 返回</span></div><div class="van-nav-bar__title van-ellipsis">确认订单</div></div></div>'+
'<div '+V3+' class="van-cell-group"><div class="van-cell"><div class="van-cell__title"><span>就餐方式</span></div><div class="van-cell__value"><span>堂食 · 桌号 '+esc(decodeURIComponent(TABLE))+'</span></div></div><div class="van-cell van-field"><div class="van-cell__title van-field__label"><label for="remark">备注</label></div><div class="van-cell__value van-field__value"><div class="van-field__body"><input id="remark" type="text" class="van-field__control" placeholder="口味、偏好等（选填）"></div></div></div></div>'+
'<div '+V3+' class="van-cell-group"><div class="van-cell-group__title">'+SHOP.name+"</div>"+lines+'<div '+V3+' class="total">合计 <b '+V3+'>¥'+total().toFixed(2)+"</b></div></div>"+
'<div class="van-submit-bar"><div class="van-submit-bar__bar"><div class="van-submit-bar__text"><span>实付：</span><span class="van-submit-bar__price">¥<span class="van-submit-bar__price-integer">'+Math.floor(total())+"</span>."+total().toFixed(2).split(".")[1]+'</span></div><button type="button" id="payBtn" class="van-button van-button--danger van-button--normal van-button--round van-submit-bar__button"><div class="van-button__content"><span class="van-button__text">确认支付</span></div></button></div></div></div>'}
function pay(btn){if(btn.disabled)return;btn.disabled=true;toast("加载中...",true);
var items=[];for(var k in store.cart)items.push({skuId:+k,num:store.cart[k]});
http.post("/api/order/create",{shopId:SHOP.id,tableNo:decodeURIComponent(TABLE),items:items,remark:(document.getElementById("remark")||{}).value||""}).then(function(res){closeToast();btn.disabled=false;
if(res.code!==0){toast(res.msg||"下单失败");return}var p=res.data.payParams;
wx.ready(function(){wx.chooseWXPay({timestamp:p.timeStamp,nonceStr:p.nonceStr,package:p.package,signType:p.signType,paySign:p.paySign,
success:function(){store.cart={};saveCart();location.hash="#/result?no="+res.data.orderNo},cancel:function(){toast("已取消支付")},fail:function(e){toast("支付失败")}})})}).catch(function(){closeToast();btn.disabled=false;toast("网络异常，请重试")})}
function renderResult(){var no=(location.hash.match(/no=([^&]+)/)||[])[1]||"";app.innerHTML='<div class="van-empty"><div style="font-size:56px;color:#07c160">✓</div><p class="van-empty__description" style="margin-top:12px">支付成功，后厨已接单</p><p style="font-size:12px;margin-top:6px">订单号 '+esc(no)+"</p></div>"}
function route(){var h=location.hash.replace(/^#/,"")||"/";if(h.indexOf("/confirm")===0)renderConfirm();else if(h.indexOf("/result")===0)renderResult();else renderMenu()}
app.addEventListener("click",function(e){var t=e.target;
var plus=t.closest(".van-stepper__plus");if(plus){var id=plus.parentNode.getAttribute("data-id");store.cart[id]=(store.cart[id]||0)+1;saveCart();var sc=app.querySelector(".goods").scrollTop;renderMenu();app.querySelector(".goods").scrollTop=sc;return}
var side=t.closest(".van-sidebar-item");if(side){store.activeCat=+side.getAttribute("data-cat");var sc2=document.getElementById("cat"+store.activeCat);renderMenu();document.getElementById("cat"+store.activeCat).scrollIntoView();return}
var sb=t.closest(".van-submit-bar__button");if(sb&&sb.id!=="payBtn"){if(count()>0)location.hash="#/confirm";return}
if(t.closest("#payBtn")){pay(t.closest("#payBtn"));return}
if(t.closest("[data-back]")){history.back()}});
window.addEventListener("hashchange",route);initWx();route()})();
