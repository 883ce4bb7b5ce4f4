import Foundation
import ZIPFoundation

/// A ZIP file (an xlsx, docx or OFD package, or an archive of attachments) read through
/// ZIPFoundation within `ArchiveLimits`. Members are read whole (small parts) or streamed in
/// chunks (worksheets); the inflated byte count is checked as data arrives.
final class ZipPackage {
    let path: String
    let limits: ArchiveLimits
    private let archive: Archive
    /// Members by name (normalized: no leading "/", "\" as "/").
    private var entries: [String: Entry] = [:]
    /// Member names in archive order.
    private(set) var names: [String] = []
    /// Bytes inflated so far from this package.
    private var inflated: UInt64 = 0
    /// Where bytes given in memory are staged: ZIPFoundation's in-memory archives trap on a hostile
    /// offset past the end, its file-backed ones read nothing there.
    private let staging: PrivateFolder?

    /// Opens the ZIP at `path` (bytes given: read from memory).
    init(path: String, bytes: [UInt8]? = nil, limits: ArchiveLimits = ArchiveLimits()) throws(OfficeError) {
        self.path = path
        self.limits = limits
        var url = URL(fileURLWithPath: path)
        if let bytes {
            let folder = try PrivateFolder()
            url = folder.url.appendingPathComponent("package.zip")
            do {
                try Data(bytes).write(to: url)
            } catch {
                throw .unreadable(path: path, reason: "cannot stage the package: \(error.localizedDescription)")
            }
            staging = folder
        } else {
            staging = nil
        }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .damagedArchive(path: path, reason: "no readable central directory")
        }
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maximumMembers else {
                throw .archiveLimit(path: path, reason: "more than \(limits.maximumMembers) members")
            }
            guard entry.type == .file else { continue }
            let name = Self.name(of: entry)
            if entries[name] == nil { names.append(name) }
            entries[name] = entry
        }
    }

    /// The member's name: UTF-8 when its bytes are UTF-8 (Chinese tools rarely set the flag),
    /// else as ZIPFoundation decodes it; "\" read as "/".
    private static func name(of entry: Entry) -> String {
        let utf8 = entry.path(using: .utf8)
        let raw = utf8.contains("\u{FFFD}") || utf8.isEmpty ? entry.path : utf8
        return raw.replacingOccurrences(of: "\\", with: "/")
    }

    /// True when the member exists (names compared without a leading "/", case-insensitively as
    /// Office does).
    func contains(_ name: String) -> Bool { entry(named: name) != nil }

    private func entry(named name: String) -> Entry? {
        let wanted = Self.normalized(name)
        if let entry = entries[wanted] { return entry }
        let lower = wanted.lowercased()
        return names.first { $0.lowercased() == lower }.flatMap { entries[$0] }
    }

    static func normalized(_ name: String) -> String {
        var parts: [Substring] = []
        for part in name.replacingOccurrences(of: "\\", with: "/").split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// True when the member name is absolute or climbs out of the archive (../).
    static func isUnsafe(_ name: String) -> Bool {
        let slashed = name.replacingOccurrences(of: "\\", with: "/")
        if slashed.hasPrefix("/") { return true }
        if let first = slashed.unicodeScalars.first, slashed.dropFirst().hasPrefix(":"), first.properties.isAlphabetic {
            return true
        }
        var depth = 0
        for part in slashed.split(separator: "/") {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { return true }
        }
        return false
    }

    /// The whole member.
    func read(_ name: String) throws(OfficeError) -> [UInt8] {
        var bytes: [UInt8] = []
        try stream(name) { chunk in bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// The member in chunks, handed to `consume` as they are inflated; an `OfficeError` thrown by
    /// `consume` stops the reading and is rethrown as it is.
    func stream(_ name: String, _ consume: (UnsafeRawBufferPointer) throws -> Void) throws(OfficeError) {
        guard let entry = entry(named: name) else { throw .missingPart(path: path, part: name) }
        var memberBytes: UInt64 = 0
        var failure: OfficeError?
        let compressed = max(entry.compressedSize, 1)
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { data in
                memberBytes += UInt64(data.count)
                inflated += UInt64(data.count)
                if let reason = limitExceeded(memberBytes, compressed: compressed) {
                    failure = .archiveLimit(path: path, reason: "\(name): \(reason)")
                    throw CancellationError()
                }
                do {
                    try data.withUnsafeBytes { buffer in try consume(buffer) }
                } catch {
                    failure = (error as? OfficeError) ?? .damagedArchive(path: path, reason: "\(name): \(error)")
                    throw CancellationError()
                }
            }
        } catch {
            if let failure { throw failure }
            throw .damagedArchive(path: path, reason: "\(name): damaged or truncated data")
        }
    }

    private func limitExceeded(_ memberBytes: UInt64, compressed: UInt64) -> String? {
        if memberBytes > limits.maximumMemberBytes {
            return "member inflates to more than \(limits.maximumMemberBytes) bytes"
        }
        if inflated > limits.maximumTotalBytes { return "archive inflates to more than \(limits.maximumTotalBytes) bytes" }
        if memberBytes > limits.ratioFloorBytes, memberBytes / compressed > limits.maximumRatio {
            return "compression ratio above \(limits.maximumRatio):1"
        }
        return nil
    }
}
