import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) and SIGTERM into a flag the batch polls, so a run stops between files
/// with nothing half-written instead of dying mid-write.
final class InterruptFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false
    private var sources: [DispatchSourceSignal] = []

    /// Installs the handlers; a second Ctrl-C ends the process at once.
    init() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [weak self] in
                guard let self else { return }
                if self.isRaised { exit(130) }
                self.raise()
                FileHandle.standardError.write(Data("\nallot: interrupted; finishing the files in progress (Ctrl-C again to abort)\n".utf8))
            }
            source.resume()
            sources.append(source)
        }
    }

    var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }

    private func raise() {
        lock.lock()
        raised = true
        lock.unlock()
    }
}
