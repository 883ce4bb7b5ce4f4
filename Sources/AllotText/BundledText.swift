/// The reference data AllotText ships: Unicode's Equivalent_Unified_Ideograph table.
public enum BundledText {
    /// Loads the bundled tables or throws naming the file. Called before any work, so that a broken
    /// installation stops the run instead of silently switching radical normalization off.
    public static func verify() throws(NormalizeError) {
        _ = try EquivalentIdeographs.loaded.get()
    }
}
