import Foundation

/// A temporary folder only this process can read (0700), removed with everything in it when the
/// value goes away: for libraries that read files by path and for conversions.
final class PrivateFolder {
    let url: URL

    init() throws(OfficeError) {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("allot-XXXXXX").path
        var characters = Array(template.utf8CString)
        let created: String? = characters.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, let result = mkdtemp(base) else { return nil }
            return String(cString: result)
        }
        guard let created else {
            throw .unreadable(path: template, reason: "cannot create a private temporary folder")
        }
        url = URL(fileURLWithPath: created, isDirectory: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
