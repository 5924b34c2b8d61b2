/*! paylink-h5 3.1.0 */
(function(){"use strict";
var VA="data-v-3a8c0f21",VP="data-v-6d14b9a2";
var MID=(location.search.match(/mid=([^&]+)/)||[])[1]||"LNB-0032";
var app=document.getElementById("app");
var state={amount:"",paying:false};
function esc(s){return String(s).replace(/[&<>"]/g,function(c){return{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}[c]})}
var toastEl;function toast(msg,loading){closeToast();toastEl=document.createElement("div");toastEl.className="van-toast van-toast--middle "+(loading?"van-toast--loading":"van-toast--text");toastEl.setAttribute("role","alert");
toastEl.innerHTML=(loading?'<div class="van-loading van-loading--circular van-toast__loading"><span class="van-loading__spinner van-loading__spinner--circular"></span></div>':"")+'<div class="van-toast__text">'+esc(msg)+"</div>";document.body.appendChild(toastEl);if(!loading)setTimeout(closeToast,2000)}
function closeToast(){if(toastEl&&toastEl.parentNode)toastEl.parentNode.removeChild(toastEl);toastEl=null}
/* ---- splash ad ---- */
function showSplash(done){var wrap=document.createElement("div");wrap.setAttribute(VA,"");wrap.className="splash";
wrap.innerHTML='<img '+VA+' src="img/splash-ad.9c41e7b2.png" alt=""><span '+VA+' class="skip">Skip in 5</span><span '+VA+' class="tag">AD</span>';document.body.appendChild(wrap);
var left=5,skip=wrap.querySelector(".skip");
var timer=setInterval(function(){left--;if(left>0){skip.textContent="Skip in "+left}else{clearInterval(timer);skip.textContent="Skip";skip.classList.add("is-ready")}},1000);
skip.addEventListener("click",function(){if(left>0)return;wrap.parentNode.removeChild(wrap);done()});
wrap.querySelector("img").addEventListener("click",function(){/* ad landing page is opened by the ad SDK; unreachable here */})}
/* ---- amount page ---- */
function renderPay(){var a=state.amount;
app.innerHTML='<div '+VP+' class="pay-page"><div '+VP+' class="merchant"><div '+VP+' class="avatar">🍜</div><div><div '+VP+' class="name">Lucky Noodle Bar</div><div '+VP+' class="sub">Merchant No. '+esc(MID)+' · Verified</div></div></div>'+
'<div '+VP+' class="amount-card"><div '+VP+' class="lbl">Amount</div><div '+VP+' class="val"><span '+VP+' class="cur">¥</span>'+(a?'<span class="amount-text">'+esc(a)+"</span>":'<span '+VP+' class="ph">Ask the cashier for the amount</span>')+'<span '+VP+' class="caret"></span></div><div '+VP+' class="note">Paid securely with WeChat Pay</div></div>'+
'<div class="van-number-keyboard van-number-keyboard--with-title" tabindex="0"><div class="van-number-keyboard__body"><div class="van-number-keyboard__keys">'+
["1","2","3","4","5","6","7","8","9"].map(function(k){return '<div class="van-key__wrapper" data-key="'+k+'"><div role="button" tabindex="0" class="van-key">'+k+"</div></div>"}).join("")+
'<div class="van-key__wrapper" data-key="."><div role="button" tabindex="0" class="van-key">.</div></div><div class="van-key__wrapper" data-key="0"><div role="button" tabindex="0" class="van-key">0</div></div><div class="van-key__wrapper" data-key="delete"><div role="button" tabindex="0" class="van-key van-key--delete"><svg width="26" height="18" viewBox="0 0 32 22"><path d="M28 0H10.5L0 11l10.5 11H28a4 4 0 0 0 4-4V4a4 4 0 0 0-4-4zm-5.3 15.3l-1.4 1.4L17 12.4l-4.3 4.3-1.4-1.4L15.6 11l-4.3-4.3 1.4-1.4L17 9.6l4.3-4.3 1.4 1.4L18.4 11z" fill="currentColor"/></svg></div></div>'+
'</div><div class="van-number-keyboard__sidebar"><div class="van-key__wrapper" data-key="close" style="flex:1"><div role="button" tabindex="0" class="van-key van-key--blue van-key--large">Pay</div></div></div></div></div></div>'}
function press(k){var a=state.amount;
if(k==="delete"){state.amount=a.slice(0,-1)}
else if(k==="."){if(a.indexOf(".")<0)state.amount=(a||"0")+"."}
else if(/^\d$/.test(k)){if(/\.\d\d$/.test(a))return;if(a==="0")a="";if(a.replace(".","").length>=8)return;state.amount=a+k}
else if(k==="close"){submit();return}
renderPay()}
function submit(){if(state.paying)return;var n=parseFloat(state.amount);if(!(n>0)){toast("Please enter an amount");return}
state.paying=true;toast("Processing...",true);
fetch("/api/prepay",{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify({merchantId:MID,amount:n.toFixed(2),currency:"CNY",channel:"wxpay_jsapi"})}).then(function(r){return r.json()}).then(function(res){closeToast();state.paying=false;
if(!res.success){toast(res.message||"Payment failed, please try again");return}callPay(res.result.jsapi)}).catch(function(){state.paying=false;closeToast();toast("Network error")})}
function callPay(p){function go(){WeixinJSBridge.invoke("getBrandWCPayRequest",p,function(r){if(r.err_msg==="get_brand_wcpay_request:ok"){app.innerHTML='<div '+VP+' class="done"><div '+VP+' class="ok">✓</div><p>Paid ¥'+esc(parseFloat(state.amount).toFixed(2))+' to Lucky Noodle Bar</p></div>'}else if(r.err_msg==="get_brand_wcpay_request:cancel"){toast("Payment cancelled")}else toast("Payment failed")})}
if(typeof WeixinJSBridge==="undefined"){document.addEventListener("WeixinJSBridgeReady",go,false)}else go()}
app.addEventListener("click",function(e){var w=e.target.closest(".van-key__wrapper");if(!w)return;var key=w.querySelector(".van-key");key.classList.add("van-key--active");setTimeout(function(){key.classList.remove("van-key--active")},100);press(w.getAttribute("data-key"))});
renderPay();showSplash(function(){})})();
