import Foundation

/// Expands the user's FILE|DIR arguments into the notice files to read, sorted and unique.
public enum InputFiles {
    /// File name endings allot reads.
    public static let extensions: Set<String> = ["pdf", "html", "htm"]

    /// True for a file read as an HTML page.
    public static func isHTML(_ path: String) -> Bool {
        let ext = (path as NSString).pathExtension.lowercased()
        return ext == "html" || ext == "htm"
    }

    /// The files, and the arguments that named nothing readable.
    public static func expand(_ arguments: [String]) -> (files: [String], missing: [ProcessError]) {
        var files: [String] = []
        var missing: [ProcessError] = []
        let manager = FileManager.default
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                missing.append(.notFound(path: argument))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(argument)
                continue
            }
            guard let enumerator = manager.enumerator(atPath: argument) else {
                missing.append(.unsupported(path: argument, reason: "cannot list directory"))
                continue
            }
            while let relative = enumerator.nextObject() as? String {
                let ext = (relative as NSString).pathExtension.lowercased()
                guard extensions.contains(ext) else { continue }
                files.append((argument as NSString).appendingPathComponent(relative))
            }
        }
        var seen = Set<String>()
        let unique = files.filter { seen.insert(($0 as NSString).standardizingPath).inserted }
        return (unique.sorted(), missing)
    }
}
