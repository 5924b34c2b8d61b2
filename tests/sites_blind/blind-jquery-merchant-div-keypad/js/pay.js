/**
 * 向商家付款 - 数字键盘
 * author: zhangl  2023-09-17
 */
$(function () {
    var amount = '';
    var remark = '';
    var submitting = false;

    function render() {
        $('#amount').text(amount);
        if (parseFloat(amount) > 0) {
            $('.keyboard .pay').removeClass('disabled');
        } else {
            $('.keyboard .pay').addClass('disabled');
        }
    }

    function input(k) {
        if (k === '.') {
            if (amount.indexOf('.') > -1) return;
            if (amount === '') amount = '0';
            amount += '.';
            return render();
        }
        // 最多两位小数
        if (amount.indexOf('.') > -1 && amount.split('.')[1].length >= 2) return;
        // 整数部分最多5位
        if (amount.indexOf('.') < 0 && amount.replace(/^0/, '').length >= 5) return;
        if (amount === '0') amount = '';
        amount += k;
        render();
    }

    function del() {
        amount = amount.substring(0, amount.length - 1);
        render();
    }

    $('td').on('click', function () {
        var $td = $(this);
        if ($td.hasClass('del')) return del();
        if ($td.hasClass('pay')) return doPay();
        input($td.find('span').text());
    });

    $('#addRemark').on('click', function () {
        layer.open({
            type: 1,
            title: '添加备注',
            skin: 'remark-pop',
            area: ['86%'],
            content: '<textarea id="remarkInput" maxlength="20" placeholder="最多20个字"></textarea><div class="count"><span id="remarkCount">0</span>/20</div>',
            btn: ['确定', '取消'],
            success: function () {
                $('#remarkInput').val(remark);
                $('#remarkCount').text(remark.length);
                $('#remarkInput').on('input', function () { $('#remarkCount').text(this.value.length); });
            },
            yes: function (index) {
                remark = $.trim($('#remarkInput').val());
                $('#remarkText').text(remark ? '备注：' + remark : '');
                $('#addRemark').text(remark ? '修改' : '添加备注');
                layer.close(index);
            }
        });
    });

    function onBridgeReady(data) {
        WeixinJSBridge.invoke('getBrandWCPayRequest', {
            appId: data.appId,
            timeStamp: data.timeStamp,
            nonceStr: data.nonceStr,
            package: data.package,
            signType: data.signType,
            paySign: data.paySign
        }, function (res) {
            if (res.err_msg == 'get_brand_wcpay_request:ok') {
                window.location.href = 'success.html?amount=' + encodeURIComponent(data.amount) + '&orderNo=' + data.orderNo;
            } else if (res.err_msg == 'get_brand_wcpay_request:cancel') {
                layer.msg('已取消支付');
            } else {
                layer.msg('支付失败，请重试');
            }
        });
    }

    function doPay() {
        var money = parseFloat(amount);
        if (!(money > 0)) {
            layer.msg('请输入付款金额');
            return;
        }
        if (submitting) return;
        submitting = true;
        var load = layer.load();
        $.ajax({
            url: '/api/prepay',
            type: 'POST',
            dataType: 'json',
            data: { shopId: SHOP_ID, amount: money.toFixed(2), remark: remark },
            success: function (res) {
                layer.close(load);
                submitting = false;
                if (res.code != 0) {
                    layer.msg(res.msg || '下单失败');
                    return;
                }
                if (typeof WeixinJSBridge == 'undefined') {
                    document.addEventListener('WeixinJSBridgeReady', function () { onBridgeReady(res.data); }, false);
                } else {
                    onBridgeReady(res.data);
                }
            },
            error: function () {
                layer.close(load);
                submitting = false;
                layer.msg('网络繁忙，请稍后再试');
            }
        });
    }

    render();
});
