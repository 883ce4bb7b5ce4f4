#!/usr/bin/env python3
"""Regenerate the HTML notice fixtures under Fixtures/html/ (standard library only).

    python3 Scripts/make_html_fixtures.py            # write every fixture
    python3 Scripts/make_html_fixtures.py --check    # exit 1 if a committed fixture differs

Sources:
* body text of 晋乡振发〔2022〕125号 from the reference text layer
  (/work/shared/reference/000_53a286ee3fd3d829.txt, or --reference PATH); its printed lines are
  joined back into paragraphs (a paragraph starts after a line ending in 。/：/） when the next line
  is indented, i.e. narrower than a full 28-character line, and at every 一、 heading);
* the 74 table rows from the hand-checked Fixtures/expected/jxzf-2022-125.csv;
* the title and date, which the reference text layer lacks, as in the PDF twin
  (Scripts/fixturegen/specs.py).
The other fixtures are small synthetic pages; every subtotal and total in them reconciles.
Output is deterministic: rerunning gives byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import html
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Fixtures" / "html"
EXPECTED = ROOT / "Fixtures" / "expected" / "jxzf-2022-125.csv"
REFERENCE = Path("/work/shared/reference/000_53a286ee3fd3d829.txt")

ISSUER_MARK = "山西省乡村振兴局文件"
DOC_NUMBER = "晋乡振发〔2022〕125号"
TITLE_LINES = ["山西省乡村振兴局关于提前下达2023年中央财政", "衔接推进乡村振兴补助资金计划的通知"]
SIGNATURE = "山西省乡村振兴局"
DATE = "2022年12月6日"
TABLE_TITLE = "提前下达2023年中央财政衔接推进乡村振兴补助资金计划表"
NBSP = "&nbsp;"
PORTAL_ATTACHMENT_TITLE = "2023年以工代赈中央预算内投资计划分配表"  # as in Scripts/fixturegen/specs.py

# (name, amount, remark, level) as in the expected CSV
Row = Tuple[str, str, str, str]


def width(line: str) -> float:
    """Printed width in em: ASCII digits are half width."""
    return sum(0.5 if ord(c) < 128 else 1 for c in line)


def body_paragraphs(reference: Path) -> List[str]:
    """The notice body (addressees … 此件公开发布) as paragraphs, from the printed lines."""
    lines = [l.strip().replace(" ", "") for l in reference.read_text(encoding="utf-8").splitlines() if l.strip()]
    start, end = lines.index("各市、有关县乡村振兴局："), lines.index("（此件公开发布）")
    heading = re.compile(r"^[一二三四五六七八九十]+、")
    paragraphs: List[str] = []
    previous = None
    for line in lines[start:end + 1]:
        bracketed = line.startswith("（") and line.endswith("）") and len(line) <= 12
        new = (previous is None or heading.match(line) or heading.match(previous) or bracketed
               or (previous.endswith(("。", "：", "）")) and width(line) <= 26.5))
        if new:
            paragraphs.append(line)
        else:
            paragraphs[-1] += line
        previous = line
    assert lines[lines.index(ISSUER_MARK) + 1] == DOC_NUMBER, "doc number not under the issuer mark"
    assert paragraphs[-1] == "（此件公开发布）" and paragraphs[-2].startswith("附件："), paragraphs[-2:]
    return paragraphs


def table_rows() -> List[Row]:
    with EXPECTED.open(encoding="utf-8", newline="") as f:
        rows = [(r["name"], r["amount"], r["remark"], r["level"]) for r in csv.DictReader(f)]
    assert len(rows) == 74, len(rows)
    return rows


def padded(name: str, pad: str) -> str:
    """Two-character names are printed with two spaces between the characters (盂  县)."""
    return name[0] + pad * 2 + name[1] if len(name) == 2 else name


def esc(text: str) -> str:
    return html.escape(text, quote=False)


# --- the portal page ------------------------------------------------------------------------

CHROME_HEAD = """\
<title>{title}_通知公告_山西省乡村振兴局</title>
<meta name="keywords" content="乡村振兴,衔接资金">
<link rel="stylesheet" href="/css/main.css">
<style>
.article-content p {{ text-indent: 2em; line-height: 1.8; }}
table.MsoNormalTable td {{ border: 1px solid #000; }}
</style>
<script>
var _hmt = _hmt || [];
/* statistics script; it even writes a table that must not be read */
document.write('<table><tr><td>地区</td><td>资金</td></tr><tr><td>合计</td><td>1</td></tr></table>');
</script>
"""

CHROME_TOP = """\
<div class="top-bar"><span>您好，欢迎访问山西省乡村振兴局网站！</span><a href="/login">登录</a> | <a href="/wza">无障碍</a></div>
<div class="header"><img src="/images/logo.png" alt="山西省乡村振兴局"></div>
<nav class="main-nav"><ul>
<li><a href="/">首页</a></li><li><a href="/jggk/">机构概况</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/tzgg/">通知公告</a></li><li><a href="/zcfg/">政策法规</a></li><li><a href="/hdjl/">互动交流</a></li>
</ul></nav>
"""

SIDEBAR = """\
<td class="sidebar" width="220" valign="top">
<div class="left-menu"><h3>政务公开</h3><ul>
<li><a href="/tzgg/">通知公告</a></li><li><a href="/zcwj/">政策文件</a></li><li><a href="/ghjh/">规划计划</a></li>
<li><a href="/zjgl/">资金管理</a></li></ul></div>
</td>
"""

CHROME_BOTTOM = """\
<div class="footer">
<p>主办：山西省乡村振兴局　地址：太原市迎泽区××路××号</p>
<p>版权所有 &copy; 山西省乡村振兴局　晋ICP备05005157号-1　网站标识码：1400000000</p>
</div>
"""


def portal_page(charset_meta: str, pad: str, rows: Sequence[Row], body: Sequence[str]) -> str:
    """A faithful portal page of the 125号 notice: chrome, a layout table, the notice, its table."""
    title = "".join(TITLE_LINES)
    out: List[str] = []
    w = out.append
    w("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n" + charset_meta + "\n")
    w(CHROME_HEAD.format(title=esc(title)))
    w("</head>\n<body>\n")
    w(CHROME_TOP)
    w('<table class="layout" width="1000" border="0" cellspacing="0" cellpadding="0" align="center">\n<tr>\n')
    w(SIDEBAR)
    w('<td class="main" valign="top">\n')
    w('<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>\n')
    w(f'<h1 class="article-title">{esc(title)}</h1>\n')
    w('<div class="article-info">发布时间：2022-12-08 16:32　来源：山西省乡村振兴局　浏览次数：1024'
      '　<span class="fontsize">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>\n')
    # The information table of the disclosure catalogue: a table, but not an allocation table.
    w('<table class="info-table" width="100%" border="1">\n'
      '<tr><th>索引号</th><td>11140000MB1951183J/2022-00125</td><th>主题分类</th><td>农业、林业、水利</td></tr>\n'
      '<tr><th>发布机构</th><td>山西省乡村振兴局</td><th>成文日期</th><td>2022-12-06</td></tr>\n'
      '</table>\n')
    w('<div class="article-content" id="zoom">\n')
    w(f'<p style="text-align:center;color:#c00;font-size:28pt;text-indent:0">{esc(ISSUER_MARK)}</p>\n')
    w(f'<p style="text-align:center;text-indent:0">{esc(DOC_NUMBER)}</p>\n')
    w(f'<p class="doc-title" style="text-align:center;text-indent:0"><strong>{esc(TITLE_LINES[0])}<br>\n'
      f'{esc(TITLE_LINES[1])}</strong></p>\n')
    w(f'<p style="text-indent:0">{esc(body[0])}</p>\n')
    for paragraph in body[1:-2]:
        if re.match(r"^[一二三四五六七八九十]+、", paragraph):
            w(f'<p><span style="font-family:黑体">{esc(paragraph)}</span></p>\n')
        else:
            w(f'<p>{esc(paragraph)}</p>\n')
    w(f'<p>{esc(body[-2])}</p>\n')
    w(f'<p style="text-align:right">{esc(SIGNATURE)}</p>\n')
    w(f'<p style="text-align:right">{esc(DATE)}</p>\n')
    w(f'<p>{esc(body[-1])}</p>\n')
    w('<p style="text-indent:0">附件</p>\n')
    w(f'<p align="center" style="text-indent:0"><b>{esc(TABLE_TITLE)}</b></p>\n')
    w('<p align="right">单位：万元</p>\n')
    w(word_table(rows, pad))
    w('<div class="attachment-files">附件下载：<a href="/uploadfiles/202212/jxzf2022125.pdf">'
      '晋乡振发〔2022〕125号.pdf</a></div>\n')
    w('</div>\n')
    w('<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>\n')
    w('<div class="print-close">【<a href="javascript:window.print()">打印本页</a>】'
      '【<a href="javascript:window.close()">关闭窗口</a>】</div>\n')
    w('</td>\n</tr>\n</table>\n')
    w(CHROME_BOTTOM)
    w("</body>\n</html>\n")
    return "".join(out)


def word_table(rows: Sequence[Row], pad: str) -> str:
    """The allocation table as a word processor exports it: <td> header, <p><span> in cells."""
    def cell(text: str, align: str, bold: bool = False) -> str:
        inner = f"<b>{text}</b>" if bold else text
        return (f'<td width="{ {"left": 160, "center": 140, "right": 180}[align] }" valign="middle">'
                f'<p class="MsoNormal" align="{align}"><span style="font-size:12pt">{inner}</span></p></td>')
    out = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="480">\n']
    out.append("<tr>" + cell("市县名", "center", True) + cell("中央资金", "center", True)
               + cell("备注", "center", True) + "</tr>\n")
    for name, amount, remark, _level in rows:
        out.append("<tr>" + cell(padded(esc(name), pad), "left") + cell(amount, "right")
                   + cell(esc(remark), "left") + "</tr>\n")
    out.append("</table>\n")
    return "".join(out)


# --- rowspan / colspan -----------------------------------------------------------------------

ROWSPAN_GROUPS = [("太原市", ["娄烦县", "阳曲县"]), ("阳泉市", ["盂县"]), ("晋城市", ["陵川县", "沁水县"])]
ROWSPAN_REMARKS = {"娄烦县": "资金管理型直管县", "盂县": "资金管理型直管县"}
SHARED_REMARK = ("陵川县", "沁水县", "统筹整合试点县")  # one remark cell spanning both rows


def rowspan_colspan_page(rows: Sequence[Row]) -> str:
    """地市 (rowspan over its counties) | 县（市、区） | 合计 | 其中: 中央资金, 省级资金 | 备注.
    中央资金 as in 125号; 省级资金 = 30% of it, rounded half up; 合计 = 中央 + 省级; sums reconcile."""
    central = {name: Decimal(amount) for name, amount, _r, _l in rows}
    def amounts(county: str) -> Tuple[Decimal, Decimal]:
        c = central[county]
        return c, (c * Decimal("0.3")).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    groups = []
    for city, counties in ROWSPAN_GROUPS:
        items = [(county, *amounts(county)) for county in counties]
        groups.append((city, items, sum(i[1] for i in items), sum(i[2] for i in items)))
    total_c = sum(g[2] for g in groups)
    total_p = sum(g[3] for g in groups)

    def nums(c: Decimal, p: Decimal) -> str:
        return f"<td>{c + p}</td><td>{c}</td><td>{p}</td>"
    out = ['<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
           '<title>关于下达2023年中央和省级财政衔接推进乡村振兴补助资金的通知</title>\n</head>\n<body>\n'
           '<div class="content">\n'
           '<p>晋乡振发〔2023〕31号</p>\n'
           '<p>山西省乡村振兴局关于下达2023年中央和省级财政衔接推进乡村振兴补助资金的通知</p>\n'
           '<p>太原市、阳泉市、晋城市乡村振兴局：</p>\n'
           '<p>现将2023年中央和省级财政衔接推进乡村振兴补助资金分配方案下达给你们，请按规定使用。</p>\n'
           '<p>附件</p>\n'
           '<table border="1">\n'
           '<caption>2023年中央和省级财政衔接推进乡村振兴补助资金分配表</caption>\n'
           '<thead>\n'
           '<tr><td colspan="6" align="right">单位：万元</td></tr>\n'
           '<tr><th rowspan="2">地市</th><th rowspan="2">县（市、区）</th><th rowspan="2">合计</th>'
           '<th colspan="2">其中</th><th rowspan="2">备注</th></tr>\n'
           '<tr><th>中央资金</th><th>省级资金</th></tr>\n'
           '</thead>\n<tbody>\n'
           f'<tr><td colspan="2">全省合计</td>{nums(total_c, total_p)}<td></td></tr>\n']
    for city, items, sub_c, sub_p in groups:
        out.append(f'<tr><td rowspan="{len(items) + 1}">{city}</td><td>小计</td>{nums(sub_c, sub_p)}<td></td></tr>\n')
        for county, c, p in items:
            if county == SHARED_REMARK[0]:
                remark = f'<td rowspan="2">{SHARED_REMARK[2]}</td>'
            elif county == SHARED_REMARK[1]:
                remark = ""  # covered by the cell above
            else:
                remark = f"<td>{ROWSPAN_REMARKS.get(county, '')}</td>"
            out.append(f"<tr><td>{padded(county, NBSP)}</td>{nums(c, p)}{remark}</tr>\n")
    out.append("</tbody>\n</table>\n</div>\n</body>\n</html>\n")
    return "".join(out)


# --- malformed and table-less pages -------------------------------------------------------------

MALFORMED = """\
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>关于下达2023年以工代赈中央预算内投资计划的通知</title>
<body>
<div class=content>
<p align=center>晋发改振兴发〔2023〕88号
<p>山西省发展和改革委员会关于下达2023年以工代赈中央预算内投资计划的通知
<p>有关市发展改革委：
<p>现将2023年以工代赈中央预算内投资计划下达给你们 & 请抓紧组织实施。</div></div>
<p align=right>山西省发展和改革委员会
<p align=right>2023年5月10日
<p><b>附件1</b>
<p><b>2023年以工代赈中央预算内投资计划表<i></b></i>
<p align=right>单位：万元
<table border=1 cellspacing=0>
<tr><td>序号<td>地区<td>投资计划<td>备注
<tr><td>1<td>合&nbsp;&nbsp;计<td>1,000<td>
<tr><td>2<td>大宁县<td>300<td>
</div>
<tr><td>3<td>永和县<td>450<td>新增
<tr><td>4<td>石楼县<td>250
</table>
</body>
"""

NO_TABLE = """\
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>山西省乡村振兴局关于做好2023年衔接资金项目管理工作的通知</title>
</head>
<body>
<div id="nav" class="navbar"><a href="/">首页</a> <a href="/tzgg/">通知公告</a></div>
<div class="article">
<h1>山西省乡村振兴局关于做好2023年衔接资金项目管理工作的通知</h1>
<table class="info" border="1">
<tr><td>发文机关</td><td>山西省乡村振兴局</td></tr>
<tr><td>发文字号</td><td>晋乡振函〔2023〕12号</td></tr>
<tr><td>成文日期</td><td>2023-02-20</td></tr>
</table>
<div class="TRS_Editor">
<p>山西省乡村振兴局文件</p>
<p>晋乡振函〔2023〕12号</p>
<p>山西省乡村振兴局关于做好2023年衔接资金<br>项目管理工作的通知</p>
<p>各市、有关县乡村振兴局：</p>
<p>为加强衔接推进乡村振兴补助资金项目管理，提高资金使用效益，现就有关事项通知如下。</p>
<p>一、及时完善项目库。各县要在3月底前完成年度项目入库工作。</p>
<p>二、加快资金支出进度。资金下达后要尽快落实到项目。</p>
<p>附件：<a href="/uploadfiles/202302/xmk.xlsx">2023年项目库入库情况统计表.xlsx</a></p>
<p style="text-align:right">山西省乡村振兴局</p>
<p style="text-align:right">2023年2月20日</p>
<p>（此件公开发布）</p>
</div>
</div>
<div class="footer">版权所有：山西省乡村振兴局</div>
</body>
</html>
"""


# A portal article page in the style of a government CMS (TRS WCM-like templates): the title only in
# <title> (with column and site name), <meta name="ArticleTitle"> and the article heading div; the
# date only in <meta name="PubDate"> and a 发布时间 line; the doc number in the disclosure info
# table; the table only as a link to a PDF that is saved in the same batch under the link's name.
PORTAL_LINK_TITLE = "陕西省发展和改革委员会关于下达2023年以工代赈中央预算内投资计划（第二批）的通知"
PORTAL_LINK = f"""\
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="陕西省发展和改革委员会" />
<meta name="SiteDomain" content="sndrc.shaanxi.gov.cn" />
<meta name="ColumnName" content="通知公告" />
<meta name="ArticleTitle" content="{PORTAL_LINK_TITLE}" />
<meta name="PubDate" content="2023-05-19 09:30" />
<meta name="ContentSource" content="陕西省发展和改革委员会" />
<title>{PORTAL_LINK_TITLE}_通知公告_陕西省发展和改革委员会</title>
<link href="/images/common.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="陕西省发展和改革委员会" /></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/tzgg/">通知公告</a></li></ul></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
<h2 class="column-name">通知公告</h2>
<div class="article">
<div class="article-title">{PORTAL_LINK_TITLE}</div>
<div class="article-info"><span>发布时间：2023-05-19 09:30</span>&nbsp;&nbsp;<span>来源：陕西省发展和改革委员会</span>&nbsp;&nbsp;<span>浏览次数：<script>document.write(1024)</script></span></div>
<table class="xxgk-info">
<tr><td>索引号：</td><td>11610000016000367X/2023-00188</td><td>主题分类：</td><td>综合政务</td></tr>
<tr><td>发文机关：</td><td>陕西省发展和改革委员会</td><td>发文字号：</td><td>陕发改振兴〔2023〕520号</td></tr>
</table>
<div class="article-content TRS_Editor">
<p>延安市、榆林市发展改革委：</p>
<p>根据国家发展改革委下达的2023年以工代赈中央预算内投资计划，现将第二批投资计划下达你们（详见附件），请按照以工代赈管理办法有关要求，及时将计划分解下达到具体项目，组织好项目实施。</p>
<p>一、各地要严格按照批复内容组织实施，不得擅自变更建设地点、调整建设内容。</p>
<p>二、各地要足额发放劳务报酬，劳务报酬占中央资金比例不低于30%。</p>
<p>附件：<a href="/uploadfiles/202305/P020230519372831.pdf" target="_blank">{PORTAL_ATTACHMENT_TITLE}.pdf</a></p>
</div>
</div>
<div class="share"><span>分享到：</span><a class="bds_weixin">微信</a></div>
</div>
<div class="footer">主办：陕西省发展和改革委员会　地址：西安市新城区新城大院</div>
</body>
</html>
"""
PORTAL_LINK_PATH = "../batches/portal-link/portal-article.html"


# --- main --------------------------------------------------------------------------------------

def fixtures(reference: Path) -> Dict[str, bytes]:
    body = body_paragraphs(reference)
    rows = table_rows()
    typo = [(n, "2059" if n == "沁水县" else a, r, l) for n, a, r, l in rows]
    assert typo != rows
    return {
        "jxzf-2022-125.html": portal_page('<meta charset="utf-8">', NBSP, rows, body).encode("utf-8"),
        "jxzf-2022-125-gbk.html": portal_page('<meta charset="gbk">', "\u3000", rows, body).encode("gbk"),
        "jxzf-2022-125-typo.html": portal_page('<meta charset="utf-8">', NBSP, typo, body).encode("utf-8"),
        "rowspan-colspan.html": rowspan_colspan_page(rows).encode("utf-8"),
        "malformed.html": MALFORMED.encode("utf-8"),
        "no-table.html": NO_TABLE.encode("utf-8"),
        PORTAL_LINK_PATH: PORTAL_LINK.encode("utf-8"),
    }


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    parser.add_argument("--reference", type=Path, default=REFERENCE, help="reference text layer of 125号")
    args = parser.parse_args(argv)
    stale = []
    for name, data in fixtures(args.reference).items():
        path = (OUT / name).resolve()
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(name)
            continue
        OUT.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")
    if stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
