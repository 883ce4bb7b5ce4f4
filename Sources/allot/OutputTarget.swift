import AllotStore
import Foundation

/// Where a command writes its document: a file, written atomically, or standard output for `-`.
struct OutputTarget {
    /// The path given with `-o`, or `-` for standard output.
    let path: String

    /// True when the document goes to standard output.
    var isStandardOutput: Bool { path == "-" }

    /// Writes `text`; a file is replaced whole or not at all.
    func write(_ text: String) throws {
        let data = Data(text.utf8)
        if isStandardOutput {
            FileHandle.standardOutput.write(data)
        } else {
            try AtomicFile.write(data, to: URL(fileURLWithPath: path))
        }
    }
}
