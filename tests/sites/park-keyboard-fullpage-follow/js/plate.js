(function () {
  var PROV = ['京','津','沪','渝','冀','豫','云','辽','黑','湘','皖','鲁','新','苏','浙','赣','鄂','桂','甘','晋','蒙','陕','吉','闽','贵','粤','青','藏','川','宁','琼','使','领'];
  var CHAR = '1234567890ABCDEFGHJKLMNPQRSTUVWXYZ港澳学警'.split('');
  var value = [];
  var kb = document.getElementById('keyboard');
  var prov = document.getElementById('kbProv');
  var chars = document.getElementById('kbChar');
  var cells = document.querySelectorAll('.pw-c');

  function key(k, off) { return '<div class="kb-k' + (off ? ' disabled' : '') + '" data-key="' + k + '">' + k + '</div>'; }
  prov.innerHTML = PROV.map(function (k) { return key(k); }).join('');
  function drawChars() {
    chars.innerHTML = CHAR.map(function (k) {
      var off = (value.length === 1 && /[0-9港澳学警]/.test(k)) || (value.length < 6 && /[港澳学警]/.test(k));
      return key(k, off);
    }).join('');
  }
  function draw() {
    cells.forEach(function (c, i) {
      c.textContent = value[i] || (i === 7 ? '+' : '');
      c.classList.toggle('cur', i === value.length);
    });
    prov.hidden = value.length !== 0;
    chars.hidden = value.length === 0;
    drawChars();
  }
  document.getElementById('plateWrap').addEventListener('click', function () { kb.hidden = false; draw(); });
  kb.addEventListener('click', function (e) {
    var k = e.target.closest('[data-key]');
    if (!k || k.classList.contains('disabled')) return;
    if (value.length < 8) value.push(k.dataset.key);
    draw();
  });
  document.getElementById('kbBack').onclick = function () { value.pop(); draw(); };
  document.getElementById('kbOk').onclick = function () { kb.hidden = true; };
  document.getElementById('go').onclick = function () {
    if (value.length < 7) { alert('请输入完整的车牌号'); return; }
    location.href = '/fee.html?carNo=' + encodeURIComponent(value.join('')) + '&parkCode=TFU-T1';
  };
})();
