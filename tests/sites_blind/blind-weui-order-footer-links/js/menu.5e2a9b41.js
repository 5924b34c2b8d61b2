/* 扫码点餐 - 菜单页  v2.3.1 */
(function ($) {
  var tableNo = $.getUrlParam('table') || $.getUrlParam('t') || '12';
  var CART_KEY = 'sxj_cart_' + tableNo;
  var menu = [];
  var cart = {};
  try { cart = JSON.parse(sessionStorage.getItem(CART_KEY) || '{}'); } catch (e) { cart = {}; }

  function toast(text) {
    $('#toast .weui-toast__content').text(text);
    $('#toast').show();
    setTimeout(function () { $('#toast').hide(); }, 1600);
  }

  function dishById(id) {
    for (var i = 0; i < menu.length; i++) for (var j = 0; j < menu[i].dishes.length; j++) {
      if (menu[i].dishes[j].id == id) return menu[i].dishes[j];
    }
    return null;
  }

  function ctrlHtml(id) {
    var n = cart[id] ? cart[id].qty : 0;
    if (!n) return '<a href="javascript:;" class="weui-btn weui-btn_mini weui-btn_primary btn-add" data-id="' + id + '">加入</a>';
    return '<div class="stepper" data-id="' + id + '"><span class="minus">−</span><span class="num">' + n + '</span><span class="plus">+</span></div>';
  }

  function renderMenu() {
    var cates = '', list = '';
    $.each(menu, function (i, c) {
      cates += '<li class="' + (i === 0 ? 'on' : '') + '" data-idx="' + i + '">' + c.name + '</li>';
      list += '<div class="cate-title" id="cate_' + i + '">' + c.name + '</div>';
      $.each(c.dishes, function (j, d) {
        list += '<div class="weui-media-box weui-media-box_appmsg dish">' +
          '<div class="weui-media-box__hd"><img class="weui-media-box__thumb" src="' + d.img + '" alt=""></div>' +
          '<div class="weui-media-box__bd">' +
          '<h4 class="weui-media-box__title">' + d.name + '</h4>' +
          '<p class="weui-media-box__desc">' + d.desc + '</p>' +
          '<div class="dish-ft"><span class="price">¥<em>' + (d.price / 100) + '</em></span><span class="ctrl" id="ctrl_' + d.id + '">' + ctrlHtml(d.id) + '</span></div>' +
          '</div></div>';
      });
    });
    $('#cateList').html(cates);
    $('#dishList').html(list);
  }

  function renderCart() {
    var count = 0, total = 0;
    for (var id in cart) { count += cart[id].qty; total += cart[id].qty * cart[id].price; }
    $('#cartCount').text(count);
    count ? $('#cartCount').show() : $('#cartCount').hide();
    $('#cartTotal').text((total / 100).toFixed(2).replace(/\.00$/, ''));
    $('#cartBar').toggleClass('empty', !count);
    sessionStorage.setItem(CART_KEY, JSON.stringify(cart));
  }

  function change(id, delta) {
    var d = dishById(id);
    if (!d) return;
    var item = cart[id] || { id: d.id, name: d.name, price: d.price, qty: 0 };
    item.qty += delta;
    if (item.qty <= 0) delete cart[id]; else cart[id] = item;
    $('#ctrl_' + id).html(ctrlHtml(id));
    renderCart();
  }

  $(function () {
    $('#tableNo').text(tableNo);
    $.ajax({
      url: '/api/menu', data: { shopId: 'SXJ0571001', table: tableNo },
      success: function (res) {
        if (res.code !== 0) { toast(res.msg || '菜单加载失败'); return; }
        menu = res.data.categories;
        renderMenu();
        renderCart();
      },
      error: function () { toast('网络异常'); }
    });

    $('#dishList').on('click', '.btn-add', function () { change($(this).attr('data-id'), 1); });
    $('#dishList').on('click', '.stepper .plus', function () { change($(this).parent().attr('data-id'), 1); });
    $('#dishList').on('click', '.stepper .minus', function () { change($(this).parent().attr('data-id'), -1); });
    $('#cateList').on('click', 'li', function () {
      $(this).siblings().removeClass('on'); $(this).addClass('on');
      var el = document.getElementById('cate_' + $(this).attr('data-idx'));
      el && window.scrollTo(0, el.getBoundingClientRect().top + window.pageYOffset - 10);
    });

    $('#btnDone').on('click', function () {
      var n = 0; for (var k in cart) n += cart[k].qty;
      if (!n) { toast('您还没有点菜哦'); return; }
      location.href = '/confirm.html?table=' + encodeURIComponent(tableNo);
    });
  });
})(jQuery);
