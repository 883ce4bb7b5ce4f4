import AllotModel
import Foundation

/// Runs the processor over many files, `jobs` at a time; one bad file costs only that file.
/// Results are delivered in sorted input order whatever the number of jobs, a window at a time,
/// so memory stays flat however large the corpus.
public struct BatchRunner: Sendable {
    /// The per-file processor.
    public var processor: NoticeProcessor
    /// Files processed at once (each worker has its own poppler document).
    public var jobs: Int

    /// Creates a runner; `jobs` defaults to the number of active cores.
    public init(processor: NoticeProcessor = NoticeProcessor(), jobs: Int? = nil) {
        self.processor = processor
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Processes every file named by the arguments and collects the results, one notice per id
    /// (a notice joined with a later file replaces its earlier entry).
    public func run(_ arguments: [String]) -> BatchResult {
        var result = BatchResult()
        var position: [String: Int] = [:]
        run(arguments) { outcome in
            switch outcome {
            case let .success(notice):
                if let index = position[notice.id] {
                    result.notices[index] = notice
                } else {
                    position[notice.id] = result.notices.count
                    result.notices.append(notice)
                }
            case let .failure(error): result.failures.append(error)
            }
        }
        return result
    }

    /// Processes every file named by the arguments (files or directories), handing each outcome to
    /// `sink` on the calling thread. HTML pages are read first and held. Every other file then
    /// joins its notice: a file an HTML page links to as its attachment (by file name) is read as
    /// that page's table; a PDF with the same notice id as pages is cross-checked against them
    /// (`source_mismatch`) and keeps its rows (the signed document); a second file with an id
    /// already given (a different PDF: `conflicting_sources`; the same bytes: a duplicate source)
    /// is joined to the first, which is given again with every source (the first is read again
    /// for it, so memory stays flat). HTML pages without a PDF follow at the end, several pages of
    /// one notice cross-checked against the first. Within each kind, outcomes come in sorted input
    /// order. `progress` is called after each window; `shouldStop` is polled between windows
    /// (Ctrl-C): files not started are left out.
    public func run(_ arguments: [String], progress: ((BatchProgress) -> Void)? = nil,
                    shouldStop: @escaping @Sendable () -> Bool = { false },
                    sink: (Result<Notice, ProcessError>) -> Void) {
        let (files, missing) = InputFiles.expand(arguments)
        for error in missing { sink(.failure(error)) }
        var state = BatchProgress(done: missing.count, total: files.count + missing.count, pages: 0,
                                  failures: missing.count)
        var pages: [String: [Notice]] = [:]
        var pageOrder: [String] = []
        runWindows(files.filter(InputFiles.isHTML), state: &state, progress: progress, shouldStop: shouldStop) { outcome in
            guard case let .success(notice) = outcome else { return sink(outcome) }
            if pages[notice.id] == nil { pageOrder.append(notice.id) }
            pages[notice.id, default: []].append(notice)
        }
        var linked: [String: String] = [:]  // attachment file name → id of the page linking to it
        for id in pageOrder {
            for link in (pages[id] ?? []).flatMap(\.attachmentLinks) {
                for name in SourceMerger.fileNames(of: link) where linked[name] == nil { linked[name] = id }
            }
        }
        var joiner = SourceJoiner(processor: processor, pages: pages, linked: linked)
        runWindows(files.filter { !InputFiles.isHTML($0) }, state: &state, progress: progress,
                   shouldStop: shouldStop) { outcome in
            guard case let .success(notice) = outcome else { return sink(outcome) }
            sink(.success(joiner.join(notice)))
        }
        for id in pageOrder where !joiner.paired.contains(id) {
            guard let group = pages[id], let first = group.first else { continue }
            sink(.success(group.dropFirst().reduce(first) { SourceMerger.crossCheck($0, with: $1) }))
        }
    }

    private func runWindows(_ files: [String], state: inout BatchProgress, progress: ((BatchProgress) -> Void)?,
                            shouldStop: @Sendable () -> Bool, sink: (Result<Notice, ProcessError>) -> Void) {
        let window = max(jobs * 4, 8)
        var start = 0
        while start < files.count, !shouldStop() {
            let chunk = Array(files[start..<min(start + window, files.count)])
            for outcome in processConcurrently(chunk) {
                switch outcome {
                case let .success(notice): state.pages += notice.pageCount
                case .failure: state.failures += 1
                }
                state.done += 1
                sink(outcome)
            }
            progress?(state)
            start += chunk.count
        }
    }

    /// Processes the files with `jobs` workers pulling from a shared cursor; results in input order.
    private func processConcurrently(_ files: [String]) -> [Result<Notice, ProcessError>] {
        let slots = ResultSlots(count: files.count)
        let processor = processor
        let workers = min(jobs, files.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.claim() {
                let outcome = Result { () throws(ProcessError) -> Notice in
                    try processor.process(path: files[index])
                }
                slots.store(outcome, at: index)
            }
        }
        return slots.results(orFail: files)
    }
}

/// Lock-protected result slots filled by the workers of one window.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [Result<Notice, ProcessError>?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The next index to process, or nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ outcome: Result<Notice, ProcessError>, at index: Int) {
        lock.lock()
        slots[index] = outcome
        lock.unlock()
    }

    func results(orFail files: [String]) -> [Result<Notice, ProcessError>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.enumerated().map { index, slot in
            slot ?? .failure(.unsupported(path: files[index], reason: "not processed"))
        }
    }
}
