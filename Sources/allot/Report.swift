import AllotPipeline
import Foundation

/// Messages to the user on standard error, every one with the same `allot: ` prefix.
enum Report {
    /// Writes `allot: line` to standard error; what came from files cannot break the line.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data("allot: \(TerminalText.line(line))\n".utf8))
    }
}
