extension Citations {
    /// The brackets of recognized text as printed: a scan reads （ as 〈, 》 before it as ( and
    /// doubles or swaps the year's bracket (〔【2022], 【2021 ]】). Only brackets change: a citation
    /// still needs a whole doc number (agency, year, serial, 号), never digits alone.
    enum AsRead {
        /// A title left open (its 》 lost) is at most this many characters long.
        static let titleLength = 80
        /// Characters that end a sentence or a clause: no title runs over them.
        static let titleBreaks: Set<UInt32> = Set("。；;，,：:《".unicodeScalars.map(\.value))

        /// The text with the confusions undone: `(〈` and `（〈` → `》（`, `〈` → `（`, two year brackets in a
        /// row (opening or closing) → the first.
        static func brackets(_ text: String) -> String {
            var result: [Unicode.Scalar] = []
            result.reserveCapacity(text.unicodeScalars.count)
            for scalar in text.unicodeScalars {
                if scalar == "〈" {
                    // A citation bracket read as 〈, the 》 before it read as a bracket.
                    if let last = result.last(where: { !$0.properties.isWhitespace }), last == "(" || last == "（" {
                        while let tail = result.last, tail.properties.isWhitespace { result.removeLast() }
                        result[result.count - 1] = "》"
                    }
                    result.append("（")
                    continue
                }
                if let last = result.last(where: { !$0.properties.isWhitespace }),
                   opening.contains(last) && opening.contains(scalar) || closing.contains(last) && closing.contains(scalar) {
                    continue
                }
                result.append(scalar)
            }
            var out = String.UnicodeScalarView()
            out.append(contentsOf: result)
            return String(out)
        }

        private static let opening: Set<Unicode.Scalar> = ["〔", "【", "[", "〖", "［", "﹝"]
        private static let closing: Set<Unicode.Scalar> = ["〕", "】", "]", "〗", "］", "﹞"]
    }
}
