import AllotText

/// Every piece of bundled reference data the pipeline needs (the ideograph table, the GB/T 2260
/// catalogue and its alias table).
public enum ReferenceData {
    /// Loads all of it or throws naming the file and the reason: a missing or damaged bundle is a
    /// hard error before any file is read, never a run without division codes or radicals.
    public static func verify() throws(NormalizeError) {
        try BundledText.verify()
        _ = try DivisionResolver.bundled()
    }
}
