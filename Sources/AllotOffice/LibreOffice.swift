import Foundation

/// Converts .doc/.wps (to docx) and .et (to xlsx) with LibreOffice's `soffice --headless`, in a
/// private temporary folder (its own user profile too, so a running LibreOffice is not touched),
/// killed after a timeout. Absent LibreOffice is a clear `unsupported_format` error.
struct LibreOffice {
    /// Seconds before the conversion is killed.
    var timeout: TimeInterval = 60

    /// Where soffice is, nil when not installed.
    static func executable() -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in paths + ["/usr/lib/libreoffice/program"] {
            let candidate = "\(folder)/soffice"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The converted bytes of `bytes` (a file named `path`) as `target` ("docx" or "xlsx").
    func convert(path: String, bytes: [UInt8], to target: String) throws(OfficeError) -> [UInt8] {
        guard let soffice = Self.executable() else {
            let package = target == "xlsx" ? "libreoffice-calc" : "libreoffice-writer"
            throw .unsupportedFormat(path: path, reason: "reading this format needs LibreOffice (soffice); "
                + "install the Debian package \(package)")
        }
        let folder = try PrivateFolder()
        let ext = (path as NSString).pathExtension.isEmpty ? "bin" : (path as NSString).pathExtension
        let input = folder.url.appendingPathComponent("input.\(ext)")
        do {
            try Data(bytes).write(to: input)
        } catch {
            throw .conversionFailed(path: path, reason: "cannot stage the file: \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=file://\(folder.url.path)/profile", "--headless", "--norestore",
                             "--convert-to", target, "--outdir", folder.url.path, input.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .conversionFailed(path: path, reason: "cannot start soffice: \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw .conversionFailed(path: path, reason: "soffice did not finish within \(Int(timeout)) s")
        }
        let output = folder.url.appendingPathComponent("input.\(target)")
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output) else {
            throw .conversionFailed(path: path, reason: "soffice exited with status \(process.terminationStatus)")
        }
        return [UInt8](data)
    }
}
