/// The tier of an administrative division.
public enum DivisionLevel: String, Hashable, Sendable, Codable, CaseIterable {
    /// Province, autonomous region or municipality (山西省), code `PP0000`.
    case province
    /// Prefecture-level unit (太原市, 临夏回族自治州), code `PPCC00`.
    case prefecture
    /// County-level unit (盂县, 城区, 古交市), code `PPCCAA`.
    case county
}

/// An administrative division with its GB/T 2260 code.
public struct Division: Hashable, Sendable {
    /// Six-digit code (140322).
    public var code: String
    /// Official name (盂县).
    public var name: String
    /// Tier.
    public var level: DivisionLevel
    /// Six-digit code of the division above; nil for a province.
    public var parentCode: String?

    /// Creates a division.
    public init(code: String, name: String, level: DivisionLevel, parentCode: String?) {
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
    }

    /// Six-digit code of the province the division belongs to (140000).
    public var provinceCode: String { DivisionResolver.leading(code, 2) + "0000" }
}

/// A former name that still appears in notices, and the division it now belongs to.
public struct DivisionAlias: Hashable, Sendable {
    /// The old name as notices print it (大同县).
    public var oldName: String
    /// Six-digit code of the current division (140215).
    public var code: String
    /// Six-digit code of its province (140000).
    public var provinceCode: String
    /// What happened and when (renamed 云州区 in 2018).
    public var note: String

    /// Creates an alias.
    public init(oldName: String, code: String, provinceCode: String, note: String) {
        self.oldName = oldName
        self.code = code
        self.provinceCode = provinceCode
        self.note = note
    }
}
