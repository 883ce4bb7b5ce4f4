/// Why reference data could not be used.
public enum NormalizeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A line (or, for the data compiled into allot, an entry) does not have the expected shape.
    case malformedData(file: String, line: Int, reason: String)

    /// A message naming the file and, where known, the line.
    public var description: String {
        switch self {
        case .malformedData(let file, let line, let reason):
            return "\(file):\(line): \(reason)"
        }
    }
}
