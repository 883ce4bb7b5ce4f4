import AllotModel

/// The checks that compare a notice's tables with each other (表间勾稽, `CrossTableCheck`) and with
/// its body text (文表一致, `NarrativeCheck`), which tables their own structure confirms worked out
/// once for both (it evaluates every relation of every table).
public enum NoticeCrossCheck {
    /// `CrossTableCheck.findings` followed by `NarrativeCheck.findings`, given the findings of each
    /// table on its own and, optionally, what the reconciler found of the tables' relations (used
    /// for a table only when it is unchanged since: the same findings, without evaluating its
    /// relations again).
    public static func findings(_ figures: [StatedFigure], tables: [AllocationTable], findings: [Finding],
                                verdicts: [RelationVerdict] = []) -> [Finding] {
        let confirmed = ConfirmedTables(tables, findings: findings, verdicts: verdicts)
        return CrossTableCheck.tally(confirmed).findings + NarrativeCheck.tally(figures, confirmed: confirmed).findings
    }
}
