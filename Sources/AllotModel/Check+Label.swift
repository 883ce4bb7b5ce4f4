/// Chinese labels of checks and severities: one place, next to the enums, so a new check gets its
/// label where it is declared (the data package, the report and `--lang zh` read them from here).
extension Check {
    /// The check's Chinese label (小计与明细之和不符).
    public var labelZH: String {
        switch self {
        case .subtotal: "小计与明细之和不符"
        case .total: "合计与小计之和不符"
        case .crossfoot: "行内合计与各项之和不符"
        case .unplacedItem: "无法归属的明细行"
        case .emptySubtotal: "无明细的小计"
        case .duplicateRow: "重复行"
        case .invalidAmount: "无效金额"
        case .negativeAmount: "负数金额"
        case .unknownRegion: "无法识别的地区"
        case .misplacedRegion: "地区归属不符"
        case .sourceMismatch: "PDF 与网页版本不一致"
        case .unreadablePage: "页面无法读取"
        case .missingPage: "缺页"
        case .emptyPage: "空白页"
        case .noTable: "无分配表"
        case .incompleteTable: "表格不完整"
        case .conflictingSources: "同一文号的来源文件相互矛盾"
        case .ocrCorrected: "识别数字经核算更正"
        case .ocrNameCorrected: "识别地名经区划核对更正"
        case .ocrConfirmed: "识别数字经独立复核确认"
        case .ocrUncertain: "识别结果存疑"
        case .formulaMismatch: "公式缓存值与所引单元格之和不符"
        case .formulaConfirmed: "求和公式与层级一致"
        case .formulaUncomputed: "公式结果可能未重新计算，未作核对"
        case .hiddenSkipped: "已略去隐藏的工作表、行或列"
        case .displayRounded: "显示格式隐去了小数位"
        case .structureUnrecognized: "表格结构未能确认"
        case .rounding: "舍入差异"
        case .unplacedText: "无法归位的单元格"
        case .nonAmount: "非金额内容"
        case .balance: "收支两侧总计不符"
        case .charsetMismatch: "网页声明的字符集与内容不符"
        case .crossTable: "表间数字不一致"
        case .textTable: "文字说明与表格数字不一致"
        case .textPercentage: "文字说明中的百分比与其数字不符"
        case .percentageTruncated: "百分比截尾而非四舍五入"
        case .citation: "与所引文件的分配数对照"
        case .citationMismatch: "与所引文件的分配数不符"
        case .rulesRendered: "表格线改从渲染页面识别"
        }
    }
}

extension Severity {
    /// The severity's Chinese label (错误, 警告, 提示).
    public var labelZH: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .note: "提示"
        }
    }
}
