/// Words and marks by which the parts of an official document are recognized.
enum DocumentWords {
    /// Document types a title ends with (GB/T 9704 and common practice), longest first.
    static let titleEndings = [
        "实施细则", "实施方案", "工作要点", "通知", "通报", "通告", "公告", "公报", "决定", "决议", "意见", "批复",
        "复函", "报告", "请示", "办法", "方案", "规定", "细则", "规划", "计划", "命令", "议案", "纪要", "要点",
        "指引", "指南", "清单", "答复", "函", "令",
    ]

    /// True when the compact text ends like a title.
    static func endsTitle(_ compact: String) -> Bool {
        titleEndings.contains { compact.hasSuffix($0) }
    }

    /// True when the compact text ends with a colon (NFKC has folded `：` to `:`).
    static func endsWithColon(_ compact: String) -> Bool {
        compact.hasSuffix(":") || compact.hasSuffix("：")
    }

    /// True when the compact text ends a sentence, so it cannot be a title or addressee.
    static func endsSentence(_ compact: String) -> Bool {
        ["。", "；", ";"].contains { compact.hasSuffix($0) }
    }

    /// True when the compact text ends a clause: a wrapped addressee list may, a title line may not.
    static func endsClause(_ compact: String) -> Bool {
        ["，", ","].contains { compact.hasSuffix($0) }
    }

    /// Lead-ins of the closing parts (附件说明, 版记) that never start a title or addressee line.
    static func startsClosingPart(_ compact: String) -> Bool {
        ["附件", "抄送", "抄报", "主题词", "签发人"].contains { compact.hasPrefix($0) }
    }
}
