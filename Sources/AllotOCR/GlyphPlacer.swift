import AllotModel

/// Places recognized characters the way a text layer would. The engine's per-symbol boxes are
/// rough (an LSTM reads a line, not characters), but the ink is exact: each text line is cut into
/// ink runs (columns with ink, gaps narrower than `inkGapInTextHeights` of the line bridged), the
/// symbols go to the run under their centre, and each run's width is shared out among its
/// characters by their advance (an ideograph one em, a digit or Latin letter half). Glyphs then
/// abut inside a word and leave the printed gaps between cells, and span their line's height.
struct GlyphPlacer {
    var settings: OCRSettings
    var image: GrayImage
    var scale: Double

    func glyphs(_ symbols: [Tesseract.Symbol]) -> [Glyph] {
        var result: [Glyph] = []
        for (_, line) in Dictionary(grouping: symbols, by: \.line).sorted(by: { $0.key < $1.key }) {
            guard let lineBox = line.first?.lineBox else { continue }
            var runs = inkRuns(in: lineBox)
            var assigned = [[Tesseract.Symbol]](repeating: [], count: runs.count)
            var unplaced: [Tesseract.Symbol] = []
            for symbol in line.sorted(by: { $0.box.left < $1.box.left }) {
                let middle = (symbol.box.left + symbol.box.right) / 2
                if let index = nearestRun(runs, to: middle, within: lineBox.height) {
                    assigned[index].append(symbol)
                } else {
                    unplaced.append(symbol)
                }
            }
            (runs, assigned) = Self.joiningNumbers(runs, assigned)
            let inMargin = isInMargin(lineBox)
            // Not in the margins: a page number's dashes are strokes, not characters (below).
            if !inMargin { assigned = RunAligner(settings: settings, height: lineBox.height).aligned(runs, assigned) }
            var placed: [Glyph] = []
            var strokesOnly = true
            for (run, members) in zip(runs, assigned) where !members.isEmpty {
                var kept = withoutPhantomMarks(members, width: run.end - run.start, height: lineBox.height)
                if let last = kept.indices.last {
                    kept[last] = MarkShape(settings: settings, image: image).reshaped(kept[last], end: run.end, line: lineBox)
                }
                if inMargin, isFlatStroke(run, in: lineBox), let dash = dash(over: kept) {
                    kept = [dash]
                } else {
                    strokesOnly = false
                }
                if hasLostCharacters(kept, width: run.end - run.start, height: lineBox.height) {
                    kept = kept.map { symbol in
                        var doubtful = symbol
                        doubtful.confidence = min(symbol.confidence, SegmentReader.disagreement)
                        return doubtful
                    }
                }
                placed += spread(kept, from: run.start, to: run.end, line: lineBox)
            }
            // A margin line of nothing but flat strokes (the dashes of a page number whose digit
            // went unread) carries no text: it would only become an empty row.
            if !(inMargin && strokesOnly && unplaced.isEmpty) { result += placed }
            // A mark with no ink within reach is one the engine invented (marks pass unjudged by ink).
            for symbol in unplaced where !Self.isTextMark(symbol.text) {
                result += spread([symbol], from: symbol.box.left, to: symbol.box.right, line: lineBox)
            }
        }
        return result
    }

    /// Neighbouring runs whose facing symbols are digits of one word of the engine's (a number it
    /// read without a space) joined: a narrow digit leaves a gap wider than the bridge on either
    /// side of its ink (the 1s of 11254 in a serif face), which would cut the number into cells.
    static func joiningNumbers(_ runs: [(start: Int, end: Int)],
                               _ assigned: [[Tesseract.Symbol]]) -> ([(start: Int, end: Int)], [[Tesseract.Symbol]]) {
        var outRuns: [(start: Int, end: Int)] = []
        var outAssigned: [[Tesseract.Symbol]] = []
        for (run, members) in zip(runs, assigned) {
            if let left = outAssigned.last?.last, let right = members.first, left.wordBox == right.wordBox,
               left.word == right.word, SegmentReader.isAmountSymbol(left.text), SegmentReader.isAmountSymbol(right.text),
               let last = outRuns.indices.last {
                outRuns[last].end = run.end
                outAssigned[last] += members
                continue
            }
            outRuns.append(run)
            outAssigned.append(members)
        }
        return (outRuns, outAssigned)
    }

    /// The LSTM sometimes emits a quote or stop at the edge of a run where nothing is printed
    /// (”资金管理型直管县). When the run's ink is too narrow for all its characters, such marks at
    /// its ends are dropped.
    func withoutPhantomMarks(_ symbols: [Tesseract.Symbol], width: Int, height: Int) -> [Tesseract.Symbol] {
        var symbols = symbols
        while symbols.count > 1, Self.inkWidth(symbols, settings: settings) * Double(height) > Double(width) {
            if let first = symbols.first, Self.isMark(first.text) {
                symbols.removeFirst()
            } else if let last = symbols.last, Self.isMark(last.text) {
                symbols.removeLast()
            } else {
                break
            }
        }
        return symbols
    }

    /// Whether a run of ink is wider than its characters need by at least an em (room for two
    /// more digits): the engine dropped some of what is printed there (1777 read as 1), so what it
    /// did read is doubtful, however sure it is of it.
    func hasLostCharacters(_ symbols: [Tesseract.Symbol], width: Int, height: Int) -> Bool {
        let needed = symbols.flatMap { Array($0.text) }.map(Self.advance).reduce(0, +) * Double(height) * settings.inkShareOfEm
        return Double(width) > needed + Double(height) * settings.inkShareOfEm
    }

    /// Whether a line lies in the top or bottom margin of the page, where page numbers are printed.
    func isInMargin(_ line: PixelBox) -> Bool {
        let height = Double(image.height)
        return Double(line.top) > height * (1 - settings.bottomMarginShare) || Double(line.bottom) < height * settings.topMarginShare
    }

    /// Whether the ink of a run is one flat horizontal stroke (the dashes of "— 3 —", which the
    /// engine reads as anything from 0 to 王记时): its inked rows span a small part of the line.
    func isFlatStroke(_ run: (start: Int, end: Int), in line: PixelBox) -> Bool {
        let clipped = PixelBox(left: run.start, top: line.top, right: run.end, bottom: line.bottom)
            .padded(0, width: image.width, height: image.height)
        guard clipped.width > 0, clipped.height > 0 else { return false }
        var inked: [Int] = []
        for y in clipped.top..<clipped.bottom {
            var dark = 0
            for x in clipped.left..<clipped.right where image.pixels[y * image.width + x] < settings.darkLevel { dark += 1 }
            if dark >= 2 { inked.append(y) }
        }
        guard let top = inked.first, let bottom = inked.last else { return false }
        let thickness = Double(bottom - top + 1)
        return thickness <= Double(line.height) * settings.strokeThicknessInTextHeights
            && Double(clipped.width) >= Double(line.height) * settings.dashLengthInTextHeights
    }

    /// One dash in place of whatever the engine read on a flat stroke, with its lowest confidence.
    private func dash(over symbols: [Tesseract.Symbol]) -> Tesseract.Symbol? {
        guard var symbol = symbols.min(by: { $0.confidence < $1.confidence }) else { return nil }
        symbol.text = "—"
        symbol.choices = []
        return symbol
    }

    /// The width, in text heights, of the ink of `symbols` set side by side: each character but
    /// the last its advance, the last its own ink (a punctuation mark's is a sliver).
    static func inkWidth(_ symbols: [Tesseract.Symbol], settings: OCRSettings) -> Double {
        let characters = symbols.flatMap { Array($0.text) }
        guard let last = characters.last else { return 0 }
        return characters.dropLast().map(advance).reduce(0, +)
            + (isMark(String(last)) ? settings.markInkInTextHeights : advance(last) * settings.inkShareOfEm)
    }

    /// A punctuation mark of running text (、，：。…, not a digit's point or comma). Its ink is a
    /// sliver the engine's box can miss (the 、 of 各市、 boxed over the gap after it), so it is not
    /// judged by its box's ink (`PageRecognizer`): `RunAligner` puts it in the run of its ink, and
    /// it is dropped where no ink is left for it (`withoutPhantomMarks`) or none is near.
    static func isTextMark(_ text: String) -> Bool {
        isMark(text) && !text.contains { $0 == "." || $0 == "," }
    }

    static func isMark(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { "“”‘’\"'。，、．.,:：;；".unicodeScalars.contains($0) }
    }

    /// Characters of `symbols` laid side by side from `start` to `end` by their advances.
    private func spread(_ symbols: [Tesseract.Symbol], from start: Int, to end: Int, line: PixelBox) -> [Glyph] {
        var characters: [(character: Character, reading: GlyphReading)] = []
        for symbol in symbols {
            let text = Array(symbol.text)
            let choices = text.count == 1
                ? symbol.choices.map { GlyphReading.Choice(text: $0.text, confidence: $0.confidence) } : []
            for character in text {
                characters.append((character, GlyphReading(confidence: symbol.confidence, choices: choices)))
            }
        }
        let weights = characters.map { Self.advance($0.character) }
        let total = weights.reduce(0, +)
        var left = Double(start)
        var result: [Glyph] = []
        for (index, item) in characters.enumerated() {
            let width = total > 0 ? Double(end - start) * weights[index] / total : 0
            result.append(Glyph(text: String(item.character),
                                box: Box(x0: left / scale, y0: Double(line.top) / scale,
                                         x1: (left + width) / scale, y1: Double(line.bottom) / scale),
                                fontSize: Double(line.height) / scale, reading: item.reading))
            left += width
        }
        return result
    }

    /// Horizontal runs of ink inside a line's box, gaps narrower than the bridge joined.
    func inkRuns(in box: PixelBox) -> [(start: Int, end: Int)] {
        let clipped = box.padded(0, width: image.width, height: image.height)
        guard clipped.width > 0, clipped.height > 0 else { return [] }
        let bridge = Int(Double(clipped.height) * settings.inkGapInTextHeights)
        var runs: [(start: Int, end: Int)] = []
        for x in clipped.left..<clipped.right {
            var dark = 0
            for y in clipped.top..<clipped.bottom where image.pixels[y * image.width + x] < settings.darkLevel {
                dark += 1
                if dark >= 2 { break }
            }
            guard dark >= 2 else { continue }
            if let last = runs.last, x - last.end <= bridge {
                runs[runs.count - 1].end = x + 1
            } else {
                runs.append((x, x + 1))
            }
        }
        return runs
    }

    /// The run containing `x`, else the nearest within `limit` pixels.
    private func nearestRun(_ runs: [(start: Int, end: Int)], to x: Int, within limit: Int) -> Int? {
        var best: (index: Int, distance: Int)?
        for (index, run) in runs.enumerated() {
            let distance = x < run.start ? run.start - x : (x >= run.end ? x - run.end + 1 : 0)
            if distance <= limit, best.map({ distance < $0.distance }) ?? true { best = (index, distance) }
        }
        return best?.index
    }

    /// Advance of a character in em: ideographs and full-width forms 1, the rest half.
    static func advance(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0.5 }
        return scalar.value >= 0x2E80 ? 1 : 0.5
    }
}
