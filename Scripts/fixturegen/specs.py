"""Notice specs for every committed fixture (data only; drawing is in render.py).

* 晋乡振发〔2022〕125号: body text and table typed from the reference text layer
  (/work/shared/reference/000_53a286ee3fd3d829.txt).  The generator checks its rows against the
  independently hand-checked Fixtures/expected/jxzf-2022-125.csv.
* the variant notices are synthetic: plausible doc numbers and bodies, real GB/T 2260 county
  names, amounts derived from the 125号 numbers or invented; every non-injected subtotal, total
  and cross-foot reconciles exactly (Decimal arithmetic in model.build_rows).
"""

from __future__ import annotations

from decimal import Decimal as D
from typing import Callable, Dict, List

from .model import (Column, Group, Item, Notice, Paragraph, RenderOptions, RowLayout, Table,
                    build_rows, flat_rows)

Z = "资金管理型直管县"
_ = ""

# 晋乡振发〔2022〕125号 attachment: (city, [(county, 中央资金, remark)]) in printed order
SHANXI_125 = [
    ("太原市", [
        ("娄烦县", 7266, Z), ("阳曲县", 3388, _),
    ]),
    ("大同市", [
        ("阳高县", 8313, Z), ("天镇县", 12221, Z), ("广灵县", 8657, Z), ("灵丘县", 7635, Z),
        ("浑源县", 9069, Z), ("云州区", 7865, _),
    ]),
    ("阳泉市", [
        ("盂县", 1777, Z),
    ]),
    ("长治市", [
        ("壶关县", 10527, Z), ("平顺县", 8700, Z), ("武乡县", 7812, Z), ("沁县", 4439, _),
        ("黎城县", 2385, _), ("沁源县", 1767, _),
    ]),
    ("晋城市", [
        ("陵川县", 3810, _), ("沁水县", 2095, _),
    ]),
    ("朔州市", [
        ("右玉县", 5999, Z), ("应县", 2705, Z), ("山阴县", 2255, Z), ("平鲁区", 2783, _),
    ]),
    ("晋中市", [
        ("左权县", 8324, Z), ("和顺县", 7990, Z), ("昔阳县", 4431, _), ("榆社县", 6422, _),
    ]),
    ("运城市", [
        ("平陆县", 7174, Z), ("垣曲县", 4908, _), ("绛县", 2920, _), ("闻喜县", 3685, Z),
        ("夏县", 4307, Z), ("万荣县", 3905, _),
    ]),
    ("忻州市", [
        ("五台县", 8484, Z), ("繁峙县", 7920, Z), ("静乐县", 9789, Z), ("神池县", 6902, Z),
        ("五寨县", 7576, Z), ("岢岚县", 6323, Z), ("宁武县", 9280, Z), ("代县", 7398, Z),
        ("河曲县", 5828, Z), ("偏关县", 7694, Z), ("保德县", 6777, Z),
    ]),
    ("临汾市", [
        ("吉县", 6901, Z), ("隰县", 5883, Z), ("大宁县", 8379, Z), ("永和县", 7763, Z),
        ("汾西县", 8808, Z), ("浮山县", 3217, _), ("安泽县", 2121, Z), ("古县", 2945, _),
        ("乡宁县", 4671, _), ("蒲县", 2779, _),
    ]),
    ("吕梁市", [
        ("临县", 25680, Z), ("兴县", 13174, Z), ("石楼县", 11962, Z), ("岚县", 9513, Z),
        ("方山县", 8827, Z), ("中阳县", 6169, Z), ("柳林县", 3407, Z), ("交城县", 3889, _),
        ("交口县", 3745, _), ("离石区", 3817, _),
    ]),
]

JX125_BODY = [
    Paragraph("根据《财政部关于提前下达2023年中央财政衔接推进乡村振兴补助资金预算的通知》（财农〔2022〕90号）和资金管理办法有关要求，现提前下达2023年中央财政衔接推进乡村振兴补助资金（以下简称“衔接资金”）计划。有关事项通知如下："),
    Paragraph("一、资金安排办法", "h"),
    Paragraph("此次资金重点支持乡村振兴重点帮扶县和脱贫县，按照衔接资金管理办法有关要求，根据各县巩固拓展脱贫攻坚成果任务、农村居民人均可支配收入、政策因素等对衔接资金进行分配。"),
    Paragraph("二、资金使用方向", "h"),
    Paragraph("认真贯彻落实党的二十大精神和《关于加强中央财政衔接推进乡村振兴补助资金使用管理的指导意见》（财农〔2022〕14号）、《山西省财政厅等六部门关于加强衔接推进乡村振兴补助资金和项目管理的指导意见》（财农〔2022〕84号）等要求，突出资金支持重点。优先支持联农带农富农产业发展，增强脱贫地区和脱贫群众内生发展动力；支持必要的基础设施补短板，根据发展水平、发展阶段合理确定建设标准，杜绝形象工程；支持对符合条件的监测对象、脱贫人口开展小额信贷贴息、生产经营和劳动技能培训，到帮扶车间就业，聘用搬迁群众提供易地搬迁集中安置区公共服务，跨省务工一次性交通补助等；对符合条件的脱贫家庭（含监测对象）安排“雨露计划”补助，帮助提升就业能力。"),
    Paragraph("要严格按照中央衔接资金管理办法规定的用途安排使用资金，坚决杜绝用于资金管理办法规定的负面清单事项。安排给开展统筹整合使用财政涉农资金试点工作的县，资金使用可按照省财政厅等11部门《关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知》（晋财农〔2021〕56号）有关要求执行。"),
    Paragraph("三、有关工作要求", "h"),
    Paragraph("（一）健全完善项目库建设。加强协调配合，乡村振兴部门要牵头做好巩固拓展脱贫攻坚成果和乡村振兴项目库建设，配合相关部门谋划好项目，推动实现县级相关项目库共建共管共用。提高入库项目质量，做深做实项目前期，优先储备和实施群众需求强烈、短板突出、带动增收能力强、利益联结机制紧密的项目。乡村振兴示范创建项目全部纳入项目库管理。强化项目资产后续管理，加强分类管护，明确管护责任，规范收益分配，确保持续发挥效益。衔接资金投入形成的项目资产参照扶贫项目资产管理要求，纳入现有制度框架下管理。"),
    Paragraph("（二）创新资金使用管理。坚持更多依靠发展来巩固拓展脱贫攻坚成果，从实际出发积极探索创新资金支持领域和使用管理方式，补上技术、设施、营销、人才等短板。坚持衔接资金项目审批下放到县，发挥好县级党委政府牵头抓总作用，健全县级资金项目管理运行机制，统筹力量强化资金使用管理。优化项目实施方式，引导群众参与乡村发展和建设。创新政策宣传解读，以县为单位编制衔接资金政策“明白纸”。"),
    Paragraph("（三）加大产业支持。继续将产业发展作为支持重点，2023年用于产业发展的资金规模占比原则上不得低于下达你县资金总规模的60%，且不得低于2022年用于产业发展的占比。"),
    Paragraph("（四）加快支出进度。衔接资金下达到县后，要尽快落实到项目，确保项目有序推进，资金按时支出。省级将定期对各县资金支出和项目实施情况进行通报，工作落实不力、进展缓慢影响全省进度的县纳入约谈范围。"),
    Paragraph("（五）加强资金监管。各县要落实好监督管理责任，及时发现和纠正存在的风险和问题。全面实施绩效管理，贯穿事前、事中、事后各个环节。落实公告公示要求，扶贫项目安排和资金使用结果一律公告公示。发挥好纪律、审计、行业和社会等监督作用，对贪占挪用、违规使用衔接资金等问题依纪依法严肃追究责任。"),
    Paragraph("（六）及时录入数据。将资金及项目信息、公告公示、资金到账、资金拨付等信息及时录入全国防返贫监测信息系统。"),
]

JX125_TABLE_TITLE = "提前下达2023年中央财政衔接推进乡村振兴补助资金计划表"


def shanxi_groups(values: Callable[[str, int], Dict[str, object]] = None,
                  text: Dict[str, str] = None) -> List[Group]:
    """The 125号 data as Groups; ``values(county, central)`` builds each item's cells."""
    values = values or (lambda name, central: {"central": D(central)})
    text = text or {}
    return [Group(city, tuple(Item(n, values(n, a), r, text.get(n)) for n, a, r in items),
                  text.get(city))
            for city, items in SHANXI_125]


def jxzf_2022_125(misprint: bool = False, gbt9704: bool = False) -> Notice:
    cols = [
        Column("name", "市县名", "name", 130.0),
        Column("central", "中央资金", "amount", 110.0),
        Column("remark", "备注", "remark", 150.0),
    ]
    misprints = {}
    if misprint:
        misprints = {("运城市小计", "central"): D(26989), ("全省合计", "central"): D(403255)}
    rows = build_rows(shanxi_groups(), ["central"], RowLayout(), misprints=misprints)
    table = Table("附件", JX125_TABLE_TITLE, "单位：万元", cols, rows,
                  forced_breaks=(35, 62))
    name = "jxzf-2022-125" + ("-misprint" if misprint else "") + ("-gbt9704" if gbt9704 else "")
    desc = ("Faithful replica of 晋乡振发〔2022〕125号 (body pages 1-2, attachment table pages 3-5, "
            "rows split across pages exactly as in the reference).")
    fam = ["furniture=full", "page-number=emdash", "padding=ascii", "unruled",
           "single amount column", "totals before items (全省合计, XX市小计)",
           "subtotal group straddling a page break"]
    if misprint:
        desc = ("The same notice with two misprints: 运城市小计 26989 (true 26899; printed on "
                "page 3, its counties on page 4) and 全省合计 403255 (true 403155).")
        fam = fam + ["injected subtotal + total mismatch"]
    options = RenderOptions()
    if gbt9704:
        # GB/T 9704 body: 三号 (15.75 pt) text, 28 characters x 22 lines per page.  The
        # reference's own page-start markers show the real notice had 4 body pages, with the
        # table on pages 5-7; this variant reproduces that pagination.
        options = RenderOptions(body_size=15.75, body_leading=28.95, body_top=118.0,
                                body_bottom=99.0, title_size_body=20.0,
                                masthead_drop=250.0, masthead_size=40.0)
        desc = ("The 125号 replica with GB/T 9704 body typography (三号 text, 22 lines per "
                "page): body pages 1-4, the table on pages 5-7 as in the real notice.")
        fam = fam + ["GB/T 9704 body layout (4 body pages; table pages 5-7)"]
    return Notice(
        name=name,
        issuer_mark="山西省乡村振兴局文件",
        doc_number="晋乡振发〔2022〕125号",
        title_lines=["山西省乡村振兴局关于提前下达2023年中央财政",
                     "衔接推进乡村振兴补助资金计划的通知"],
        addressee="各市、有关县乡村振兴局：",
        body=JX125_BODY,
        attachments=[JX125_TABLE_TITLE],
        signature="山西省乡村振兴局",
        date="2022年12月6日",
        publish_note="（此件公开发布）",
        tables=[table],
        options=options,
        families=fam,
        description=desc,
        expected_schema="short",
    )



# ----------------------------------------------------------------------------------------------
# variant families (synthetic notices)


def _short_body(subject: str) -> List[Paragraph]:
    return [
        Paragraph(f"根据预算管理有关规定，现将{subject}下达你们（详见附件），请按照资金管理办法"
                  "有关要求，及时分解下达到具体项目，并在规定时限内将项目计划报送备案。"),
        Paragraph("一、资金使用要求", "h"),
        Paragraph("资金重点支持巩固拓展脱贫攻坚成果和乡村振兴重点任务，优先支持联农带农富农产业"
                  "发展，严禁用于资金管理办法规定的负面清单事项。"),
        Paragraph("二、加强资金监管", "h"),
        Paragraph("各地要加快预算执行进度，落实公告公示要求，及时将资金及项目信息录入全国防返贫"
                  "监测信息系统，主动接受社会监督。"),
    ]


def ideographic_ruled_multicol_radicals() -> Notice:
    """Shanxi, 资金合计 | 中央资金 | 省级资金 (cross-footed), ruled, U+3000 padding, radicals."""
    cols = [
        Column("name", "市县名", "name", 112.0),
        Column("total", "资金合计", "amount", 92.0),
        Column("central", "中央资金", "amount", 92.0),
        Column("provincial", "省级资金", "amount", 92.0),
        Column("remark", "备注", "remark", 112.0),
    ]
    # 省级资金 = 30% of the 125号 中央资金, rounded half up to whole 万元 (Decimal)
    from decimal import ROUND_HALF_UP

    def values(name, central):
        c = D(central)
        return {"central": c,
                "provincial": (c * D("0.3")).quantize(D(1), rounding=ROUND_HALF_UP)}

    # text layer: these names are drawn from radical code points (glyphs of the ideographs)
    radical_text = {"长治市": "\u2ED3治市", "方山县": "\u2F45\u2F2D县",
                    "大同市": "\u2F24同市", "石楼县": "\u2F6F楼县"}
    cf = ("total", ("central", "provincial"))
    rows = build_rows(shanxi_groups(values, radical_text), ["total", "central", "provincial"],
                      RowLayout(crossfoot=cf))
    title = "2023年中央和省级财政衔接推进乡村振兴补助资金分配表"
    table = Table("附件", title, "单位：万元", cols, rows, crossfoot=cf)
    return Notice(
        name="ideographic-ruled-multicol-radicals",
        issuer_mark="山西省乡村振兴局文件",
        doc_number="晋乡振发〔2023〕18号",
        title_lines=["山西省乡村振兴局关于下达2023年中央和省级",
                     "财政衔接推进乡村振兴补助资金计划的通知"],
        addressee="各市、有关县乡村振兴局：",
        body=_short_body("2023年中央和省级财政衔接推进乡村振兴补助资金计划"),
        attachments=[title],
        signature="山西省乡村振兴局",
        date="2023年3月15日",
        publish_note="（此件公开发布）",
        tables=[table],
        options=RenderOptions(furniture="header", page_number="hyphen",
                              padding="ideographic", ruled=True),
        families=["furniture=header (only the column header repeats)", "page-number=hyphen",
                  "padding=ideographic (U+3000 U+3000)", "ruled",
                  "three amount columns 资金合计|中央资金|省级资金, cross-footed (all reconcile)",
                  "radical code points in the text layer: ⻓治市小计 (U+2ED3), ⽅⼭县 "
                  "(U+2F45 U+2F2D), ⼤同市小计 (U+2F24), ⽯楼县 (U+2F6F)"],
        description="Synthetic Shanxi notice over the 125号 counties: 中央资金 as in 125号, "
                    "省级资金 = 30% rounded, 资金合计 = 中央 + 省级.",
    )


# (city, [(county, 中央资金, 省级资金)]) -- invented amounts, 万元 with two decimals
HENAN = [
    ("洛阳市", [
        ("栾川县", "3858.81", "3023.90"), ("嵩县", "4095.61", "1289.01"),
        ("汝阳县", "2931.92", "769.37"), ("宜阳县", "919.04", "1489.27"),
        ("洛宁县", "2266.38", "439.57"),
    ]),
    ("平顶山市", [
        ("鲁山县", "2898.15", "270.03"), ("叶县", "2352.57", "2211.95"),
        ("郏县", "1490.00", "856.40"),
    ]),
    ("南阳市", [
        ("南召县", "4700.78", "2677.53"), ("淅川县", "7137.02", "2663.87"),
        ("社旗县", "5852.89", "1703.78"), ("桐柏县", "4769.28", "2797.61"),
    ]),
    ("商丘市", [
        ("民权县", "4237.17", "3150.69"), ("睢县", "4938.70", "326.37"),
        ("宁陵县", "6144.37", "2259.22"), ("柘城县", "6130.00", "1428.64"),
        ("虞城县", "816.48", "2063.05"),
    ]),
    ("信阳市", [
        ("罗山县", "6231.65", "963.96"), ("光山县", "4478.67", "3002.59"),
        ("新县", "3200.00", "2939.77"), ("商城县", "4248.31", "1186.61"),
        ("固始县", "1114.27", "2333.48"), ("潢川县", "7151.75", "253.13"),
        ("淮滨县", "932.24", "303.74"), ("息县", "6796.63", "2430.97"),
    ]),
    ("周口市", [
        ("扶沟县", "3033.97", "2434.20"), ("西华县", "1254.91", "1976.26"),
        ("商水县", "4214.93", "210.50"), ("沈丘县", "6144.63", "2973.25"),
        ("郸城县", "6624.84", "608.19"), ("太康县", "6502.26", "2246.81"),
        ("鹿邑县", "6422.36", "2688.26"),
    ]),
    ("驻马店市", [
        ("上蔡县", "4898.64", "2413.81"), ("平舆县", "5828.17", "2701.55"),
        ("正阳县", "6051.75", "1659.27"), ("确山县", "2648.65", "2610.81"),
        ("泌阳县", "4301.29", "2770.66"), ("汝南县", "2259.89", "2845.38"),
        ("新蔡县", "5129.44", "1770.05"),
    ]),
]
HENAN_REMARKS = {"新县": "革命老区县", "淅川县": "含移民安置区", "光山县": "革命老区县"}


def distributed_twolevel_decimal_after() -> Notice:
    """Henan, 合计 | 其中(中央资金, 省级资金), decimals with grouping, distributed names, totals
    after their items, XX市合计 / 总计, nothing repeated, one injected cross-foot error."""
    cols = [
        Column("name", "市县名", "name", 96.0),
        Column("total", "合计", "amount", 96.0),
        Column("central", "中央资金", "amount", 96.0, group="其中"),
        Column("provincial", "省级资金", "amount", 96.0, group="其中"),
        Column("remark", "备注", "remark", 100.0),
    ]
    groups = [Group(city, tuple(Item(n, {"central": D(c), "provincial": D(p)},
                                     HENAN_REMARKS.get(n, "")) for n, c, p in items))
              for city, items in HENAN]
    cf = ("total", ("central", "provincial"))
    # 光山县's 合计 was typed 100.00 too high in the source sheet (4478.67 + 3002.59 = 7481.26,
    # printed 7581.26); the column sums were formula-driven, so 信阳市合计 and 总计 carry it too.
    rows = build_rows(groups, ["total", "central", "provincial"],
                      RowLayout(totals="after", total_label="总计",
                                subtotal_label="{city}合计", crossfoot=cf),
                      source_errors={("光山县", "total"): D("7581.26")})
    title = "2023年第二批财政衔接推进乡村振兴补助资金分配表"
    table = Table("附件", title, "单位：万元", cols, rows, crossfoot=cf)
    return Notice(
        name="distributed-twolevel-decimal-after",
        issuer_mark="河南省财政厅文件",
        doc_number="豫财农〔2023〕41号",
        title_lines=["河南省财政厅关于下达2023年第二批财政衔接",
                     "推进乡村振兴补助资金的通知"],
        addressee="有关市、县财政局：",
        body=_short_body("2023年第二批财政衔接推进乡村振兴补助资金"),
        attachments=[title],
        signature="河南省财政厅",
        date="2023年6月8日",
        publish_note="（此件主动公开）",
        tables=[table],
        options=RenderOptions(furniture="none", page_number="emdash", padding="distributed",
                              ruled=False, number_format="grouped"),
        families=["furniture=none (continuation page starts directly with rows)",
                  "padding=distributed (each glyph placed separately across the name cell, "
                  "no space characters)",
                  "two-level header 合计 | 其中: 中央资金, 省级资金", "unruled",
                  "decimals with grouping separators (1,234.56)",
                  "totals after their items: XX市合计 after each city, 总计 last",
                  "another province (河南省)",
                  "injected cross-foot mismatch (光山县 合计 +100.00, carried into 信阳市合计 "
                  "and 总计)"],
        description="Synthetic Henan notice with invented two-decimal amounts.",
    )


# (city, [(county, amount)]) -- invented whole 万元
GANSU_MINORITY = [
    ("临夏回族自治州", [
        ("临夏县", 807), ("康乐县", 854), ("永靖县", 414), ("广河县", 902), ("和政县", 640),
        ("东乡族自治县", 1194), ("积石山保安族东乡族撒拉族自治县", 1806),
    ]),
    ("甘南藏族自治州", [
        ("临潭县", 228), ("卓尼县", 291), ("舟曲县", 657), ("迭部县", 158), ("玛曲县", 654),
        ("碌曲县", 291), ("夏河县", 819),
    ]),
    ("天水市", [
        ("清水县", 260), ("秦安县", 263), ("甘谷县", 732), ("武山县", 914),
        ("张家川回族自治县", 1877),
    ]),
    ("酒泉市", [
        ("肃北蒙古族自治县", 875), ("阿克塞哈萨克族自治县", 986),
    ]),
    ("定西市", [
        ("通渭县", 385), ("陇西县", 374), ("渭源县", 182), ("临洮县", 671), ("漳县", 597),
        ("岷县", 263),
    ]),
]

# (county, 中央资金, 省级资金, remark); "—"/"-" are printed dashes, None an empty cell
GANSU_WORK_RELIEF = [
    ("武都区", 2259, 540, ""),
    ("成县", 2278, "—", ""),
    ("文县", 2080, 561, ""),
    ("宕昌县", 2499, 558, "以工代赈示范项目，劳务报酬发放比例不低于30%"),
    ("康县", "-", 423, "省级资金单独下达"),
    ("西和县", 799, 447, ""),
    ("礼县", 1056, 538, ""),
    ("徽县", 1098, "-", ""),
    ("两当县", 1695, None, ""),
    ("会宁县", 1318, 284, "含2022年结转任务"),
    ("靖远县", 2469, 576, ""),
]


def gansu_two_tables() -> Notice:
    """Gansu, 附件1 and 附件2: full-width digits, heading rows + 小计 + 合计, ruled table 1;
    empty and dash cells, a wrapped remark, centred names, unruled table 2; long name wraps."""
    t1_cols = [
        Column("name", "市县名", "name", 150.0),
        Column("amount", "金额", "amount", 100.0),
        Column("remark", "备注", "remark", 110.0),
    ]
    groups = [Group(city, tuple(Item(n, {"amount": D(a)}) for n, a in items))
              for city, items in GANSU_MINORITY]
    rows1 = build_rows(groups, ["amount"],
                       RowLayout(totals="after", total_label="合计", subtotal_label="小计"))
    title1 = "2023年少数民族发展任务资金分配表"
    t1 = Table("附件1", title1, "单位：万元", t1_cols, rows1,
               style={"ruled": True, "number_format": "fullwidth"})

    t2_cols = [
        Column("name", "县（区）", "name", 100.0),
        Column("central", "中央资金", "amount", 90.0),
        Column("provincial", "省级资金", "amount", 90.0),
        Column("remark", "备注", "remark", 150.0),
    ]

    def cell(v):
        return D(v) if isinstance(v, int) else v

    items = [Item(n, {"central": cell(c), "provincial": cell(p)}, r)
             for n, c, p, r in GANSU_WORK_RELIEF]
    rows2 = flat_rows(items, ["central", "provincial"], "合计")
    title2 = "2023年以工代赈任务资金分配表"
    t2 = Table("附件2", title2, "单位：万元", t2_cols, rows2,
               style={"ruled": False, "name_align": "center"})
    return Notice(
        name="gansu-two-tables-fullwidth-dash-wrap",
        issuer_mark="甘肃省乡村振兴局文件",
        doc_number="甘乡振发〔2023〕12号",
        title_lines=["甘肃省乡村振兴局关于下达2023年少数民族发展",
                     "任务资金和以工代赈任务资金的通知"],
        addressee="各市（州）乡村振兴局：",
        body=_short_body("2023年少数民族发展任务资金和以工代赈任务资金"),
        attachments=[title1, title2],
        signature="甘肃省乡村振兴局",
        date="2023年4月20日",
        publish_note="（此件公开发布）",
        tables=[t1, t2],
        options=RenderOptions(furniture="full", page_number="hyphen", padding="none"),
        families=["two tables (附件1, 附件2), each with its own label, title and unit",
                  "another province (甘肃省)", "furniture=full", "page-number=hyphen",
                  "padding=none", "table 1: ruled, full-width digits (１２３４), city heading "
                  "rows without amounts, 小计 after each city, 合计 last, a long name that "
                  "wraps (积石山保安族东乡族撒拉族自治县)",
                  "table 2: unruled, centred names, empty cells and dash cells (— and -), "
                  "a remark that wraps onto a second line, 合计 first, no subtotals"],
        description="Synthetic Gansu notice with invented amounts.",
    )


# An older Shanxi notice: names that repeat across prefectures (城区, 郊区), a county under its
# pre-2018 name (大同县, now 云州区 140215), a county listed under the wrong prefecture (盂县 under
# 太原市) and a name that is no division (高新区).
SHANXI_2017 = [
    ("太原市", [("娄烦县", 2100, Z), ("阳曲县", 1650, _), ("盂县", 900, _)]),
    ("大同市", [("大同县", 3120, Z), ("阳高县", 2870, Z), ("天镇县", 3310, Z)]),
    ("阳泉市", [("城区", 420, _), ("郊区", 980, _), ("平定县", 1230, _)]),
    ("长治市", [("武乡县", 2640, Z), ("高新区", 300, _)]),
    ("晋城市", [("城区", 510, _), ("沁水县", 1180, _), ("陵川县", 1920, _)]),
]


def shanxi_divisions_aliases() -> Notice:
    """Division-code resolution: repeated names, a renamed county, a misplaced and an unknown name."""
    cols = [
        Column("name", "市县名", "name", 130.0),
        Column("central", "中央资金", "amount", 110.0),
        Column("remark", "备注", "remark", 150.0),
    ]
    groups = [Group(city, tuple(Item(n, {"central": D(a)}, r) for n, a, r in items))
              for city, items in SHANXI_2017]
    rows = build_rows(groups, ["central"], RowLayout())
    title = "2017年中央财政专项扶贫资金分配表"
    table = Table("附件", title, "单位：万元", cols, rows)
    return Notice(
        name="shanxi-divisions-aliases",
        issuer_mark="山西省财政厅文件",
        doc_number="晋财农〔2017〕88号",
        title_lines=["山西省财政厅关于下达2017年中央财政", "专项扶贫资金的通知"],
        addressee="各市财政局，有关县（市、区）财政局：",
        body=_short_body("2017年中央财政专项扶贫资金"),
        attachments=[title],
        signature="山西省财政厅",
        date="2017年5月12日",
        publish_note="（此件公开发布）",
        tables=[table],
        options=RenderOptions(padding="ideographic", ruled=True),
        families=["division codes: 城区 under 阳泉市 (140302) and under 晋城市 (140502), 郊区 (140311)",
                  "renamed county: 大同县 → 云州区 140215 (alias)",
                  "misplaced county: 盂县 listed under 太原市 (misplaced_region)",
                  "unknown name: 高新区 (unknown_region)"],
        description="Synthetic 2017 Shanxi notice exercising GB/T 2260 resolution in context.",
    )


# ----------------------------------------------------------------------------------------------
# notices that look a little different (issue 14): header words outside the reader's vocabulary,
# no header on a continuation page, a 版记 under the table, an issuer mark in radicals.

# Shaanxi prefectures and counties (GB/T 2260 names); amounts are invented (whole 万元).
SHAANXI = [
    ("延安市", ["宝塔区", "安塞区", "延长县", "延川县", "志丹县", "吴起县", "甘泉县", "富县", "洛川县",
               "宜川县", "黄龙县", "黄陵县", "子长市"]),
    ("榆林市", ["榆阳区", "横山区", "府谷县", "靖边县", "定边县", "绥德县", "米脂县", "佳县", "吴堡县",
               "清涧县", "子洲县", "神木市"]),
    ("汉中市", ["汉台区", "南郑区", "城固县", "洋县", "西乡县", "勉县", "宁强县", "略阳县", "镇巴县",
               "留坝县", "佛坪县"]),
    ("安康市", ["汉滨区", "汉阴县", "石泉县", "宁陕县", "紫阳县", "岚皋县", "平利县", "镇坪县", "白河县",
               "旬阳市"]),
    ("商洛市", ["商州区", "洛南县", "丹凤县", "商南县", "山阳县", "镇安县", "柞水县"]),
]


def invented_amount(name: str, salt: int = 0) -> D:
    """A stable invented whole amount (300-9,299 万元) for a county name."""
    return D(300 + (sum(ord(c) * (k + 3) for k, c in enumerate(name)) * 37 + salt * 101) % 9000)


def shaanxi_groups(cities=None, salt: int = 0) -> List[Group]:
    cities = cities or [c for c, _ in SHAANXI]
    return [Group(city, tuple(Item(n, {"central": invented_amount(n, salt)}) for n in names))
            for city, names in SHAANXI if city in cities]


def unseen_header_words() -> Notice:
    """Header words the reader does not know, changing from page to page, and a continuation page
    without any furniture: a 序号 column, 实施县 / 县区名称 / (none) / 单位 over the name column."""
    cols = [
        Column("no", "序号", "index", 40.0),
        Column("name", "实施县", "name", 130.0),
        Column("central", "下达资金", "amount", 110.0),
        Column("remark", "附注", "remark", 120.0),
    ]
    rows = build_rows(shaanxi_groups(), ["central"], RowLayout())
    title = "2023年财政衔接推进乡村振兴补助资金（第二批）分配表"
    table = Table("附件", title, "单位：万元", cols, rows, forced_breaks=(20, 36, 50),
                  page_headers={2: ("序号", "县区名称", "下达资金", "附注"), 3: None,
                                4: ("编号", "单位", "金额", "说明")})
    return Notice(
        name="unseen-header-words",
        issuer_mark="陕西省乡村振兴局文件",
        doc_number="陕乡振发〔2023〕27号",
        title_lines=["陕西省乡村振兴局关于下达2023年财政衔接推进", "乡村振兴补助资金（第二批）的通知"],
        addressee="各设区市乡村振兴局：",
        body=_short_body("2023年财政衔接推进乡村振兴补助资金（第二批）"),
        attachments=[title],
        signature="陕西省乡村振兴局",
        date="2023年5月18日",
        publish_note="（此件主动公开）",
        tables=[table],
        options=RenderOptions(furniture="full", padding="ascii"),
        families=["header words outside the vocabulary: 实施县 over the name column, 附注",
                  "a 序号 column left of the names (numbers on county rows only)",
                  "the header differs between pages: 县区名称 on p. 2 of the table, 编号/单位/金额/说明 "
                  "on p. 4", "a continuation page with no title, unit or header (p. 3 of the table)",
                  "another province (陕西省)"],
        description="Synthetic Shaanxi notice with invented amounts; every sum reconciles.",
    )


def unseen_colophon() -> Notice:
    """The 版记 (抄送, 印发) printed right under the table on its last page."""
    cols = [
        Column("name", "县区", "name", 130.0),
        Column("central", "资金数额", "amount", 110.0),
        Column("remark", "备注", "remark", 150.0),
    ]
    rows = build_rows(shaanxi_groups(["安康市", "商洛市"], salt=1), ["central"],
                      RowLayout(totals="after", total_label="合计", subtotal_label="{city}合计"))
    title = "2023年以工代赈中央预算内投资计划分配表"
    table = Table("附件", title, "单位：万元", cols, rows)
    return Notice(
        name="unseen-colophon",
        issuer_mark="陕西省发展和改革委员会文件",
        doc_number="陕发改振兴〔2023〕412号",
        title_lines=["陕西省发展和改革委员会关于下达2023年", "以工代赈中央预算内投资计划的通知"],
        addressee="安康市、商洛市发展改革委：",
        body=_short_body("2023年以工代赈中央预算内投资计划"),
        attachments=[title],
        signature="陕西省发展和改革委员会",
        date="2023年4月3日",
        publish_note="",
        tables=[table],
        colophon=["抄送：省财政厅。",
                  "陕西省发展和改革委员会办公室\t2023年4月4日印发"],
        options=RenderOptions(furniture="full", padding="ascii"),
        families=["版记 under the table on its last page: 抄送 (wrapped list, full stop) and the "
                  "print line (office left, date right), between rules",
                  "no disclosure note", "totals after their items: XX市合计, 合计 last"],
        description="Synthetic Shaanxi notice with invented amounts; every sum reconciles.",
    )


def unseen_issuer_radicals() -> Notice:
    """The issuer mark's text layer in Kangxi radicals: ⽂ (U+2F42) in 文件."""
    cols = [
        Column("name", "市县名", "name", 130.0),
        Column("central", "中央资金", "amount", 110.0),
        Column("remark", "备注", "remark", 150.0),
    ]
    rows = build_rows(shaanxi_groups(["汉中市"], salt=2), ["central"], RowLayout())
    title = "2023年中央财政衔接推进乡村振兴补助资金分配表"
    table = Table("附件", title, "单位：万元", cols, rows)
    return Notice(
        name="unseen-issuer-radicals",
        issuer_mark="陕西省财政厅\u2F42件",
        doc_number="陕财办农〔2023〕9号",
        title_lines=["陕西省财政厅关于下达2023年中央财政衔接", "推进乡村振兴补助资金的通知"],
        addressee="汉中市财政局：",
        body=_short_body("2023年中央财政衔接推进乡村振兴补助资金"),
        attachments=[title],
        signature="陕西省财政厅",
        date="2023年2月20日",
        publish_note="（此件公开发布）",
        tables=[table],
        options=RenderOptions(),
        families=["issuer mark in Kangxi radicals: 陕西省财政厅⽂件 (U+2F42 KANGXI RADICAL SCRIPT "
                  "in the text layer; the glyph drawn is 文)"],
        description="Synthetic Shaanxi notice with invented amounts; every sum reconciles.",
    )


# Batches: files read together (Fixtures/batches/NAME/), for notices with several sources.

PORTAL_ATTACHMENT_TITLE = "2023年以工代赈中央预算内投资计划分配表"


def portal_link_attachment() -> Notice:
    """The PDF a portal page links to as its only table (附件：<a href="…/P020230519372831.pdf">):
    no body pages, only the attachment label, title, unit and table, saved under the link's name."""
    cols = [
        Column("name", "县（区）", "name", 130.0),
        Column("central", "计划投资", "amount", 110.0),
        Column("remark", "备注", "remark", 150.0),
    ]
    rows = build_rows(shaanxi_groups(["延安市", "榆林市"], salt=3), ["central"],
                      RowLayout(total_label="合计", subtotal_label="{city}小计"))
    table = Table("附件", PORTAL_ATTACHMENT_TITLE, "单位：万元", cols, rows)
    return Notice(
        name="P020230519372831",
        issuer_mark="", doc_number="", title_lines=[], addressee="", body=[], attachments=[],
        signature="陕西省发展和改革委员会", date="", publish_note="",
        tables=[table],
        options=RenderOptions(attachment_only=True),
        families=["attachment only (no body pages), the table a portal page links to"],
        description="The linked attachment of Fixtures/batches/portal-link/portal-article.html.",
        folder="batches/portal-link",
    )


def two_pdfs(edition: str) -> Notice:
    """Two different PDFs with one doc number: the notice as first issued (a) and a reprint (b)
    in which one county's amount and its subtotal and total differ."""
    cols = [
        Column("name", "市县名", "name", 130.0),
        Column("central", "中央资金", "amount", 110.0),
        Column("remark", "备注", "remark", 150.0),
    ]
    groups = shaanxi_groups(["安康市", "商洛市"], salt=4)
    if edition == "b":
        groups = [Group(g.name, tuple(Item(i.name, {"central": i.values["central"] + (100 if i.name == "石泉县" else 0)})
                                      for i in g.items)) for g in groups]
    rows = build_rows(groups, ["central"], RowLayout())
    title = "2023年中央财政衔接推进乡村振兴补助资金（第三批）分配表"
    table = Table("附件", title, "单位：万元", cols, rows)
    return Notice(
        name=f"two-pdfs-{edition}",
        issuer_mark="陕西省财政厅文件",
        doc_number="陕财办农〔2023〕57号",
        title_lines=["陕西省财政厅关于下达2023年中央财政衔接", "推进乡村振兴补助资金（第三批）的通知"],
        addressee="安康市、商洛市财政局：",
        body=_short_body("2023年中央财政衔接推进乡村振兴补助资金（第三批）"),
        attachments=[title],
        signature="陕西省财政厅",
        date="2023年8月14日",
        publish_note="（此件公开发布）",
        tables=[table],
        families=["two different PDFs with the same doc number" + (" (the reprint: 石泉县 +100, carried "
                  "into 安康市小计 and 全省合计)" if edition == "b" else " (as first issued)")],
        description="Synthetic Shaanxi notice with invented amounts; each edition reconciles on its own.",
        folder="batches/two-pdfs",
    )


FIXTURES: Dict[str, Callable[[], Notice]] = {
    "jxzf-2022-125": lambda: jxzf_2022_125(False),
    "jxzf-2022-125-misprint": lambda: jxzf_2022_125(True),
    "jxzf-2022-125-gbt9704": lambda: jxzf_2022_125(False, gbt9704=True),
    "ideographic-ruled-multicol-radicals": ideographic_ruled_multicol_radicals,
    "distributed-twolevel-decimal-after": distributed_twolevel_decimal_after,
    "gansu-two-tables-fullwidth-dash-wrap": gansu_two_tables,
    "shanxi-divisions-aliases": shanxi_divisions_aliases,
    "unseen-header-words": unseen_header_words,
    "unseen-colophon": unseen_colophon,
    "unseen-issuer-radicals": unseen_issuer_radicals,
    "P020230519372831": portal_link_attachment,
    "two-pdfs-a": lambda: two_pdfs("a"),
    "two-pdfs-b": lambda: two_pdfs("b"),
}

def shaanxi_finance_notice(name: str, doc_number: str, date: str, tables: List[Table], options: RenderOptions,
                           families: List[str], description: str, folder: str) -> Notice:
    """A synthetic notice of 陕西省财政厅 on 中央财政衔接推进乡村振兴补助资金 carrying ``tables`` (the
    joins and blank-rows families); its 附件 line lists the tables that have a label."""
    return Notice(
        name=name,
        issuer_mark="陕西省财政厅文件",
        doc_number=doc_number,
        title_lines=["陕西省财政厅关于下达中央财政衔接推进", "乡村振兴补助资金的通知"],
        addressee="各设区市财政局，有关县（市、区）财政局：",
        body=_short_body("中央财政衔接推进乡村振兴补助资金"),
        attachments=[t.title for t in tables if t.label],
        signature="陕西省财政厅",
        date=date,
        publish_note="（此件主动公开）",
        tables=tables,
        options=options,
        families=families,
        description=description,
        folder=folder,
    )


# Tables back to back whose titles differ in one part (Fixtures/joins/; join_specs imports this
# module's data, so it is registered last).
from .join_specs import JOIN_FIXTURES  # noqa: E402

FIXTURES.update(JOIN_FIXTURES)

# Label-ordered tables with a county printed blank (Fixtures/blank-rows/).
from .blank_specs import BLANK_FIXTURES  # noqa: E402

FIXTURES.update(BLANK_FIXTURES)

