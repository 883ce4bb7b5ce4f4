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


def jxzf_2022_125(misprint: bool = False) -> Notice:
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
    name = "jxzf-2022-125" + ("-misprint" if misprint else "")
    desc = ("Faithful replica of 晋乡振发〔2022〕125号 (body pages 1-2, attachment table pages 3-5, "
            "rows split across pages exactly as in the reference).")
    fam = ["furniture=full", "page-number=emdash", "padding=ascii", "unruled",
           "single amount column", "totals before items (全省合计, XX市小计)",
           "subtotal group straddling a page break"]
    if misprint:
        desc = ("The same notice with two misprints: 运城市小计 26989 (true 26899; printed on "
                "page 3, its counties on page 4) and 全省合计 403255 (true 403155).")
        fam = fam + ["injected subtotal + total mismatch"]
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
        options=RenderOptions(),
        families=fam,
        description=desc,
        expected_schema="short",
    )


FIXTURES: Dict[str, Callable[[], Notice]] = {
    "jxzf-2022-125": lambda: jxzf_2022_125(False),
    "jxzf-2022-125-misprint": lambda: jxzf_2022_125(True),
}
