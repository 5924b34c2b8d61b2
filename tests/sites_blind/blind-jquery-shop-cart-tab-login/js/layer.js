/* layer.js — in-page pop-up layers for the shop: msg (fades by itself), alert (one button), confirm (two). */
(function (win, $) {
  var seq = 0;

  function close(id) {
    $('#hmLayer' + id).remove();
    $('#hmShade' + id).remove();
  }

  function open(content, buttons, shade) {
    var id = ++seq;
    if (shade) $('body').append('<div class="hm-shade" id="hmShade' + id + '"></div>');
    var html = '<div class="hm-layer" id="hmLayer' + id + '"><div class="hm-layer-content">' + content + '</div>';
    if (buttons.length) {
      html += '<div class="hm-layer-btns">';
      for (var i = 0; i < buttons.length; i++) {
        html += '<span class="hm-layer-btn hm-layer-btn' + i + '" data-i="' + i + '">' + buttons[i].text + '</span>';
      }
      html += '</div>';
    }
    html += '</div>';
    $('body').append(html);
    $('#hmLayer' + id).on('click', '.hm-layer-btn', function () {
      var b = buttons[parseInt(this.getAttribute('data-i'), 10)];
      close(id);
      if (b.fn) b.fn();
    });
    return id;
  }

  win.layer = {
    msg: function (text, ms) {
      var id = open(text, [], false);
      $('#hmLayer' + id).addClass('hm-layer-msg');
      setTimeout(function () { close(id); }, ms || 1200);
      return id;
    },
    alert: function (text, fn) {
      return open(text, [{ text: '确定', fn: fn }], true);
    },
    confirm: function (text, no, yes) {
      return open(text, [{ text: no.text, fn: no.fn }, { text: yes.text, fn: yes.fn }], true);
    },
    close: close
  };
})(window, window.$);
