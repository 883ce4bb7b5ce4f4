import Foundation

/// Text files shipped in `Resources/` (copied as a folder, hence the subdirectory).
public enum BundledResource {
    /// Reads a bundled file such as `areas.csv` as UTF-8 text.
    public static func text(named fileName: String) throws(NormalizeError) -> String {
        let url = URL(fileURLWithPath: fileName)
        let base = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension
        guard let found = Bundle.module.url(
            forResource: base, withExtension: ext.isEmpty ? nil : ext, subdirectory: "Resources")
        else {
            throw .missingResource(file: fileName)
        }
        do {
            return try String(contentsOf: found, encoding: .utf8)
        } catch {
            throw .unreadableResource(file: fileName, reason: "\(error)")
        }
    }
}
