import AllotPipeline
import Foundation

/// Shows how a long batch is going on standard error: a redrawn bar on a terminal, a plain line
/// every few seconds otherwise, nothing when quiet.
final class ProgressReporter {
    private let quiet: Bool
    private let isTerminal: Bool
    private let started = Date()
    private var lastLine = Date.distantPast
    private var drewBar = false
    /// Seconds between plain lines when standard error is not a terminal.
    private let plainInterval: TimeInterval = 5

    init(quiet: Bool) {
        self.quiet = quiet
        self.isTerminal = isatty(STDERR_FILENO) != 0
    }

    func update(_ progress: BatchProgress) {
        guard !quiet, progress.total > 0 else { return }
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let pagesPerSecond = Double(progress.pages) / elapsed
        let remaining = progress.done > 0
            ? elapsed / Double(progress.done) * Double(progress.total - progress.done) : 0
        let counts = "\(progress.done)/\(progress.total) files, \(Int(pagesPerSecond)) pages/s, "
            + "ETA \(Self.duration(remaining)), \(progress.failures) failed"
        if isTerminal {
            let width = 30
            let filled = progress.total > 0 ? width * progress.done / progress.total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            write("\r\u{1B}[2K[\(bar)] \(counts)")
            drewBar = true
        } else if Date().timeIntervalSince(lastLine) >= plainInterval || progress.done == progress.total {
            write("allot: \(counts)\n")
            lastLine = Date()
        }
    }

    /// Ends the bar's line so later output starts on a fresh one.
    func finish() {
        if drewBar { write("\n") }
        drewBar = false
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 60 ? "\(total / 60)m\(total % 60)s" : "\(total)s"
    }
}
