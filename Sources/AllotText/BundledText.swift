/// The reference data AllotText uses, compiled into allot: the Equivalent_Unified_Ideograph table.
public enum BundledText {
    /// Builds the compiled tables or throws naming the data file. Called before any work, so that a
    /// damaged build stops the run instead of silently switching radical normalization off.
    public static func verify() throws(NormalizeError) {
        _ = try EquivalentIdeographs.loaded.get()
    }
}
