/// Short Chinese headers of the dataset's columns (文号 for doc_number), for spreadsheets and the
/// report; the descriptions in the data package are sentences, too long for a header.
public enum ColumnLabel {
    /// The header of the column named `name`; the name itself when it has none.
    public static func zh(_ name: String) -> String { labels[name] ?? name }

    private static let labels = [
        "notice_id": "通知标识", "doc_number": "文号", "issuer": "发文机关", "title": "标题", "date": "成文日期",
        "source_file": "来源文件", "source_sha256": "文件SHA-256", "source_url": "来源网址", "page_count": "页数",
        "table_count": "表格数", "row_count": "行数", "finding_count": "发现数", "agency_code": "机关代字",
        "doc_year": "发文年份", "doc_serial": "发文序号", "signature": "署名", "addressees": "主送机关",
        "fund_year": "资金年度", "fund_name": "资金名称", "attachments": "附件", "disclosure": "公开属性",
        "copy_to": "抄送", "print_line": "印发机关和日期",
        "table_no": "表序号", "row_no": "行序号", "column_no": "列序号", "page": "页码", "level": "层级", "name": "名称",
        "region": "地区", "division_code": "区划代码", "parent_code": "上级区划代码", "column_name": "金额列",
        "amount": "金额", "unit": "单位", "remark": "备注", "division_match": "区划匹配方式", "raw_name": "原始名称",
        "table_title": "表题", "attachment": "附件标签",
        "finding_no": "发现序号", "check_name": "规则", "severity": "严重程度", "stated": "印刷值", "computed": "计算值",
        "difference": "差额", "message": "说明", "message_zh": "说明（中文）", "finding_id": "发现标识", "cell_id": "单元格标识",
        "citation_no": "引用序号", "fund_source": "资金来源", "region_full_name": "地区全称",
        "document_kind": "文件类型", "code": "科目编码", "printed_code": "科目编码（印刷）", "depth": "层级深度",
        "parent_row": "上级行", "column_path": "表头路径", "hierarchy_signal": "层级依据", "side": "收支侧",
        "table_kind": "表类型", "reference_no": "被引文件序号", "source_no": "来源序号", "file": "文件", "kind": "类型",
        "sha256": "SHA-256", "role": "作用", "attachment_no": "附件序号", "label": "附件标签", "file_name": "文件名",
        "url": "网址", "related_table_no": "对照表序号", "related_row_no": "对照行序号", "related_page": "对照页码",
        "related_name": "对照名称", "related_column_name": "对照金额列", "related_value": "对照值", "quote": "正文引句",
        "amount_source": "金额来源", "min_confidence": "最低识别置信度", "scanned": "图像识别页",
        "relation_no": "关系序号", "relation_kind": "关系类型", "part_rows": "组成行", "part_columns": "组成列",
        "status": "核对结果", "reason": "原因", "compiler": "编制部门",
    ]

    /// True when the column named `name` has a Chinese header.
    public static func has(_ name: String) -> Bool { labels[name] != nil }
}
