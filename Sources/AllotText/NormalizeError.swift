/// Why bundled reference data could not be used.
public enum NormalizeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A resource file is not in the bundle (the build or installation is incomplete).
    case missingResource(file: String)
    /// A resource file exists but could not be read as UTF-8 text.
    case unreadableResource(file: String, reason: String)
    /// A line of a resource file does not have the expected shape.
    case malformedData(file: String, line: Int, reason: String)

    /// A message naming the file and, where known, the line.
    public var description: String {
        switch self {
        case .missingResource(let file):
            return "resource \(file) is missing from the AllotText bundle; rebuild or reinstall allot"
        case .unreadableResource(let file, let reason):
            return "resource \(file) could not be read: \(reason)"
        case .malformedData(let file, let line, let reason):
            return "\(file):\(line): \(reason)"
        }
    }
}
