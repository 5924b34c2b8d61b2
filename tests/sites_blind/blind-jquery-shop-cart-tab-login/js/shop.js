/* 惠民超市 线上商城 — list, cart and settlement. The cart lives in a cookie so it survives a trip to login.html. */
$(function () {
  var cart = readCart(); // [{id, name, price, qty}]

  function readCart() {
    var m = document.cookie.match(/(?:^|;\s*)hm_cart=([^;]*)/);
    if (!m) return [];
    try { return JSON.parse(decodeURIComponent(m[1])) || []; } catch (e) { return []; }
  }
  function saveCart() {
    document.cookie = 'hm_cart=' + encodeURIComponent(JSON.stringify(cart)) + '; path=/';
  }
  function money(n) { return '¥' + n.toFixed(2); }
  function count() { var n = 0; for (var i = 0; i < cart.length; i++) n += cart[i].qty; return n; }
  function total() { var s = 0; for (var i = 0; i < cart.length; i++) s += cart[i].qty * cart[i].price; return s; }
  function find(id) { for (var i = 0; i < cart.length; i++) if (cart[i].id === id) return cart[i]; return null; }

  function drawBadge() {
    var n = count();
    $('#cartBadge').text(n > 99 ? '99+' : String(n));
    if (n > 0) $('#cartBadge').addClass('on'); else $('#cartBadge').removeClass('on');
  }

  function drawCart() {
    var rows = '';
    if (!cart.length) {
      rows = '<tr class="empty"><td colspan="4">购物车里还没有商品，快去首页逛逛吧</td></tr>';
    }
    for (var i = 0; i < cart.length; i++) {
      var it = cart[i];
      rows += '<tr data-id="' + it.id + '">' +
        '<td class="c-name">' + it.name + '</td>' +
        '<td>' + money(it.price) + '</td>' +
        '<td class="c-qty"><span class="q-minus">-</span><i>' + it.qty + '</i><span class="q-plus">+</span></td>' +
        '<td class="c-sub">' + money(it.price * it.qty) + '</td></tr>';
    }
    $('#cartBody').html(rows);
    $('#cartTotal').text(money(total()));
  }

  function showSection(id) {
    $('.section').hide();
    $('#' + id).show();
    $('#footer a').removeClass('cur');
    $('#footer a[data-sec="' + id + '"]').addClass('cur');
    if (id === 'sec-cart') drawCart();
    window.scrollTo(0, 0);
  }

  // footer nav
  $('#footer').on('click', 'a', function () {
    showSection(this.getAttribute('data-sec'));
    return false;
  });

  // round "+" on each product row
  $('#goodsList').on('click', '.add', function () {
    var li = $(this).closest('li');
    var id = li.data('id');
    var it = find(id);
    if (it) it.qty += 1;
    else cart.push({ id: id, name: li.data('name'), price: parseFloat(li.data('price')), qty: 1 });
    saveCart();
    drawBadge();
    layer.msg('已加入购物车', 900);
  });

  // categories filter the list and go back to it
  $('.cate-list').on('click', 'li', function () {
    var cat = this.getAttribute('data-cat');
    var shown = 0;
    $('#goodsList li').each(function () {
      var hit = !cat || this.getAttribute('data-cat') === cat;
      this.style.display = hit ? '' : 'none';
      if (hit) shown++;
    });
    $('#listTitle').text(cat || '今日特价');
    $('#listCount').text(String(shown));
    showSection('sec-home');
  });

  // quantity in the cart table
  $('#cartBody').on('click', '.q-minus, .q-plus', function () {
    var id = $(this).closest('tr').data('id');
    var it = find(id);
    if (!it) return;
    it.qty += $(this).hasClass('q-plus') ? 1 : -1;
    if (it.qty <= 0) cart.splice(cart.indexOf(it), 1);
    saveCart();
    drawCart();
    drawBadge();
  });

  $('#cartClear').on('click', function () {
    if (!cart.length) return;
    cart = [];
    saveCart();
    drawCart();
    drawBadge();
  });

  var settling = false;
  $('#btnSettle').on('click', function () {
    if (!cart.length) {
      layer.alert('购物车还是空的');
      return;
    }
    if (settling) return;
    settling = true;
    var items = [];
    for (var i = 0; i < cart.length; i++) items.push(cart[i].id + ':' + cart[i].qty);
    $.getJSON('/api/checkout', { items: items.join(','), t: new Date().getTime() }, function (res) {
      settling = false;
      if (res.status === 'nologin') {
        layer.confirm('您还没有登录，登录后才能结算',
          { text: '取消' },
          { text: '去登录', fn: function () { window.location.href = 'login.html?from=cart'; } });
        return;
      }
      layer.alert(res.info || '结算失败，请稍后再试');
    }, function () {
      settling = false;
      layer.alert('网络繁忙，请稍后再试');
    });
  });

  $('#aboutUs').on('click', function () {
    layer.alert('惠民超市创立于2003年，全市共有门店28家。');
    return false;
  });

  drawBadge();
});
