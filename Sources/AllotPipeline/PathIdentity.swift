import Foundation

/// What tells two spellings of one file apart: the standardized path (`NSString.standardizingPath`:
/// `.` and empty components dropped and, in an absolute path, `..` and symbolic links resolved),
/// worked out once a folder: a file that is not itself a link is its folder's standardized path and
/// its name (standardizing each of a thousand files' paths was 17 ms on the main thread, before any
/// worker starts).
struct PathIdentity {
    /// The standardized path of each folder met, by its spelling.
    private var folders: [Substring: String] = [:]

    /// The standardized path of `path`.
    mutating func of(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return (path as NSString).standardizingPath }
        let name = path[path.index(after: slash)...]
        var info = stat()
        let isLink = lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
        guard !name.isEmpty, name != ".", name != "..", !isLink else { return (path as NSString).standardizingPath }
        let spelled = path[..<slash]
        let folder: String
        if let known = folders[spelled] {
            folder = known
        } else {
            // The root's own spelling ("" before the slash of "/a.pdf") is "/".
            folder = ((spelled.isEmpty ? "/" : String(spelled)) as NSString).standardizingPath
            folders[spelled] = folder
        }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
