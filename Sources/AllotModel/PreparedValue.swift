/// A value made from a notice on the worker thread that read it, for a later step that runs alone
/// (the dataset writer's rows: `BatchRunner.run(_:progress:shouldStop:prepare:sink:)`).
public protocol PreparedValue: Sendable {
    /// About how many bytes it holds: those of notices a batch step holds are kept within a budget.
    var bytes: Int { get }
}
