import AllotModel
import Foundation

/// Runs the processor over many files, `jobs` at a time; one bad file costs only that file.
/// Results are delivered in sorted input order whatever the number of jobs, each as soon as it and
/// every earlier one are done, with a bounded number waiting, so memory stays flat however large
/// the corpus.
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
    /// order. `progress` is called every few outcomes; `shouldStop` is polled before each file is
    /// started (Ctrl-C): files not started are left out.
    public func run(_ arguments: [String], progress: ((BatchProgress) -> Void)? = nil,
                    shouldStop: @escaping @Sendable () -> Bool = { false },
                    sink: (Result<Notice, ProcessError>) -> Void) {
        run(arguments, progress: progress, shouldStop: shouldStop, prepare: { _ -> NothingPrepared? in nil }) { outcome, _ in
            sink(outcome)
        }
    }

    /// `run(_:progress:shouldStop:sink:)`, also calling `prepare` on the worker thread that read each
    /// notice of a file that is not an HTML page, and handing what it made to `sink` with the
    /// notice (nil for the others). The later batch steps may change a notice after `prepare` saw
    /// it: the sink is to check that the prepared value is still the notice's (the dataset writer's
    /// rows are made ahead so: the writer, which runs alone, then only stores them).
    public func run<Prepared: PreparedValue>(_ arguments: [String], progress: ((BatchProgress) -> Void)? = nil,
                                        shouldStop: @escaping @Sendable () -> Bool = { false },
                                        prepare: @escaping @Sendable (Notice) -> Prepared?,
                                        sink: (Result<Notice, ProcessError>, Prepared?) -> Void) {
        run(InputFiles.scan(arguments), progress: progress, shouldStop: shouldStop, prepare: prepare, sink: sink)
    }

    /// `run(_:progress:shouldStop:prepare:sink:)` over the files a scan of the arguments found, for a
    /// caller that lists the scan's unsupported files too: the folders are walked once a run (the
    /// walk runs alone, before the first file is started).
    public func run<Prepared: PreparedValue>(_ scan: InputFiles.Scan, progress: ((BatchProgress) -> Void)? = nil,
                                        shouldStop: @escaping @Sendable () -> Bool = { false },
                                        prepare: @escaping @Sendable (Notice) -> Prepared?,
                                        sink: (Result<Notice, ProcessError>, Prepared?) -> Void) {
        // Then, as a batch step, each notice against the documents it cites that the batch holds:
        // a notice citing one not read yet waits for it (CitationStep), its prepared value beside
        // it while those waiting stay within `preparedHeldBytes` (the step holds up to 64 notices).
        var citations = CitationStep()
        var held = HeldValues<Prepared>()
        runJoined(scan, progress: progress, shouldStop: shouldStop, prepare: prepare) { outcome, read in
            guard case let .success(notice) = outcome else { return sink(outcome, nil) }
            let ready = citations.add(notice, read: read?.facts)
            if !ready.contains(where: { $0.id == notice.id }) { held.keep(read?.prepared, for: notice.id) }
            for given in ready {
                sink(.success(given), given.id == notice.id ? read?.prepared : held.take(given.id))
            }
        }
        for notice in citations.finish() { sink(.success(notice), held.take(notice.id)) }
    }

    /// Every file read and joined to its notice (see `run(_:progress:shouldStop:sink:)`).
    private func runJoined<Prepared: Sendable>(_ scan: InputFiles.Scan, progress: ((BatchProgress) -> Void)?,
                                               shouldStop: @escaping @Sendable () -> Bool,
                                               prepare: @escaping @Sendable (Notice) -> Prepared?,
                                               sink: (Result<Notice, ProcessError>, ReadAhead<Prepared>?) -> Void) {
        let (files, missing) = (scan.files, scan.missing)
        for error in missing { sink(.failure(error), nil) }
        var state = BatchProgress(done: missing.count, total: files.count + missing.count, pages: 0,
                                  failures: missing.count)
        var pages: [String: [Notice]] = [:]
        var pageOrder: [String] = []
        // HTML pages are held until every other file is read: nothing is prepared for them.
        runWindows(files.filter(InputFiles.isHTML), state: &state, progress: progress, shouldStop: shouldStop,
                   prepare: { _ -> Prepared? in nil }, readAhead: false) { outcome, _ in
            guard case let .success(notice) = outcome else { return sink(outcome, nil) }
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
                   shouldStop: shouldStop, prepare: prepare, readAhead: true) { outcome, read in
            guard case let .success(notice) = outcome else { return sink(outcome, nil) }
            sink(.success(joiner.join(notice)), read)
        }
        for id in pageOrder where !joiner.paired.contains(id) {
            guard let group = pages[id], let first = group.first else { continue }
            sink(.success(group.dropFirst().reduce(first) { SourceMerger.crossCheck($0, with: $1) }), nil)
        }
    }

    /// Processes `files` with `jobs` worker threads while the calling thread hands each outcome to
    /// `sink` in input order as soon as it and every earlier one are done: no barrier between
    /// windows, so the sink (the dataset writer) works while the workers go on. At most `ahead`
    /// outcomes wait for the sink, so memory stays flat. `progress` is called every `ahead`
    /// outcomes and at the end; `shouldStop` is polled before each file is started. Each notice
    /// read is given to `prepare` and its citation facts are found on its worker (with `readAhead`).
    private func runWindows<Prepared: Sendable>(_ files: [String], state: inout BatchProgress,
                                                progress: ((BatchProgress) -> Void)?,
                                                shouldStop: @escaping @Sendable () -> Bool,
                                                prepare: @escaping @Sendable (Notice) -> Prepared?, readAhead: Bool,
                                                sink: (Result<Notice, ProcessError>, ReadAhead<Prepared>?) -> Void) {
        guard !files.isEmpty else { return }
        let ahead = max(jobs * 4, 8)
        let workers = min(jobs, files.count)
        let queue = OrderedOutcomes<Prepared>(count: files.count, ahead: ahead, workers: workers,
                                              shouldStop: shouldStop)
        let processor = processor
        for _ in 0..<workers {
            let thread = Thread {
                while let index = queue.claim() {
                    let outcome = Result { () throws(ProcessError) -> Notice in
                        try processor.process(path: files[index])
                    }
                    let read = readAhead ? (try? outcome.get()).map {
                        ReadAhead(prepared: prepare($0), facts: ReadFacts($0))
                    } : nil
                    queue.store((outcome, read), at: index)
                }
                queue.workerFinished()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        var delivered = 0
        while case let (outcome, read)? = queue.next() {
            switch outcome {
            case let .success(notice): state.pages += notice.pageCount
            case .failure: state.failures += 1
            }
            state.done += 1
            delivered += 1
            sink(outcome, read)
            if delivered % ahead == 0 { progress?(state) }
        }
        if delivered % ahead != 0 { progress?(state) }
    }
}

/// Outcomes of the workers (each with what was prepared from its notice), handed out in input order.
/// Workers claim indices in order but never more than `ahead` past the last outcome handed out.
private final class OrderedOutcomes<Prepared: Sendable>: @unchecked Sendable {
    typealias Outcome = (Result<Notice, ProcessError>, ReadAhead<Prepared>?)

    private let condition = NSCondition()
    private let count: Int
    private let ahead: Int
    private let workers: Int
    private let shouldStop: @Sendable () -> Bool
    private var claimed = 0
    private var delivered = 0
    private var finished = 0
    private var stopped = false
    private var pending: [Int: Outcome] = [:]

    init(count: Int, ahead: Int, workers: Int, shouldStop: @escaping @Sendable () -> Bool) {
        self.count = count
        self.ahead = ahead
        self.workers = workers
        self.shouldStop = shouldStop
    }

    /// The next index to process; nil when all are taken or the run is to stop.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while claimed < count, claimed >= delivered + ahead, !stopped { condition.wait() }
        guard claimed < count, !stopped else { return nil }
        if shouldStop() {
            stopped = true
            return nil
        }
        claimed += 1
        return claimed - 1
    }

    func store(_ outcome: Outcome, at index: Int) {
        condition.lock()
        pending[index] = outcome
        condition.broadcast()
        condition.unlock()
    }

    func workerFinished() {
        condition.lock()
        finished += 1
        condition.broadcast()
        condition.unlock()
    }

    /// The outcome of the next file in input order, waiting for it; nil when every started file
    /// has been handed out and no worker will start another.
    func next() -> Outcome? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let outcome = pending.removeValue(forKey: delivered) {
                delivered += 1
                condition.broadcast()
                return outcome
            }
            if delivered >= claimed, finished == workers { return nil }
            condition.wait()
        }
    }
}

/// What the worker that read a notice made from it for the steps that run alone: the caller's
/// prepared value and the notice's citation facts.
private struct ReadAhead<Prepared: Sendable>: Sendable {
    var prepared: Prepared?
    var facts: ReadFacts
}

/// Nothing made ahead (the prepared value of a batch that prepares nothing).
public struct NothingPrepared: PreparedValue {
    /// Nothing.
    public init() {}

    /// No bytes.
    public var bytes: Int { 0 }
}

/// The prepared values of the notices the citation step holds, by notice id, within
/// `maximumBytes` together (beyond it a held notice goes without: its rows are built by the writer).
private struct HeldValues<Prepared: PreparedValue> {
    static var maximumBytes: Int { 16 << 20 }
    private var values: [String: Prepared] = [:]
    private var bytes = 0

    /// Keeps `value` for the held notice `id` (replacing the value of a notice it replaces).
    mutating func keep(_ value: Prepared?, for id: String) {
        _ = take(id)
        guard let value, bytes + value.bytes <= Self.maximumBytes else { return }
        values[id] = value
        bytes += value.bytes
    }

    /// The value kept for `id`, no longer kept.
    mutating func take(_ id: String) -> Prepared? {
        guard let value = values.removeValue(forKey: id) else { return nil }
        bytes -= value.bytes
        return value
    }
}
