import AllotModel

/// The outcome of a batch: notices read and files that failed, in input order.
public struct BatchResult: Sendable {
    /// Processed notices.
    public var notices: [Notice] = []
    /// Files that could not be read, with why.
    public var failures: [ProcessError] = []

    /// Creates an empty result.
    public init() {}

    /// Total number of findings over all notices.
    public var findingCount: Int { notices.reduce(0) { $0 + $1.findings.count } }
    /// Total number of table rows over all notices.
    public var rowCount: Int { notices.reduce(0) { $0 + $1.tables.reduce(0) { $0 + $1.rows.count } } }
}

/// Runs the processor over many files; one bad file costs only that file.
public struct BatchRunner: Sendable {
    /// The per-file processor.
    public var processor: NoticeProcessor

    /// Creates a runner.
    public init(processor: NoticeProcessor = NoticeProcessor()) {
        self.processor = processor
    }

    /// Processes every file named by the arguments (files or directories).
    public func run(_ arguments: [String]) -> BatchResult {
        let (files, missing) = InputFiles.expand(arguments)
        var result = BatchResult()
        result.failures = missing
        for file in files {
            do {
                result.notices.append(try processor.process(path: file))
            } catch {
                result.failures.append(error)
            }
        }
        return result
    }
}
