/*! dinein-h5 1.12.4 */
(function(){"use strict";
var VM="data-v-41c7e2b8",VB="data-v-9a0d5f63",VC="data-v-2c6e8a1f",VS="data-v-d3b7c045";
var TABLE=decodeURIComponent((location.search.match(/table=([^&]+)/)||[])[1]||"12");
var STORE_ID="sjst-003";
var DISHES=[{sec:"热销",list:[{id:"d1",name:"小炒黄牛肉",price:52,pic:"🥩",sold:"月售 612"},{id:"d2",name:"剁椒鱼头",price:88,pic:"🐟",sold:"月售 340"},{id:"d3",name:"农家一碗香",price:32,pic:"🍳",sold:"月售 498"}]},
{sec:"素菜",list:[{id:"d4",name:"手撕包菜",price:18,pic:"🥬",sold:"月售 275"},{id:"d5",name:"擂辣椒皮蛋",price:22,pic:"🌶",sold:"月售 190"}]},
{sec:"主食 / 饮品",list:[{id:"d6",name:"米饭（桶）",price:10,pic:"🍚",sold:"月售 820"},{id:"d7",name:"冰镇绿豆沙",price:6,pic:"🥤",sold:"月售 401"}]}];
var cart={};try{cart=JSON.parse(sessionStorage.getItem("sj_cart")||"{}")}catch(e){}
var contact={name:"",mobile:""};
function save(){sessionStorage.setItem("sj_cart",JSON.stringify(cart))}
function dish(id){for(var i=0;i<DISHES.length;i++)for(var j=0;j<DISHES[i].list.length;j++)if(DISHES[i].list[j].id===id)return DISHES[i].list[j]}
function num(){var n=0;for(var k in cart)n+=cart[k];return n}function sum(){var s=0;for(var k in cart)s+=dish(k).price*cart[k];return s}
function esc(s){return String(s).replace(/[&<>"]/g,function(c){return{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}[c]})}
var toastEl;function toast(msg,loading){closeToast();toastEl=document.createElement("div");toastEl.className="van-toast van-toast--middle "+(loading?"van-toast--loading":"van-toast--text");toastEl.setAttribute("role","alert");
toastEl.innerHTML=(loading?'<div class="van-loading van-loading--circular van-toast__loading"><span class="van-loading__spinner van-loading__spinner--circular"></span></div>':"")+'<div class="van-toast__text">'+esc(msg)+"</div>";document.body.appendChild(toastEl);if(!loading)setTimeout(closeToast,2000)}
function closeToast(){if(toastEl&&toastEl.parentNode)toastEl.parentNode.removeChild(toastEl);toastEl=null}
var api={post:function(u,d){return fetch(u,{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify(d)}).then(function(r){return r.json()})}};
var app=document.getElementById("app");
function stepper(id){var q=cart[id]||0;return '<div class="van-stepper van-stepper--round" data-id="'+id+'">'+(q?'<button type="button" class="van-stepper__minus">−</button><input type="tel" role="spinbutton" class="van-stepper__input" value="'+q+'" aria-valuenow="'+q+'" readonly>':"")+'<button type="button" class="van-stepper__plus">+</button></div>'}
function renderMenu(){var html="";DISHES.forEach(function(s){html+='<div '+VM+' class="section">'+s.sec+"</div>";s.list.forEach(function(d){html+='<div '+VM+' class="van-card"><div class="van-card__thumb"><div '+VM+' class="pic">'+d.pic+'</div></div><div class="van-card__content"><div><div class="van-card__title">'+d.name+'</div><div class="van-card__desc">'+d.sold+'</div></div><div class="van-card__bottom"><div class="van-card__price">¥<span class="van-card__price-integer">'+d.price+"</span></div>"+stepper(d.id)+"</div></div></div>"})});
var n=num();
app.innerHTML='<div '+VM+' class="menu"><div '+VM+' class="banner"><h1 '+VM+'>山间食堂·湘菜馆</h1><p '+VM+'>营业时间 10:30-21:30 · 扫码点餐 · 餐后无需排队结账</p><span '+VM+' class="table-tag">桌号 '+esc(TABLE)+'</span></div><div '+VM+' class="dish-list">'+html+"</div>"+
'<div '+VB+' class="van-submit-bar"><div class="van-submit-bar__bar"><div '+VB+' class="cart-sum"><span '+VB+' class="ic">🛒</span>'+(n?'<span '+VB+' class="amt">¥'+sum().toFixed(2)+"</span>":'<span '+VB+' class="empty">未选购菜品</span>')+'</div><button type="button" class="van-button van-button--danger van-button--round van-submit-bar__button'+(n?"":" van-button--disabled")+'"'+(n?"":" disabled")+' data-go="confirm"><div class="van-button__content"><span class="van-button__text">去结算'+(n?"("+n+")":"")+"</span></div></button></div></div></div>"}
function renderConfirm(){if(!num()){location.hash="#/";return}var rows="";for(var k in cart){var d=dish(k);rows+='<div class="van-cell"><div class="van-cell__title"><span>'+d.name+'</span><div class="van-cell__label">x'+cart[k]+'</div></div><div class="van-cell__value"><span>¥'+(d.price*cart[k]).toFixed(2)+"</span></div></div>"}
app.innerHTML='<div '+VC+' class="confirm"><div class="van-nav-bar van-nav-bar--fixed van-hairline--bottom"><div class="van-nav-bar__content"><div class="van-nav-bar__left" data-back><span class="van-nav-bar__text">‹ 菜单</span></div><div class="van-nav-bar__title">确认订单</div></div></div>'+
'<div '+VC+' class="van-cell-group"><div class="van-cell"><div class="van-cell__title"><span>用餐方式</span></div><div class="van-cell__value"><span>堂食 · '+esc(TABLE)+'号桌</span></div></div><div class="van-cell"><div class="van-cell__title"><span>用餐人数</span></div><div class="van-cell__value"><span>2人</span></div></div></div>'+
'<div '+VC+' class="van-cell-group">'+rows+'<div class="van-cell"><div class="van-cell__title"><span>餐位费</span></div><div class="van-cell__value"><span>¥0.00</span></div></div></div>'+
'<div class="van-submit-bar"><div class="van-submit-bar__bar"><div class="van-submit-bar__text"><span>合计：</span><span class="van-submit-bar__price">¥<span class="van-submit-bar__price-integer">'+sum().toFixed(2)+'</span></span></div><button type="button" class="van-button van-button--danger van-button--round van-submit-bar__button" data-submit><div class="van-button__content"><span class="van-button__text">提交订单</span></div></button></div></div></div>'}
function renderDone(){app.innerHTML='<div class="van-empty"><div style="font-size:56px;color:#07c160">✓</div><p class="van-empty__description">下单成功，请稍候上菜</p></div>'}
function orderBody(){var items=[];for(var k in cart)items.push({dishId:k,qty:cart[k]});return{storeId:STORE_ID,tableNo:TABLE,items:items,contact:{name:contact.name,mobile:contact.mobile}}}
function submitOrder(){toast("提交中...",true);api.post("/api/dinein/order/submit",orderBody()).then(function(res){closeToast();
if(res.code===400){openSheet(res.msg);return}if(res.code!==0){toast(res.msg||"下单失败");return}pay(res.data)}).catch(function(){closeToast();toast("网络开小差了")})}
function pay(d){function go(){WeixinJSBridge.invoke("getBrandWCPayRequest",d.payInfo,function(r){if(/:ok$/.test(r.err_msg)){cart={};save();location.hash="#/done"}else toast("支付未完成")})}
if(typeof WeixinJSBridge==="undefined")document.addEventListener("WeixinJSBridgeReady",go,false);else go()}
var sheet=null;
function closeSheet(){if(!sheet)return;sheet.forEach(function(el){el.parentNode&&el.parentNode.removeChild(el)});sheet=null}
function openSheet(msg){closeSheet();var ov=document.createElement("div");ov.className="van-overlay";ov.style.zIndex="2006";
var p=document.createElement("div");p.setAttribute(VS,"");p.className="van-popup van-popup--round van-popup--bottom van-popup--safe-area-inset-bottom";p.style.zIndex="2007";p.setAttribute("role","dialog");
p.innerHTML='<div '+VS+' class="sheet-title">联系人信息</div><div '+VS+' class="sheet-tip">'+esc(msg||"请填写联系人")+'，便于出餐通知及售后联系</div><div class="van-cell-group van-hairline--top-bottom">'+
'<div class="van-cell van-field"><div class="van-cell__title van-field__label van-field__label--required"><label for="ct_name">姓名</label></div><div class="van-cell__value van-field__value"><div class="van-field__body"><input id="ct_name" name="name" type="text" class="van-field__control" placeholder="请输入联系人姓名" value="'+esc(contact.name)+'"></div></div></div>'+
'<div class="van-cell van-field"><div class="van-cell__title van-field__label van-field__label--required"><label for="ct_mobile">手机号</label></div><div class="van-cell__value van-field__value"><div class="van-field__body"><input id="ct_mobile" name="mobile" type="tel" maxlength="11" class="van-field__control" placeholder="请输入手机号" value="'+esc(contact.mobile)+'"></div></div></div></div>'+
'<div '+VS+' class="sheet-actions"><button '+VS+' type="button" class="van-button van-button--default van-button--round" data-cancel><div class="van-button__content"><span class="van-button__text">取消</span></div></button><button '+VS+' type="button" class="van-button van-button--danger van-button--round" data-confirm><div class="van-button__content"><span class="van-button__text">确认并支付</span></div></button></div>';
document.body.appendChild(ov);document.body.appendChild(p);sheet=[ov,p];
ov.addEventListener("click",closeSheet);p.querySelector("[data-cancel]").addEventListener("click",closeSheet);
p.querySelector("[data-confirm]").addEventListener("click",function(){var n=p.querySelector("#ct_name").value.trim(),m=p.querySelector("#ct_mobile").value.trim();
if(!n){toast("请填写姓名");return}if(!/^1[3-9]\d{9}$/.test(m)){toast(m?"手机号格式不正确":"请填写手机号");return}contact.name=n;contact.mobile=m;closeSheet();submitOrder()})}
function route(){closeSheet();var h=location.hash.replace(/^#/,"")||"/";if(h.indexOf("/confirm")===0)renderConfirm();else if(h.indexOf("/done")===0)renderDone();else renderMenu()}
app.addEventListener("click",function(e){var t=e.target,st=t.closest(".van-stepper");
if(st){var id=st.getAttribute("data-id");if(t.closest(".van-stepper__plus"))cart[id]=(cart[id]||0)+1;else if(t.closest(".van-stepper__minus")){cart[id]--;if(cart[id]<=0)delete cart[id]}save();var y=window.scrollY;renderMenu();window.scrollTo(0,y);return}
if(t.closest("[data-go]")){if(num())location.hash="#/confirm";return}
if(t.closest("[data-submit]")){submitOrder();return}
if(t.closest("[data-back]"))history.back()});
window.addEventListener("hashchange",route);route()})();
