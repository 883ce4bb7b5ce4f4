/// Words of Latin letters in a cell: runs of two or more ASCII letters ("retail outlets" holds
/// two; "NA", "12a3" one and none). Words in an amount cell are text the layout put there, and a
/// run of them is prose.
public enum LatinWords {
    /// How many words `text` holds, counted up to `limit` (the scan stops there).
    public static func count(in text: String, upTo limit: Int) -> Int {
        var words = 0
        var run = 0
        for scalar in text.unicodeScalars {
            if scalar.isASCII && scalar.properties.isAlphabetic {
                run += 1
                continue
            }
            if run >= 2 { words += 1 }
            run = 0
            if words >= limit { return words }
        }
        return min(limit, words + (run >= 2 ? 1 : 0))
    }
}
