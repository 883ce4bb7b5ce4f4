import AllotModel
import AllotNormalize

extension NoticeProcessor {
    /// A scanned PDF processed (as `process(path:)`), and `NameVerifier.hiddenNameTrial` over
    /// every table of it: how often reading a name cell again in its table's structure would
    /// accept a wrong county (ScannedNoticeTests).
    public func processWithHiddenNameTrial(path: String) throws(ProcessError) -> (notice: Notice, trial: NameTrialCounts) {
        let bytes = try read(path, maximumBytes: options.limits.maximumFileBytes, option: "--max-file-mb").bytes
        let (document, rereader) = try recognized(bytes: bytes, path: path)
        let trace = try checkedTrace(document, rereader: rereader)
        let resolver: DivisionResolver
        do {
            resolver = try DivisionResolver.bundled()
        } catch {
            throw .referenceData(path: path, reason: error.description)
        }
        let verifier = NameVerifier(resolver: resolver, rereader: rereader)
        var total = NameTrialCounts()
        for (table, raw) in zip(trace.notice.tables, trace.scan.tables) {
            let counts = verifier.hiddenNameTrial(table, raw: raw, pages: document.pages)
            total.rows += counts.rows
            total.rightWithOwn += counts.rightWithOwn
            total.wrongWithOwn += counts.wrongWithOwn
            total.declinedWithOwn += counts.declinedWithOwn
            total.wrongWithoutOwn += counts.wrongWithoutOwn
        }
        return (trace.notice, total)
    }
}
