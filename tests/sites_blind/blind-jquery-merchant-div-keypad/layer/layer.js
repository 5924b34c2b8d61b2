/*! layer mobile-lite 2.4 | popup component, trimmed */
;!function(w,d){"use strict";var idx=0,ready={};
function el(h){var t=d.createElement("div");t.innerHTML=h;return t.firstChild}
function close(i){var a=d.getElementById("layui-layer"+i),s=d.getElementById("layui-layer-shade"+i);a&&a.parentNode.removeChild(a);s&&s.parentNode.removeChild(s);ready[i]&&ready[i].end&&ready[i].end();delete ready[i]}
var layer={v:"2.4",index:0,
open:function(o){o=o||{};var i=++idx;layer.index=i;ready[i]=o;var type=o.type||0,btns=o.btn===undefined?(type===0?["确定"]:[]):(typeof o.btn=="string"?[o.btn]:o.btn);
if(o.shade!==!1){var sh=el('<div class="layui-layer-shade" id="layui-layer-shade'+i+'" times="'+i+'" style="z-index:'+(19891014+i*2)+';background-color:#000;opacity:'+(o.shade&&o.shade[0]||.3)+'"></div>');d.body.appendChild(sh);
o.shadeClose&&sh.addEventListener("click",function(){close(i)})}
var h='<div class="layui-layer layui-layer-'+(type===1?"page":type===3?"loading":type===4?"msg":"dialog")+(o.skin?" "+o.skin:"")+'" id="layui-layer'+i+'" type="'+(type===1?"page":"dialog")+'" times="'+i+'" style="z-index:'+(19891015+i*2)+';'+(o.area?"width:"+o.area[0]+";":"")+'">'
+(o.title!==!1&&o.title!==undefined?'<div class="layui-layer-title">'+(o.title||"信息")+"</div>":"")
+'<div class="layui-layer-content'+(o.icon!==undefined?" layui-layer-padding":"")+'">'+(o.icon!==undefined?'<i class="layui-layer-ico layui-layer-ico'+o.icon+'"></i>':"")+(o.content||"")+"</div>"
+(o.closeBtn!==0&&type!==4&&type!==3?'<span class="layui-layer-setwin"><a class="layui-layer-ico layui-layer-close layui-layer-close1" href="javascript:;"></a></span>':"")
+(btns.length?'<div class="layui-layer-btn layui-layer-btn-">'+btns.map(function(b,k){return'<a class="layui-layer-btn'+k+'">'+b+"</a>"}).join("")+"</div>":"")+"</div>";
var L=el(h);d.body.appendChild(L);
var cb=L.querySelector(".layui-layer-close");cb&&cb.addEventListener("click",function(){(o.cancel&&o.cancel(i,L)===!1)||close(i)});
[].forEach.call(L.querySelectorAll(".layui-layer-btn a"),function(a,k){a.addEventListener("click",function(){if(k===0){o.yes?o.yes(i,L):close(i)}else{var f=o["btn"+(k+1)];(f&&f(i,L)===!1)||close(i)}})});
o.success&&o.success(L,i);o.time&&setTimeout(function(){close(i)},o.time);return i},
alert:function(c,o,y){typeof o=="function"&&(y=o,o={});return layer.open(Object.assign({content:c,title:"信息",yes:y},o||{}))},
confirm:function(c,o,y,n){typeof o=="function"&&(n=y,y=o,o={});return layer.open(Object.assign({content:c,title:"信息",btn:["确定","取消"],yes:y,btn2:n},o||{}))},
msg:function(c,o,e){typeof o=="function"&&(e=o,o={});o=o||{};return layer.open({type:4,content:c,shade:!1,title:!1,btn:[],closeBtn:0,time:o.time||2000,end:e,skin:"layui-layer-hui"})},
load:function(){return layer.open({type:3,content:'<div class="layui-layer-loading1"></div>',shade:[.1],title:!1,btn:[],closeBtn:0})},
close:close,closeAll:function(){for(var k in ready)close(k);[].forEach.call(d.querySelectorAll(".layui-layer,.layui-layer-shade"),function(n){n.parentNode.removeChild(n)})}};
w.layer=layer}(window,document);
