(window["webpackJsonp"]=window["webpackJsonp"]||[]).push([["chunk-vendors"],{}]);
/*!
 * runtime: vue-lite patch/reactivity (internal build) + element-ui mobile subset
 */
!function(w){"use strict";
var isArr=Array.isArray;
function flat(a,o){o=o||[];for(var i=0;i<a.length;i++){var c=a[i];if(c==null||c===false||c===true)continue;if(isArr(c))flat(c,o);else o.push(typeof c==="object"?c:{text:String(c)})}return o}
function mk(scope){return function(tag,data,children){if(isArr(data)||typeof data!=="object"||data===null||data.tag||data.text!=null){children=data;data={}}
 return{tag:tag,data:data||{},children:flat(isArr(children)?children:children==null?[]:[children]),scope:scope}}}
function cls(v){if(!v)return"";if(typeof v==="string")return v;if(isArr(v))return v.map(cls).filter(Boolean).join(" ");return Object.keys(v).filter(function(k){return v[k]}).join(" ")}
function applyData(el,od,nd,scope){
 var c=[nd.staticClass,cls(nd["class"])].filter(Boolean).join(" ");if(c!==(el.getAttribute("class")||""))c?el.setAttribute("class",c):el.removeAttribute("class");
 var oa=od.attrs||{},na=nd.attrs||{},k;for(k in oa)if(!(k in na))el.removeAttribute(k);
 for(k in na){var v=na[k];if(v===false||v==null)el.removeAttribute(k);else{v=v===true?"":String(v);if(el.getAttribute(k)!==v)el.setAttribute(k,v)}}
 var st=nd.style;var sv=typeof st==="string"?st:st?Object.keys(st).map(function(k){return k.replace(/[A-Z]/g,function(m){return"-"+m.toLowerCase()})+":"+st[k]}).join(";"):"";
 if((el.getAttribute("style")||"")!==sv)sv?el.setAttribute("style",sv):el.removeAttribute("style");
 var dp=nd.domProps||{};for(k in dp)if(el[k]!==dp[k])el[k]=dp[k];
 var on=nd.on||{},vei=el.__vei||(el.__vei={});for(k in vei)if(!on[k]){el.removeEventListener(k,vei[k]);delete vei[k]}
 Object.keys(on).forEach(function(name){if(!vei[name]){var inv=function(e){return inv.fn(e)};inv.fn=on[name];vei[name]=inv;el.addEventListener(name,inv)}else vei[name].fn=on[name]});
 if(nd.ref&&nd.refs)nd.refs[nd.ref]=el}
function create(v){if(v.text!=null)return v.el=document.createTextNode(v.text);
 var el=v.el=document.createElement(v.tag);if(v.scope)el.setAttribute(v.scope,"");applyData(el,{},v.data,v.scope);
 v.children.forEach(function(c){el.appendChild(create(c))});if(v.data.hook&&v.data.hook.insert)setTimeout(function(){v.data.hook.insert(el)},0);return el}
function same(a,b){return a.tag===b.tag&&a.scope===b.scope&&(a.data&&a.data.key)===(b.data&&b.data.key)&&(a.text==null)===(b.text==null)}
function patch(parent,o,n){if(!same(o,n)){var el=create(n);parent.replaceChild(el,o.el);return}
 var e=n.el=o.el;if(n.text!=null){if(e.nodeValue!==n.text)e.nodeValue=n.text;return}
 applyData(e,o.data,n.data,n.scope);var oc=o.children,nc=n.children,i;
 for(i=0;i<nc.length;i++){if(i<oc.length)patch(e,oc[i],nc[i]);else e.appendChild(create(nc[i]))}
 for(i=oc.length-1;i>=nc.length;i--)e.removeChild(oc[i].el)}
var cache=new WeakMap();
function reactive(obj,notify){if(typeof obj!=="object"||obj===null)return obj;if(cache.has(obj))return cache.get(obj);
 var p=new Proxy(obj,{get:function(t,k){var v=t[k];return typeof v==="object"&&v!==null&&!(v instanceof Node)?reactive(v,notify):v},
  set:function(t,k,v){if(t[k]!==v||k==="length"){t[k]=v;notify()}return true},deleteProperty:function(t,k){delete t[k];notify();return true}});cache.set(obj,p);return p}
function Vue(o){var self=this,queued=false;this.$refs={};this.$options=o;
 this.$forceUpdate=function(){if(queued)return;queued=true;Promise.resolve().then(function(){queued=false;self._update()})};
 this.$data=reactive(o.data||{},this.$forceUpdate);Object.keys(o.methods||{}).forEach(function(k){self[k]=o.methods[k].bind(self)});
 this.$el=typeof o.el==="string"?document.querySelector(o.el):o.el;this._v=null;
 this._update=function(){var nv=o.render.call(self,self.$data,self);var host=self.$el;
  if(!self._v){var el=create(nv);host.parentNode.replaceChild(el,host);self.$el=el;}else patch(self.$el.parentNode,self._v,nv);self._v=nv;self.$el=nv.el};
 if(o.router){o.router.app=this}this._update();if(o.mounted)o.mounted.call(this,this.$data)}
function HashRouter(routes,fallback){var r={routes:routes,app:null,current:null,query:{},
 resolve:function(){var raw=location.hash.replace(/^#/,"")||"/";var qi=raw.indexOf("?");var path=qi<0?raw:raw.slice(0,qi);var q={};
  if(qi>=0)new URLSearchParams(raw.slice(qi+1)).forEach(function(v,k){q[k]=v});var m=routes.filter(function(x){return x.path===path})[0];
  if(!m&&fallback){r.replace(fallback);return false}r.current=m||null;r.path=path;r.query=q;return true},
 push:function(p){location.hash="#"+p},replace:function(p){history.replaceState(history.state,"",location.pathname+location.search+"#"+p);r.resolve();if(r.app)r.app.$forceUpdate();r._after()},
 back:function(){history.back()},_hooks:[],afterEach:function(f){r._hooks.push(f)},_after:function(){r._hooks.forEach(function(f){f(r)})}};
 w.addEventListener("hashchange",function(){if(r.resolve()){if(r.app)r.app.$forceUpdate();r._after()}});r.resolve();return r}
/* ---- element-ui (mobile subset) ---- */
var zIndex=2000;function nextZ(){return zIndex++}
function ElButton(h,p,text){p=p||{};var c=["el-button","el-button--"+(p.type||"default")];if(p.size)c.push("el-button--"+p.size);if(p.plain)c.push("is-plain");if(p.round)c.push("is-round");if(p.circle)c.push("is-circle");if(p.disabled||p.loading)c.push("is-disabled");if(p.loading)c.push("is-loading");if(p.block)c.push(p.block);
 return h("button",{staticClass:c.join(" "),attrs:{type:"button",disabled:!!(p.disabled||p.loading)},on:p.onClick?{click:p.onClick}:{}},[p.loading?h("i",{staticClass:"el-icon-loading"}):null,p.icon&&!p.loading?h("i",{staticClass:p.icon}):null,text!=null?h("span",[text]):null])}
var msgSeed=1,msgs=[];
function Message(o){if(typeof o==="string")o={message:o};var type=o.type||"info",id="message_"+msgSeed++;
 var el=document.createElement("div");el.setAttribute("role","alert");el.id=id;el.className="el-message el-message--"+type+" el-message-fade-enter";
 el.innerHTML='<i class="el-message__icon el-icon-'+(type==="error"?"error":type==="success"?"success":type==="warning"?"warning":"info")+'"></i><p class="el-message__content"></p>';
 el.querySelector("p").textContent=o.message;var top=20;msgs.forEach(function(m){top+=m.offsetHeight+16});el.style.top=top+"px";el.style.zIndex=nextZ();document.body.appendChild(el);msgs.push(el);
 requestAnimationFrame(function(){el.classList.remove("el-message-fade-enter")});
 setTimeout(function(){el.classList.add("el-message-fade-leave-active");setTimeout(function(){el.remove();msgs=msgs.filter(function(m){return m!==el})},300)},o.duration||3000);return el}
["success","warning","info","error"].forEach(function(t){Message[t]=function(m){return Message({type:t,message:m})}});
var Loading={service:function(o){o=o||{};var el=document.createElement("div");el.className="el-loading-mask is-fullscreen";el.style.zIndex=nextZ();if(o.background)el.style.backgroundColor=o.background;
 el.innerHTML='<div class="el-loading-spinner"><svg viewBox="25 25 50 50" class="circular"><circle cx="50" cy="50" r="20" fill="none" class="path"></circle></svg><p class="el-loading-text"></p></div>';
 el.querySelector("p").textContent=o.text||"";document.body.appendChild(el);return{close:function(){el.remove()}}}};
function ElDialog(h,p,body,footer){var vis=!!p.visible,rendered=vis||!!p.rendered;
 return h("div",{key:"dlg-"+(p.key||""),staticClass:"el-dialog-root"},[
  h("div",{staticClass:"el-dialog__wrapper",style:vis?{zIndex:p.z||2001}:{zIndex:p.z||2001,display:"none"},on:{click:function(e){if(e.target===e.currentTarget&&p.closeOnClickModal!==false&&p.onClose)p.onClose("modal")}}},[
   h("div",{staticClass:"el-dialog"+(p.customClass?" "+p.customClass:""),attrs:{role:"dialog","aria-modal":"true","aria-label":p.title||"dialog"},style:{marginTop:p.top||"15vh",width:p.width||"50%"}},[
    h("div",{staticClass:"el-dialog__header"},[h("span",{staticClass:"el-dialog__title"},[p.title||""]),p.showClose===false?null:h("button",{staticClass:"el-dialog__headerbtn",attrs:{type:"button","aria-label":"Close"},on:{click:function(){p.onClose&&p.onClose("close")}}},[h("i",{staticClass:"el-dialog__close el-icon el-icon-close"})])]),
    rendered?h("div",{staticClass:"el-dialog__body"},body):null,footer?h("div",{staticClass:"el-dialog__footer"},footer):null])]),
  vis&&p.modal!==false?h("div",{staticClass:"v-modal",attrs:{tabindex:"0"},style:{zIndex:(p.z||2001)-1}}):null])}
function ElDrawer(h,p,body){var vis=!!p.visible,rendered=vis||(!!p.rendered&&!p.destroyOnClose);
 var dir=p.direction||"rtl";return h("div",{key:"drw-"+(p.key||""),staticClass:"el-drawer-root"},[h("div",{staticClass:"el-drawer__wrapper",attrs:{tabindex:"-1"},style:vis?{zIndex:p.z||2003}:{zIndex:p.z||2003,display:"none"}},[
  h("div",{staticClass:"el-drawer__container"+(vis?" el-drawer__open":""),attrs:{role:"document",tabindex:"-1"},on:{click:function(e){if(e.target===e.currentTarget&&p.wrapperClosable!==false&&p.onClose)p.onClose("modal")}}},[
   rendered?h("div",{staticClass:"el-drawer "+dir+(p.customClass?" "+p.customClass:""),attrs:{"aria-modal":"true","aria-labelledby":"el-drawer__title","aria-label":p.title||"",role:"dialog",tabindex:"-1"},style:dir==="btt"||dir==="ttb"?{height:p.size||"30%"}:{width:p.size||"30%"}},[
    p.withHeader===false?null:h("header",{staticClass:"el-drawer__header",attrs:{id:"el-drawer__title"}},[h("span",{attrs:{role:"heading",title:p.title||""}},[p.title||""]),h("button",{staticClass:"el-drawer__close-btn",attrs:{"aria-label":"close "+(p.title||""),type:"button"},on:{click:function(){p.onClose&&p.onClose("close")}}},[h("i",{staticClass:"el-dialog__close el-icon el-icon-close"})])]),
    h("section",{staticClass:"el-drawer__body"},body)]):null])]),
  vis&&p.modal!==false?h("div",{staticClass:"v-modal",attrs:{tabindex:"0"},style:{zIndex:(p.z||2003)-1}}):null])}
function ElCheckbox(h,p,label){var on=!!p.value;return h("label",{staticClass:"el-checkbox"+(on?" is-checked":"")+(p.disabled?" is-disabled":"")},[
 h("span",{staticClass:"el-checkbox__input"+(on?" is-checked":"")},[h("span",{staticClass:"el-checkbox__inner"}),h("input",{staticClass:"el-checkbox__original",attrs:{type:"checkbox","aria-hidden":"false",value:""},domProps:{checked:on},on:{change:function(e){p.onChange&&p.onChange(e.target.checked)}}})]),
 label!=null?h("span",{staticClass:"el-checkbox__label"},isArr(label)?label:[label]):null])}
w.Vue=Vue;Vue.h=mk;Vue.reactive=reactive;Vue.HashRouter=HashRouter;
w.ELEMENT={Button:ElButton,Message:Message,Loading:Loading,Dialog:ElDialog,Drawer:ElDrawer,Checkbox:ElCheckbox,version:"2.15.14"};
}(window);
