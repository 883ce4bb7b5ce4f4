import Foundation

/// ZIP archives of notices and attachments (附件.zip): lists the members allot reads, as paths
/// `archive.zip!/member` (nested archives: `a.zip!/b.zip!/c.pdf`, up to the nesting limit), and
/// reads a member's bytes back within the limits.
public struct ArchiveReader: Sendable {
    /// Separator between an archive's path and a member's name.
    public static let separator = "!/"

    /// Limits against zip bombs.
    public var limits: ArchiveLimits

    /// Creates a reader.
    public init(limits: ArchiveLimits = ArchiveLimits()) {
        self.limits = limits
    }

    /// True when `path` names a member inside an archive rather than a file.
    public static func isMemberPath(_ path: String) -> Bool {
        path.contains(separator) && !FileManager.default.fileExists(atPath: path)
    }

    /// The member paths of the archive at `path` whose extension allot reads, in archive order,
    /// and the members refused (unsafe names, archives nested too deep).
    public func members(of path: String) throws(OfficeError) -> (members: [String], refused: [OfficeError]) {
        try members(of: path, bytes: nil, depth: 1)
    }

    private func members(of path: String, bytes: [UInt8]?, depth: Int) throws(OfficeError)
        -> (members: [String], refused: [OfficeError]) {
        let package = try ZipPackage(path: path, bytes: bytes, limits: limits)
        var members: [String] = []
        var refused: [OfficeError] = []
        for name in package.names {
            let ext = (name as NSString).pathExtension.lowercased()
            guard DocumentFormat.extensions.contains(ext) else { continue }
            let memberPath = path + Self.separator + name
            guard !ZipPackage.isUnsafe(name) else {
                refused.append(.unsafePath(path: path, member: name))
                continue
            }
            guard ext == "zip" else {
                members.append(memberPath)
                continue
            }
            guard depth < limits.maximumNesting else {
                refused.append(.archiveLimit(path: memberPath, reason: "archives nested more than \(limits.maximumNesting) deep"))
                continue
            }
            do throws(OfficeError) {
                let inner = try self.members(of: memberPath, bytes: try package.read(name), depth: depth + 1)
                members += inner.members
                refused += inner.refused
            } catch {
                refused.append(error)
            }
        }
        return (members, refused)
    }

    /// The bytes of the member named by a member path.
    public func read(memberPath: String) throws(OfficeError) -> [UInt8] {
        let parts = memberPath.components(separatedBy: Self.separator)
        guard parts.count >= 2, let outer = parts.first else { throw .missingPart(path: memberPath, part: "member") }
        guard parts.count - 1 <= limits.maximumNesting else {
            throw .archiveLimit(path: memberPath, reason: "archives nested more than \(limits.maximumNesting) deep")
        }
        var archivePath = outer
        var bytes: [UInt8]?
        for name in parts.dropFirst() {
            if ZipPackage.isUnsafe(name) { throw .unsafePath(path: archivePath, member: name) }
            let package = try ZipPackage(path: archivePath, bytes: bytes, limits: limits)
            bytes = try package.read(name)
            archivePath += Self.separator + name
        }
        return bytes ?? []
    }
}
