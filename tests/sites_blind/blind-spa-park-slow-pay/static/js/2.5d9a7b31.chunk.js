/*! For license information please see 2.5d9a7b31.chunk.js.LICENSE.txt */
(this["webpackJsonpyunqi-park-h5"]=this["webpackJsonpyunqi-park-h5"]||[]).push([[2],{}]);
!function(w){"use strict";
var R=Math.random().toString(36).slice(2,13),PK="__reactProps$"+R,FK="__reactFiber$"+R,CK="__reactContainer$"+R;
var EV={click:"onClick",input:"onChange",change:"onChange",keydown:"onKeyDown",submit:"onSubmit",focusin:"onFocus",focusout:"onBlur"};
function flat(a,o){for(var i=0;i<a.length;i++){var c=a[i];if(c==null||c===false||c===true)continue;if(Array.isArray(c))flat(c,o);else o.push(c)}return o}
function h(t,p){var ch=flat([].slice.call(arguments,2),[]);p=p||{};
 if(typeof t==="function")return t(Object.assign({},p,{children:ch}));
 var el=document.createElement(t);el[PK]=p;el[FK]={type:t,key:p.key==null?null:String(p.key)};
 for(var k in p){var v=p[k];if(k==="children"||k==="key"||k==="ref"||/^on[A-Z]/.test(k)||v==null||v===false)continue;
  if(k==="className")el.setAttribute("class",v);else if(k==="style"&&typeof v==="object"){for(var s in v)el.style[s]=v[s]}
  else if(k==="htmlFor")el.setAttribute("for",v);else if(k==="value"||k==="defaultValue")el.value=v;
  else if(k==="dangerouslySetInnerHTML")el.innerHTML=v.__html;else el.setAttribute(k,v===true?"":v)}
 ch.forEach(function(c){el.appendChild(typeof c==="object"&&c.nodeType?c:document.createTextNode(String(c)))});
 if(p.ref)p.ref.current=el;return el}
function synth(e,cur){return{nativeEvent:e,target:e.target,currentTarget:cur,type:e.type,key:e.key,preventDefault:function(){e.preventDefault()},stopPropagation:function(){this._s=true;e.stopPropagation()},_s:false}}
function listen(root){Object.keys(EV).forEach(function(type){root.addEventListener(type,function(e){var n=e.target,se=null;
 while(n&&n!==root){var p=n[PK],name=EV[type];if(p&&p[name]){se=se||synth(e,n);se.currentTarget=n;p[name](se);if(se._s)break}n=n.parentNode}},false)})}
function createRoot(c){c[CK]=true;listen(c);return{render:function(node){while(c.firstChild)c.removeChild(c.firstChild);c.appendChild(node)}}}
function createPortal(node,host){host.appendChild(node);listen(node);return node}
w.__R={h:h,createRoot:createRoot,createPortal:createPortal,Fragment:"div"};
}(window);
