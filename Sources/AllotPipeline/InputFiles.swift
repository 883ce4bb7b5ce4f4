import AllotOffice
import AllotSource
import Foundation

/// Expands the user's FILE|DIR arguments into the notice files to read, sorted and unique. A ZIP
/// archive is replaced by its members (`a.zip!/附件1.xlsx`); files a folder holds in formats allot
/// does not read are counted as skipped.
public enum InputFiles {
    /// File name endings a folder scan picks up.
    public static let extensions: Set<String> = DocumentFormat.extensions

    /// True for a file read as an HTML page (the batch reads pages first, to pair them with PDFs).
    public static func isHTML(_ path: String) -> Bool {
        let ext = (path as NSString).pathExtension.lowercased()
        return ext == "html" || ext == "htm"
    }

    /// What the arguments name.
    public struct Scan: Sendable {
        /// Files and archive members to read, sorted and unique.
        public var files: [String] = []
        /// Arguments that named nothing readable, and archives or members refused.
        public var missing: [ProcessError] = []
        /// Files in the folders scanned whose format allot does not read.
        public var unsupported: [String] = []
    }

    /// The files, and the arguments that named nothing readable.
    public static func expand(_ arguments: [String]) -> (files: [String], missing: [ProcessError]) {
        let scan = scan(arguments)
        return (scan.files, scan.missing)
    }

    /// The files, the failures, and the files skipped as unsupported.
    public static func scan(_ arguments: [String]) -> Scan {
        var result = Scan()
        var files: [String] = []
        let manager = FileManager.default
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                if ArchiveReader.isMemberPath(argument) {
                    files.append(argument)
                } else {
                    // fileExists follows links: say why a link that leads nowhere does.
                    var info = stat()
                    result.missing.append(stat(argument, &info) == 0 ? .notFound(path: argument)
                                          : ProcessError(SourceFileError(path: argument, errno: errno), option: ""))
                }
                continue
            }
            guard isDirectory.boolValue else {
                files.append(argument)
                continue
            }
            guard let enumerator = manager.enumerator(atPath: argument) else {
                result.missing.append(.unsupported(path: argument, reason: "cannot list directory"))
                continue
            }
            while let relative = enumerator.nextObject() as? String {
                let path = (argument as NSString).appendingPathComponent(relative)
                if isDirectoryEntry(path) { continue }
                let ext = (relative as NSString).pathExtension.lowercased()
                if extensions.contains(ext) {
                    files.append(path)
                } else if !(relative as NSString).lastPathComponent.hasPrefix(".") {
                    result.unsupported.append(path)
                }
            }
        }
        var seen = Set<String>()
        var identity = PathIdentity()
        for file in files.sorted() where seen.insert(identity.of(file)).inserted {
            guard !ArchiveReader.isMemberPath(file), DocumentFormat.sniff(path: file) == .archive else {
                result.files.append(file)
                continue
            }
            do {
                let (members, refused) = try ArchiveReader().members(of: file)
                result.files += members
                result.missing += refused.map(ProcessError.office)
            } catch {
                result.missing.append(.office(error))
            }
        }
        result.unsupported.sort()
        return result
    }

    /// Whether `path` itself (a link not followed) is a directory: what the enumerator's
    /// `fileAttributes[.type]` says, from one `lstat` instead of a dictionary of every attribute
    /// (about 68 K instructions an entry, on the main thread before and after every batch).
    private static func isDirectoryEntry(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
