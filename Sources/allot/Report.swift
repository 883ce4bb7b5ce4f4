import AllotPipeline
import Foundation

/// Messages to the user on standard error.
enum Report {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data("allot: \(line)\n".utf8))
    }

}
