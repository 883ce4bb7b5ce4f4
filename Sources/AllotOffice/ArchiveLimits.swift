/// Limits that keep a hostile ZIP (a zip bomb, a member count in the millions, archives nested
/// in archives) from exhausting memory or time. Sizes are counted as the data is inflated, not
/// taken from the headers, which a bomb can fake.
public struct ArchiveLimits: Sendable, Hashable {
    /// Most bytes one member may inflate to.
    public var maximumMemberBytes: UInt64 = 256 << 20
    /// Most bytes all members read from one archive may inflate to.
    public var maximumTotalBytes: UInt64 = 1 << 30
    /// Highest inflated/compressed ratio of a member larger than `ratioFloorBytes`.
    public var maximumRatio: UInt64 = 200
    /// Members smaller than this are not held to the ratio (tiny parts compress very well).
    public var ratioFloorBytes: UInt64 = 1 << 20
    /// Most members an archive may list.
    public var maximumMembers: Int = 10_000
    /// Most levels of archives inside archives.
    public var maximumNesting: Int = 2

    /// The defaults.
    public init() {}
}
