$(function () {
  var table = App.table();
  var goods = {};
  var cart = App.cart();
  $('#table-no').text(table);

  function refreshCart() {
    var num = 0, sum = 0;
    for (var id in cart) {
      if (!goods[id]) continue;
      num += cart[id];
      sum += cart[id] * goods[id].price;
    }
    $('#cart-sum').text(App.fen(sum));
    $('#cart-num').text(num ? '共' + num + '件' : '未选购商品');
    $('#btn-settle').toggleClass('disabled', !num);
    $('.g-item').each(function () {
      var id = this.getAttribute('data-id');
      var n = cart[id] || 0;
      $(this).find('.g-num').text(n || '');
      $(this).find('.btn-minus')[0].style.visibility = n ? 'visible' : 'hidden';
    });
    App.cart(cart);
  }

  $.getJSON('/shop/goods/list', { table: table }, function (res) {
    if (res.status !== 1) { App.toast(res.info || '加载失败'); return; }
    var nav = '', html = '';
    res.data.forEach(function (cate, i) {
      nav += '<li class="' + (i ? '' : 'cur') + '" data-idx="' + i + '">' + cate.cate_name + '</li>';
      html += '<h3 id="cate-' + i + '">' + cate.cate_name + '</h3>';
      cate.goods.forEach(function (g) {
        goods[g.goods_id] = g;
        html += '<div class="g-item" data-id="' + g.goods_id + '">' +
          '<div class="g-pic">' + g.goods_name.charAt(0) + '</div>' +
          '<div class="g-info"><p class="g-name">' + g.goods_name + '</p><p class="g-desc">' + g.brief + '</p>' +
          '<p class="g-price">¥' + App.fen(g.price) + '</p>' +
          '<div class="g-ctrl"><span class="btn-minus">-</span><span class="g-num"></span><span class="btn-plus">+</span></div></div></div>';
      });
    });
    $('#cate-nav').html(nav);
    $('#goods-list').html(html);
    refreshCart();
  });

  $(document).on('click', '.btn-plus', function () {
    var id = $(this).closest('.g-item').attr('data-id');
    cart[id] = (cart[id] || 0) + 1;
    refreshCart();
  });
  $(document).on('click', '.btn-minus', function () {
    var id = $(this).closest('.g-item').attr('data-id');
    if (!cart[id]) return;
    cart[id]--;
    if (!cart[id]) delete cart[id];
    refreshCart();
  });
  $(document).on('click', '#cate-nav li', function () {
    $('#cate-nav li').removeClass('cur');
    $(this).addClass('cur');
    var h = document.getElementById('cate-' + $(this).data('idx'));
    if (h) document.getElementById('goods-list').scrollTop = h.offsetTop - document.getElementById('goods-list').offsetTop;
  });
  $(document).on('click', '#btn-settle', function () {
    if ($(this).hasClass('disabled')) { App.toast('请先选择商品'); return; }
    location.href = 'checkout.html?table=' + encodeURIComponent(table);
  });
});
