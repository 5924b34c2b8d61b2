/* 停车缴费 - 车牌输入  build 20240518 */
$(function () {
  var PROV = ['京津沪渝冀豫云辽黑湘', '皖鲁新苏浙赣鄂桂甘晋', '蒙陕吉闽贵粤青藏川宁', '琼使领'];
  var CHARS = ['1234567890', 'QWERTYUPAS', 'DFGHJKLZXC', 'VBNM港澳学警'];
  var plate = ['', '', '', '', '', '', '', ''];
  var cur = 0, kbOpen = false;

  function toast(msg) {
    $('#toast').text(msg).show();
    clearTimeout(toast.t);
    toast.t = setTimeout(function () { $('#toast').hide(); }, 1800);
  }

  function keys(str) {
    return str.split('').map(function (c) { return '<td class="key" data-k="' + c + '">' + c + '</td>'; }).join('');
  }
  var DEL = '<td class="key fn" data-act="del">删除</td>', OK = '<td class="key ok" data-act="ok">确定</td>';
  $('#kbProv').html(
    '<tr>' + keys(PROV[0]) + '</tr><tr>' + keys(PROV[1]) + '</tr><tr>' + keys(PROV[2]) + '</tr>' +
    '<tr>' + keys(PROV[3]) + '<td class="blank"></td><td class="blank"></td><td class="blank"></td><td class="blank"></td>' +
    '<td class="key fn" data-act="abc">ABC</td>' + DEL + OK + '</tr>');
  $('#kbChar').html(
    '<tr>' + keys(CHARS[0]) + '</tr><tr>' + keys(CHARS[1]) + '</tr><tr>' + keys(CHARS[2]) + '</tr>' +
    '<tr>' + keys(CHARS[3]) + DEL + OK + '</tr>');

  function plateLen() { return $('.plate .nev').hasClass('on') ? 8 : 7; }
  function plateStr() { return plate.slice(0, plateLen()).join(''); }

  function render() {
    $('.plate .cell[data-i]').each(function () {
      var i = +$(this).data('i');
      if (i === 7 && !plate[7] && !$(this).hasClass('on')) $(this).text('新能源');
      else $(this).text(plate[i] || '');
      $(this).toggleClass('cur', kbOpen && i === cur);
    });
    var prov = cur === 0;
    $('#kbProv')[0].style.display = prov ? '' : 'none';
    $('#kbChar')[0].style.display = prov ? 'none' : '';
    $('#kbTip').text(prov ? '选择省份' : (cur === 1 ? '输入城市代码' : '输入车牌号码'));
    // 第2位只能是字母
    $('#kbChar td.key[data-k]').each(function () {
      var k = $(this).data('k');
      var off = (cur === 1 && !/[A-Z]/.test(k)) || (cur < plateLen() - 1 && /[港澳学警]/.test(k));
      $(this).toggleClass('off', off);
    });
    var full = plateStr().length === plateLen();
    $('#btnQuery').toggleClass('disabled', !full);
  }

  function openKb(i) {
    kbOpen = true; cur = i;
    $('#kb').show();
    render();
  }
  function closeKb() { kbOpen = false; $('#kb').hide(); render(); }

  $(document).on('click', '.plate .cell[data-i]', function () {
    var i = +$(this).data('i');
    if (i === 7 && !$(this).hasClass('on')) { $(this).addClass('on'); }
    var firstEmpty = plate.slice(0, plateLen()).indexOf('');
    openKb(firstEmpty >= 0 && firstEmpty < i ? firstEmpty : i);
  });

  $(document).on('click', 'td.key', function () {
    var $k = $(this);
    if ($k.hasClass('off')) return;
    var act = $k.data('act');
    if (act === 'ok') { closeKb(); return; }
    if (act === 'abc') { cur = Math.max(cur, 1); render(); return; }
    if (act === 'del') {
      if (!plate[cur] && cur > 0) cur--;
      plate[cur] = '';
      if (cur === 7 && !plate[7]) { $('.plate .nev').removeClass('on'); cur = 6; }
      render(); return;
    }
    var k = $k.data('k');
    if (!k) return;
    plate[cur] = k;
    if (cur < plateLen() - 1) cur++;
    render();
  });

  $(document).on('click', '.kb-close', closeKb);

  $('#lnkRule').on('click', function () { toast('临时车 5 元/小时，首 15 分钟免费，24 小时封顶 40 元'); });

  var hist = [];
  try { hist = JSON.parse(localStorage.getItem('park_hist') || '[]'); } catch (e) {}
  if (hist.length) {
    $('#histList').html(hist.map(function (p) { return '<span data-p="' + p + '">' + p + '</span>'; }).join(''));
    $('#hist').show();
  }
  $(document).on('click', '#histList span', function () {
    var p = $(this).data('p').split('');
    plate = ['', '', '', '', '', '', '', ''];
    p.forEach(function (c, i) { plate[i] = c; });
    $('.plate .nev').toggleClass('on', p.length === 8);
    render();
  });

  $('#btnQuery').on('click', function () {
    if (kbOpen) closeKb();
    var no = plateStr();
    if (no.length !== plateLen()) { toast('请输入完整车牌号'); return; }
    $('#loading').show();
    $.ajax({
      url: '/api/park/query', data: { parkId: 'P330106017', plateNo: no },
      success: function (res) {
        $('#loading').hide();
        if (res.code !== 200) { toast(res.message || '查询失败'); return; }
        if (hist.indexOf(no) < 0) { hist.unshift(no); localStorage.setItem('park_hist', JSON.stringify(hist.slice(0, 3))); }
        location.href = '/fee.html?orderNo=' + encodeURIComponent(res.data.orderNo) + '&plateNo=' + encodeURIComponent(no);
      },
      error: function () { $('#loading').hide(); toast('网络繁忙，请稍后重试'); }
    });
  });

  openKb(0);
});
