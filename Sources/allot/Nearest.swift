/// The nearest of a few known names to a mistyped one (edit distance), for "did you mean" hints.
enum Nearest {
    /// The closest name within a distance of a third of its length (at least 2), or nil.
    static func name(to typed: String, among names: [String]) -> String? {
        let typed = Array(typed.lowercased())
        let scored = names.map { ($0, distance(typed, Array($0.lowercased()))) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
        return best.1 <= max(2, best.0.count / 3) ? best.0 : nil
    }

    /// Levenshtein distance, one row at a time.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
