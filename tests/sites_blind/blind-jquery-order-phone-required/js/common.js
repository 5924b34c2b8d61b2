var App = {
  query: function (name) {
    var m = location.search.match(new RegExp('[?&]' + name + '=([^&]*)'));
    return m ? decodeURIComponent(m[1]) : '';
  },
  toast: function (msg, ms) {
    $('.toast').remove();
    var t = $('<div class="toast"></div>').text(msg);
    $('body').append(t);
    setTimeout(function () { t.remove(); }, ms || 2000);
  },
  loading: function (on) {
    if (on) $('body').append($('<div class="loading-mask"></div>'));
    else $('.loading-mask').remove();
  },
  table: function () {
    var t = App.query('table');
    if (t) localStorage.setItem('lj_table', t);
    return t || localStorage.getItem('lj_table') || '07';
  },
  cart: function (c) {
    if (c === undefined) return JSON.parse(localStorage.getItem('lj_cart') || '{}');
    localStorage.setItem('lj_cart', JSON.stringify(c));
  },
  fen: function (n) { return (n / 100).toFixed(2); }
};
