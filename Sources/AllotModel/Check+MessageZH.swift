extension Check {
    /// The Chinese message of a finding of this check, with the same `{slot}` blanks as `template`
    /// (the dataset's `message_zh`; `message` keeps the English). Slot values given by whoever makes
    /// the finding (a reason, a detail) stay as they were written.
    public var templateZH: String {
        switch self {
        case .subtotal: "{name} {column}：印刷值 {stated}，其明细之和为 {computed}（差额 {difference}）{detail}"
        case .total: "{name} {column}：印刷值 {stated}，其小计与直属明细之和为 {computed}（差额 {difference}）{detail}"
        case .crossfoot: "{name}：{column} 印刷值 {stated}，{parts} = {computed}（差额 {difference}）"
        case .unplacedItem: "{name} 无法归入任何小计"
        case .emptySubtotal: "{name} 下没有明细行"
        case .duplicateRow: "{name} 在同一上级下列出两次（第 {first} 行和第 {row} 行）"
        case .invalidAmount: "不是金额：“{text}”（{reason}）"
        case .negativeAmount: "负数金额 {text}"
        case .unknownRegion: "{subject}：{reason}"
        case .misplacedRegion: "{name}（{code}）属于 {actual}，不属于 {listed}"
        case .sourceMismatch: "{name} {column}：{pdf}，{html}（{file}）"
        case .unreadablePage: "第 {page} 页无法读取（PDF 对象损坏）"
        case .missingPage: "第 {page} 页位于表 {table} 内但没有文字：该页的行缺失（内容损坏或仅有图像）"
        case .emptyPage: "第 {page} 页没有文字"
        case .noTable: "未找到分配表，仅有元数据"
        case .incompleteTable: "表 {table} 可能不完整：{reason}；依赖它的合计未核对"
        case .conflictingSources: "两个不同的文件都是 {subject}：{file}（保留）和 {text}；{detail}"
        case .ocrCorrected:
            "OCR 识别为 {text}，更正为 {detail}：{other}（第 {page} 页，区域 {reason}）"
        case .ocrNameCorrected:
            "OCR 识别为 {text}，更正为 {detail}：{other} {subject} 下辖的区划（第 {page} 页，区域 {reason}）"
        case .ocrConfirmed:
            "{name} {column}：印刷的 {stated} 及其合计所涉 {text} 个数字均经单独重新识别（单独裁切、放大、二值化，两种模型），读数一致，"
                + "且没有其他读法能使合计成立：{subject} 是文件本身的问题，并非识别错误"
        case .ocrUncertain: "{subject} 为 OCR 识别结果，存疑，并非文件本身的错误：{detail}{reason}"
        case .formulaMismatch:
            "{name} {column}：文件存储的 ={text} 计算结果为 {stated}，但其引用单元格之和为 {computed}（差额 {difference}）"
        case .formulaConfirmed: "{text} 个求和公式所引的行与层级所加总的行完全一致，且与缓存值相符"
        case .formulaUncomputed: "工作表 {subject}：文件存储的 {text} 个公式结果可能不是最新的（{reason}），未与其所引单元格核对{other}"
        case .hiddenSkipped: "工作表 {subject}：{reason}"
        case .displayRounded: "工作表 {subject}：{text} 个数字单元格显示的小数位少于存储值；采用存储值"
        case .structureUnrecognized: "{reason}"
        case .rounding: "{name} {column}：印刷值 {stated}，各部分之和为 {computed}；差额在印刷精度的舍入范围内（{reason}）"
        case .unplacedText: "未能归位的单元格（金额列中的文字或两个单元格）：“{text}”"
        case .nonAmount: "非金额的填写内容，不视为印错：“{text}”（{reason}）"
        case .balance: "{name} {column} 印刷值 {stated}，而 {subject} 为 {computed}（差额 {difference}）"
        case .charsetMismatch: "网页{detail}，但其字节按 {code} 解读；已按 {code} 读取"
        case .crossTable: "{name} {column}：印刷值 {text}，而 {other} 印刷为 {detail}（换算为 {reason} 后差额 {difference}）"
        case .textTable: "{subject}：正文（第 {first} 页）称 {text}，表中 {other} 为 {detail}（差额 {difference}，单位 {reason}）"
        case .textPercentage: "{subject}（{reason}）：正文（第 {first} 页）称 {text}，按其数字计算为 {detail}{other}（相差 {difference} 个百分点）"
        case .percentageTruncated: "{subject}（{reason}）：正文（第 {first} 页）称 {text}，按其数字计算为 {detail}{other}：截去尾数，而非四舍五入"
        case .citation: "{subject}：本文件 {text}，所引 {other} 中为 {detail}（{reason}）"
        case .citationMismatch: "{subject}：本文件 {text}，但所引 {other} 中为 {detail}（差额 {difference}）"
        case .rulesRendered: "第 {page} 页的表格线无法从其矢量路径读取，已改从渲染的页面识别"
        }
    }

    /// The Chinese message of an arithmetic finding whose printed cell is empty while its parts are not.
    public static let printedEmptyTemplateZH = "{name} {column} 印刷为空，但其各部分之和为 {computed}"
}
