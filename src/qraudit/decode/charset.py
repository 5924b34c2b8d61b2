"""Bytes of a QR payload to text: ECI if declared, BOM, UTF-8, else the best of GB18030 / Big5 / Shift-JIS.

QR byte mode carries no charset unless an ECI says so. Chinese codes are mostly UTF-8, older ones
GB2312/GBK, Taiwanese ones Big5 and Japanese ones Shift-JIS. Every candidate is decoded strictly
and scored per character: common rows of its charset up, extension and user-defined rows down,
characters common in real text up. UTF-8 with a 3-byte character wins at once (legacy bytes
almost never form one); UTF-8 with only 2-byte characters competes, since GB bytes often form
those (扫一扫 is valid UTF-8 "ɨһɨ"). latin-1 is the last candidate and never fails.

Limits: one or two characters can be equally plausible in two charsets (Big5 測試 is also GB
代刚); ties go to the earlier candidate (UTF-8, GB18030, Big5, Shift-JIS, latin-1) because this
tool reads mainland Chinese codes. An ECI removes the doubt.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable

# ECI assignment number -> Python codec (ISO/IEC 18004 and AIM ECI register).
ECI_CODECS: dict[int, str] = {
    0: "cp437",
    1: "latin-1",
    2: "cp437",
    3: "latin-1",
    4: "iso8859-2",
    5: "iso8859-3",
    6: "iso8859-4",
    7: "iso8859-5",
    8: "iso8859-6",
    9: "iso8859-7",
    10: "iso8859-8",
    11: "iso8859-9",
    12: "iso8859-10",
    13: "iso8859-11",
    15: "iso8859-13",
    16: "iso8859-14",
    17: "iso8859-15",
    18: "iso8859-16",
    20: "cp932",
    21: "cp1250",
    22: "cp1251",
    23: "cp1252",
    24: "cp1256",
    25: "utf-16-be",
    26: "utf-8",
    27: "ascii",
    28: "cp950",
    29: "gb18030",
    30: "euc-kr",
    32: "gb18030",
    33: "utf-16-le",
    34: "utf-32-be",
    35: "utf-32-le",
    170: "ascii",
}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)


def _row(code: int, spans: tuple[tuple[int, int, float], ...], default: float) -> float:
    return next((score for low, high, score in spans if low <= code <= high), default)


# (first code, last code, score) for the double-byte code of each decoded character.
_GB_SPANS = (
    (0xA1A1, 0xA3FE, 1.0),  # punctuation, full-width ASCII
    (0xA4A1, 0xA9FE, -1.0),  # kana, Greek, Cyrillic, pinyin, box drawing: rare in Chinese text
    (0xB0A1, 0xD7FE, 2.0),  # GB2312 level 1 hanzi
    (0xD8A1, 0xF7FE, 0.5),  # GB2312 level 2 hanzi
    (0xAAA1, 0xAFFE, -4.0),  # user-defined
    (0xF8A1, 0xFEFE, -4.0),  # user-defined
    (0xA140, 0xA7A0, -4.0),  # user-defined
)
_BIG5_SPANS = (
    (0xA140, 0xA3BF, 1.0),  # punctuation and symbols
    (0xA440, 0xC67E, 2.0),  # frequently used hanzi
    (0xC940, 0xF9D5, 0.5),  # less frequently used hanzi
    (0xA3C0, 0xA43F, -3.0),  # reserved
    (0xC67F, 0xC93F, -3.0),  # reserved / ETEN extensions
)
_SJIS_SPANS = (
    (0x8140, 0x81FC, 1.0),  # punctuation
    (0x824F, 0x829A, 1.0),  # full-width digits and Latin
    (0x829F, 0x82F1, 2.0),  # hiragana
    (0x8340, 0x8396, 2.0),  # katakana
    (0x839F, 0x84BE, 0.0),  # Greek, Cyrillic, box drawing
    (0x889F, 0x9872, 2.0),  # JIS level 1 kanji
    (0x989F, 0xEAA4, 0.5),  # JIS level 2 kanji
    (0x8740, 0x879C, -1.0),  # NEC row 13 (circled numbers...)
)

_VOICEABLE = set("ｳｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎ")


# Characters common in Chinese (simplified and traditional) and Japanese text, roughly by frequency;
# a decoding that yields many of them is more likely right than one yielding rare ones.
_SIMPLIFIED = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后"
    "作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因"
    "只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应"
    "战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿"
    "原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太"
    "量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界"
    "达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今"
    "切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存"
    "未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官"
    "火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历"
    "首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态"
    "护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围"
    "江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状"
    "率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险"
    "待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担"
    "州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追"
    "帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟"
    "登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑"
    "梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽"
    "巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣"
    "择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇"
    "肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘"
    "亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震"
    "弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培"
    "迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵硬麦蒋操耶阻订彩抽赞魔纷沿喊违妹浪汇币丰蓝殊献桌啦瓦莱援译夺汽"
    "烧距裁偏符勇触课敬哭懂墙袭召罚侠厅拜巧侧韩冒债曼融惯享戴童犹乘挂奖绍厚纵障讯涉彻刊丈爆乌役描洗玛"
    "患妙镜唱烦签仙彼弗症仿倾牌陷鸟轰咱菜闭奋庆撤泪茶疾缘播朗杜奶季丹狗尾仪偷奔珠虫驻孔宜艾桥淡翼恨繁"
    "寒伴叹旦愈潮粮缩罢聚径恰挑袋灰捕徐珍幕映裂泰隔启尖忠累炎暂估泛荒偿横拒瑞忆孤鼻闹羊呆厉衡胞零穷舍"
    "码赫婆魂灾洪腿胆津俗辩胸晓劲贫仁偶辑邦恢赖圈摸仰润堆碰艇稍迟辆废净凶署壁御奉旋冬矿抬蛋晨伏吹鸡倍"
    "糊秦盾杯租骑乏隆诊奴摄丧污渡旗甘耐凭扎抢绪粗肩梁幻菲皆碎宙叔岩荡综爬荷悉蒂返井壮薄悄扫敏碍殖详迪"
    "矛霍允幅撒剩凯颗骂赏液番箱贴漫酸郎腰舒眉忧浮辛恋餐吓挺励辞艘键伍峰尺昨黎辈贯侦滑券崇扰宪绕趋慈乔"
    "阅汗枝拖墨胁插箭腊粉泥氏彭拔骗凤慧媒佩愤扑龄驱惜豪掩兼跃尸肃帕驶堡届欣惠册储飘桑闲惨洁踪勃宾频仇"
    "磨递邪撞拟滚奏巡颜剂绩贡疯坡瞧截燃焦殿伪柳锁逼颇昏劝呈搜勤戒驾漂饮曹朵仔柔俩孟腐幼践籍牧凉牲佳娜"
    "浓芳稿竹腹跌逻垂遵脉貌柏狱猜怜惑陶兽帐饰贷昌叙躺钢沟寄扶铺邓寿惧询汤盗肥尝匆辉奈扣廷澳嘛董迁凝慰"
    "厌脏腾幽怨鞋丢埋泉涌辖躲晋紫艰魏吾慌祝邮吐狠鉴曰械咬邻赤挤弯椅陪割揭韦悟聪雾锋梯猫祥阔誉筹丛牵鸣"
    "沈阁穆屈旨袖猎臂蛇贺柱抛鼠瑟戈牢逊迈欺吨琴衰瓶恼燕仲诱狼池疼卢仗冠粒遥吕玄尘冯抚浅敦纠钻晶岂峡苍"
    "喷耗凌敲菌赔涂粹扁亏寂煤熊恭湿循暖糖赋抑秩帽哀宿踏烂袁侯抖夹昆肝擦猪炼恒慎搬纽纹玻渔磁铜齿跨押怖"
    "漠疲叛遣兹祭醉拳弥斜档稀捷肤疫肿豆削岗晃吞宏癌肚隶履涨耀扭坛拨沃绘伐堪仆郭牺歼墓雇廉契拼惩捉覆刷"
    "劫嫌瓜歇雕闷乳串娃缴唤赢莲霸桃妥瘦搭赴岳嘉舱俊址庞耕锐缝悔邀玲惟斥宅添挖呵讼氧浩羽斤酷掠妖祸侍乙"
    "妨贪挣汪尿莉悬唇翰仓轨枚盐览傅帅庙芬屏寺胖璃愚滴疏萧姿颤丑劣柯寸扔盯辱匹俱辨饿蜂哦腔郁溃谨糟葛苗"
    "肠忌溜鸿爵鹏鹰笼丘桂滋聊挡纲肌茨壳痕碗穴膀卓贤卧膜毅锦欠哩函茫昂薛皱夸豫胃舌剥傲拾窝睁携陵哼棉晴"
    "铃填饲渴吻扮逆脆喘罩卜炉柴愉绳胎蓄眠竭喂傻慕浑奸扇柜悦拦诞饱乾泡贼亭夕爹酬儒姻卵氛泄杆挨僧蜜吟猩"
    "遂狭肖甜霞驳裕顽於摘矮秒卿畜咽披辅勾盆疆赌塑畏吵囊嗯泊肺骤缠冈羞瞪吊贾漏斑涛悠鹿俘锡卑葬铭滩嫁催"
    "璇翅盒蛮矣潘歧赐鲍锅廊拆灌勉盲宰佐啥胀扯禧辽抹筒棋裤唉朴咐孕誓喉妄拘链驰栏逝窃艳臭纤玑棵趁匠盈翁"
    "愁瞬婴孝颈倘浙谅蔽畅赠妮莎尉冻跪闯葡後厘煌嘿萌殷娇鞭逢耻哗窄摊喔淮屁拢汁蹲麟"
)
_TRADITIONAL = (
    "這個們來為國說時會對過發裡從學動種實現當沒麼經開還進員點業將兩間問題長機與電數報結東體聲氣總無愛"
    "讓師見聽書寫車錢買賣門關號碼掃註冊錄帳戶權優訂單額廳繳費價網頁語讀認識請謝銀應該務館議記場線傳達"
    "變區醫藥鐵飛馬魚鳥龍風雲飯樂親兒頭臉燈視環際條標準確證據處歡運義術導級團農產廠誤設計統劃資質專項"
    "態觀聯繫職稱練習輕鬆難歲華夠復雜強調邊遠紅綠藍黃雙島歷顯蘭蘇讚熱連貨幣萬億臺灣陸續舊錯隊聖園顧談"
    "論備維護戰爭軍組織規則驗輸選擇屬內異測試隨臨預約營銷簡詢須稅積儲"
)
_JAPANESE = (
    "気円駅帰変込払広売読図経済様々仏両亜圧囲営栄塩価楽巻関挙恵継県険験効斎雑児実釈収従渋獣縦処乗浄剰"
    "譲摂専戦銭禅総捜巣蔵続堕対帯滞単団弾昼鋳庁聴鎮転伝稲闘徳弐悩脳廃拝発髪抜晩浜姫辺弁歩豊褒黙訳薬揺"
    "頼覧竜猟緑涙塁霊齢暦労録"
)
COMMON_CHARS = frozenset(_SIMPLIFIED + _TRADITIONAL + _JAPANESE)


def _gb_score(ch: str, encoded: bytes, previous: str) -> float:
    if len(encoded) == 4:
        return -4.0  # four-byte GB18030: rare characters, or bytes that only happened to fit
    return _row(int.from_bytes(encoded, "big"), _GB_SPANS, -2.0)  # default: GBK extensions


def _big5_score(ch: str, encoded: bytes, previous: str) -> float:
    return _row(int.from_bytes(encoded, "big"), _BIG5_SPANS, -4.0)  # default: user-defined


def _sjis_score(ch: str, encoded: bytes, previous: str) -> float:
    if len(encoded) == 1:  # half-width katakana
        if ch in "ﾞﾟ":  # a voicing mark only follows certain kana: a strong sign of real Japanese
            return 3.0 if previous in (_VOICEABLE if ch == "ﾞ" else "ﾊﾋﾌﾍﾎ") else -2.0
        if ch == "ｰ":  # the long-vowel mark ends katakana words (ｶﾗｰ, ﾀｸｼｰ)
            return 2.0 if "\uff66" <= previous <= "\uff9d" else 0.5
        return 0.5 if ch in "｡｢｣､･" else 1.5
    return _row(int.from_bytes(encoded, "big"), _SJIS_SPANS, -4.0)  # default: IBM/user-defined


def _script(ch: str) -> str:
    code = ord(ch)
    if ch.isascii():
        return "ascii"
    if 0xC0 <= code <= 0x17F and ch.isalpha():
        return "latin"
    return next((name for low, high, name in _SCRIPTS if low <= code <= high), "other")


_SCRIPTS = ((0x370, 0x3FF, "greek"), (0x400, 0x4FF, "cyrillic"), (0x590, 0x5FF, "hebrew"), (0x600, 0x6FF, "arabic"))


def _utf8_score(ch: str, encoded: bytes, previous: str) -> float:
    # Only reached for two-byte characters (U+0080..U+07FF): legacy CJK bytes form them by chance
    # about once in seven characters, and then rarely in one script, so a consistent run is strong.
    script, before = _script(ch), _script(previous) if previous else "ascii"
    if script == "other":
        return 4.5 if 0xA0 <= ord(ch) <= 0xBF else -2.0  # Latin-1 signs (¥ ° ©) or IPA/modifiers/C1
    if before not in ("ascii", script):
        return -3.0  # Cyrillic next to Greek next to Latin: bytes, not words
    if previous.isascii() and previous.isalpha():
        return 5.5  # an accent inside a word: Café, Müller
    return 4.5 if before == script else 3.5  # a lone letter is weaker than a common hanzi


def _latin1_score(ch: str, encoded: bytes, previous: str) -> float:
    if ord(ch) < 0xA0:
        return -5.0  # C1 controls
    if not ch.isalpha():
        return 1.0
    return 3.0 if previous.isascii() and previous.isalpha() else 1.0  # accents sit inside words


Scorer = Callable[[str, bytes, str], float]

# Candidate name -> (Python codec, scorer), in the order that breaks ties. latin-1 never fails.
CANDIDATES: dict[str, tuple[str, Scorer]] = {
    "utf-8": ("utf-8", _utf8_score),
    "gb18030": ("gb18030", _gb_score),
    "big5": ("cp950", _big5_score),
    "shift_jis": ("cp932", _sjis_score),
    "latin-1": ("latin-1", _latin1_score),
}


def score_text(text: str, charset: str) -> float:
    """How plausible `text` is as a decoding in `charset` (a CANDIDATES name); higher is better."""
    codec, scorer = CANDIDATES[charset]
    total, previous = 0.0, ""
    for ch in text:
        if ch.isascii():
            total += -5.0 if ch < " " and ch not in "\t\r\n" else 0.0
        else:
            total += scorer(ch, ch.encode(codec), previous) + (2.0 if ch in COMMON_CHARS else 0.0)
        previous = ch
    return total


def guess_charset(raw: bytes) -> str:
    """The CANDIDATES name whose strict decode of `raw` scores best."""
    best: tuple[float, str] | None = None
    for name, (codec, _) in CANDIDATES.items():
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if name == "utf-8" and any(ord(ch) >= 0x800 for ch in text):
            return name  # valid 3- and 4-byte sequences almost never happen by chance
        score = score_text(text, name)
        if best is None or score > best[0]:
            best = (score, name)
    return best[1] if best else "latin-1"


def decode_payload_bytes(raw: bytes, eci: int | None = None) -> str:
    """Text of a QR byte-mode payload, given its ECI assignment number if it declared one; never raises."""
    if eci is not None and eci in ECI_CODECS:
        try:
            return raw.decode(ECI_CODECS[eci])
        except UnicodeDecodeError:
            pass  # a wrong ECI is not rare; guess as if there were none
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                break
    if raw.isascii():
        return raw.decode("ascii")
    return raw.decode(CANDIDATES[guess_charset(raw)][0])
