/// What placed a row in its table's hierarchy (recorded per row in the dataset).
public enum HierarchySignal: String, Sendable, Hashable, Codable, CaseIterable {
    /// Its label: 合计, 总计, 太原市小计, a bare 小计 under a group heading.
    case label
    /// A classification code: 201 → 20106 → 2010601, 301 → 30101.
    case code
    /// List numbering: 一、 → （一） → 1. → (1).
    case numbering
    /// The label's indentation.
    case indentation
    /// A 其中 row: a breakdown of the row above, never an addend of that row's parent.
    case breakdown
}

extension HierarchySignal {
    /// The signals that placed any of `rows`, by name (a set of them, not one entry a row: made
    /// from every row's signal, the set of a 100,000-row table was reserved at 100,000).
    public static func used(in rows: [AllocationRow]) -> [HierarchySignal] {
        var used: Set<HierarchySignal> = []
        for row in rows {
            if let signal = row.hierarchySignal { used.insert(signal) }
        }
        return used.sorted { $0.rawValue < $1.rawValue }
    }

    /// The signal's Chinese name, as the data package describes `hierarchy_signal`.
    public var nameZH: String {
        switch self {
        case .label: "行名称"
        case .code: "科目编码"
        case .numbering: "序号"
        case .indentation: "缩进"
        case .breakdown: "其中行"
        }
    }
}
