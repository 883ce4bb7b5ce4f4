import AllotModel
import AllotNormalize
import AllotText

/// Verifies region names read by OCR against the division catalogue and the table's structure. A
/// county row whose recognized name is no division is retried with the engine's alternative symbols
/// for its characters (and without a stray mark the engine put at its edge): when exactly one
/// division among the combinations is a county of the prefecture the table puts the row under, the
/// name is corrected to it. Failing that, the name cell's image is read again with the engine
/// restricted to the characters of the counties of that prefecture no other row names: the name
/// is corrected when that reading is exactly one of them, keeps every character the page pass
/// was sure of, and wins by a clear margin when each candidate is read on its own
/// (`ocr_name_corrected`, a note with the old and new reading and the box). Otherwise the name is
/// left as read and its `unknown_region` stays an `ocr_uncertain` doubt.
struct NameVerifier {
    /// Looks names up in context.
    var resolver: DivisionResolver
    /// Reads a name cell again from its page image; nil when the images are not at hand.
    var rereader: CellRereader?
    /// Mean confidence with which the chosen county must read as itself.
    var minOwnConfidence = 75.0
    /// Mean confidence by which the chosen county, read on its own, must beat every other candidate.
    var minMargin = 10.0
    /// Characters of one name replaced at the same time, at most.
    var maxChanges = 2
    /// Combinations tried per name, at most (an unlikely name with many doubtful characters stays unread).
    var maxCombinations = 4096

    /// A name read again: where it is in the raw table, the old and new text, for the note.
    struct Correction: Equatable {
        var table: Int
        var row: Int
        var column: Int
        var page: Int
        var old: String
        var new: String
        var box: Box
        var prefecture: String
        /// What chose the new name.
        var how: Evidence
    }

    /// What a name correction rests on.
    enum Evidence: Equatable {
        /// The engine's own alternative symbols.
        case alternatives
        /// The cell's image read again, restricted to the candidates' characters.
        case image
        /// The cell's image read again: the characters the engine's model can write read as the
        /// county's, the ones it cannot write (absent from the model) read as nothing it knows,
        /// and no other candidate fits.
        case elimination
        /// A subtotal's region read again among the province's prefectures no other row names.
        case prefecture
    }

    /// The corrections of one table's names; `findings` are the table's findings as first read.
    /// Prefectures first (the region of a subtotal's label): a county's prefecture is its
    /// subtotal's, corrected or as read.
    func corrections(_ table: AllocationTable, raw: RawTable, findings: [Finding], pages: [PageText]) -> [Correction] {
        let unknown = Set(findings.filter { $0.check == .unknownRegion }.map(\.row))
        let prefectures = prefectureCorrections(table, raw: raw, unknown: unknown, pages: pages)
        var parents: [Int: Division] = [:]
        for correction in prefectures {
            parents[correction.row] = resolver.resolvePrefecture(RowClassifier.classify(correction.new).region ?? "",
                                                                 province: correction.prefecture)
        }
        var result = prefectures
        var pending: [NameCell] = []
        for cell in nameCells(table, raw: raw, pages: pages, parents: parents) where unknown.contains(cell.row.number) {
            if let correction = correction(cell, table: table, taken: cell.taken) {
                result.append(correction)
            } else {
                pending.append(cell)
            }
        }
        // A second round for the names left: the counties just read are named by their rows now
        // (隰县 waits for 吉县, read again in the same round, to be another row's).
        let named = Set(result.compactMap { correction in
            resolver.catalog.counties.first { $0.name == correction.new && $0.parentCode.map { code in
                resolver.catalog.division(code: code)?.name == correction.prefecture } ?? false }?.code
        })
        if !named.isEmpty {
            for cell in pending {
                if let correction = correction(cell, table: table, taken: cell.taken.union(named)) { result.append(correction) }
            }
        }
        // Two rows read again as the same county: neither is taken (the table has it once; which
        // row, the image did not say).
        let counts = Dictionary(result.map { ("\($0.prefecture) \($0.new)", 1) }, uniquingKeysWith: +)
        return result.filter { counts["\($0.prefecture) \($0.new)", default: 0] == 1 }
    }

    /// The correction of one name cell, the counties in `taken` named by other rows.
    private func correction(_ cell: NameCell, table: AllocationTable, taken: Set<String>) -> Correction? {
        let read = cell.read
        if let name = onlyCounty(cell.glyphs, under: cell.prefecture), name != read {
            return Correction(table: table.index, row: cell.row.number, column: cell.column, page: cell.page,
                              old: read, new: name, box: cell.box, prefecture: cell.prefecture.name, how: .alternatives)
        }
        guard let trial = reread(cell.glyphs, page: cell.page, under: cell.prefecture, excluding: taken),
              let name = trial.text, name != read else { return nil }
        return Correction(table: table.index, row: cell.row.number, column: cell.column, page: cell.page,
                          old: read, new: name, box: cell.box, prefecture: cell.prefecture.name, how: trial.how)
    }

    /// A recognized name cell of a county row under a prefecture.
    struct NameCell {
        var row: AllocationRow
        var column: Int
        var page: Int
        var glyphs: [Glyph]
        var box: Box
        var prefecture: Division
        /// Codes the table's other rows name.
        var taken: Set<String>

        var read: String { glyphs.map(\.text).joined() }
    }

    /// The table's item rows on recognized pages whose parent is a prefecture (as read, or as
    /// corrected in `parents`, by row number), with the glyphs of their name cell (when the cell is
    /// made of exactly those glyphs).
    func nameCells(_ table: AllocationTable, raw: RawTable, pages: [PageText], parents: [Int: Division] = [:]) -> [NameCell] {
        var result: [NameCell] = []
        for row in table.rows where row.level == .item {
            guard let parent = table.rows.first(where: { $0.number == row.parent }),
                  let prefecture = parents[parent.number] ?? resolver.catalog.division(code: parent.divisionCode),
                  prefecture.level == .prefecture, let cell = labelGlyphs(row, raw: raw, pages: pages) else { continue }
            let taken = Set(table.rows.filter { $0.number != row.number }.map(\.divisionCode).filter { !$0.isEmpty })
            result.append(NameCell(row: row, column: cell.column, page: cell.page, glyphs: cell.glyphs, box: cell.box,
                                   prefecture: prefecture, taken: taken))
        }
        return result
    }

    /// The glyphs of a row's label cell on a recognized page, left to right, when the cell is made
    /// of exactly those glyphs (only then can it be read again from them).
    func labelGlyphs(_ row: AllocationRow, raw: RawTable,
                     pages: [PageText]) -> (column: Int, page: Int, glyphs: [Glyph], box: Box)? {
        let index = row.number - 1
        guard raw.rows.indices.contains(index), let label = raw.columns.firstIndex(where: { $0.role == .label }),
              let page = pages.first(where: { $0.number == raw.rows[index].page && $0.source != .textLayer }) else { return nil }
        let zones = TableColumn.zones(raw.columns, left: -Double.infinity, right: Double.infinity)
        guard label < zones.count else { return nil }
        let rawRow = raw.rows[index]
        let glyphs = page.glyphs.filter { glyph in
            !glyph.isSpace && glyph.reading != nil && glyph.box.midY >= rawRow.box.y0 && glyph.box.midY <= rawRow.box.y1
                && glyph.box.midX >= zones[label].x0 && glyph.box.midX < zones[label].x1
        }.sorted { $0.box.x0 < $1.box.x0 }
        let printed = label < rawRow.cells.count ? rawRow.cells[label] : ""
        guard !glyphs.isEmpty, glyphs.map(\.text).joined() == printed.filter({ !$0.isWhitespace }),
              let box = glyphs.boundingBox else { return nil }
        return (label, rawRow.page, glyphs, box)
    }

    /// Subtotal rows on recognized pages whose region names no division (阳朱市小计), right under
    /// a total that names a province: the region, the label without its sum word, read again
    /// among the province's prefectures no other row names. Corrected when exactly one of them is
    /// among the combinations of the engine's alternatives; else when the region's characters,
    /// each read alone unrestricted, spell one of them (else, restricted to their characters, the
    /// region reads as one of them and, read restricted to its own characters, it beats each
    /// other candidate by `minMargin`), no more than `maxChanges` of the characters differ from
    /// the page pass's and each of those is read with at least `minOwnConfidence`.
    func prefectureCorrections(_ table: AllocationTable, raw: RawTable, unknown: Set<Int>, pages: [PageText]) -> [Correction] {
        var result: [Correction] = []
        let catalog = resolver.catalog
        for row in table.rows where row.level == .subtotal && unknown.contains(row.number) {
            guard let parent = table.rows.first(where: { $0.number == row.parent }), parent.level == .total,
                  let province = catalog.division(code: parent.divisionCode), province.level == .province,
                  let cell = labelGlyphs(row, raw: raw, pages: pages) else { continue }
            let read = cell.glyphs.map(\.text).joined()
            guard let region = RowClassifier.classify(read).region, !region.isEmpty, read.hasPrefix(region) else { continue }
            let glyphs = Array(cell.glyphs.prefix(region.count))
            let suffix = String(read.dropFirst(region.count))
            let taken = Set(table.rows.filter { $0.number != row.number }.map(\.divisionCode))
            let candidates = catalog.prefectures.filter {
                $0.parentCode == province.code && !taken.contains($0.code) && !catalog.isPlaceholder($0)
            }
            func named(_ text: String) -> Division? {
                resolver.resolvePrefecture(text, province: province.code).flatMap { found in
                    candidates.first { $0.code == found.code } }
            }
            var found: (text: String, how: Evidence)?
            let byAlternatives = Dictionary(combinations(glyphs).compactMap { text in named(text).map { ($0.code, text) } },
                                            uniquingKeysWith: { first, _ in first })
            if byAlternatives.count == 1, let text = byAlternatives.values.first {
                found = (text, .alternatives)
            } else if let text = rereadRegion(glyphs, page: cell.page, among: candidates, named: named) {
                found = (text, .prefecture)
            }
            guard let found, let box = glyphs.boundingBox, found.text != region else { continue }
            result.append(Correction(table: table.index, row: row.number, column: cell.column, page: cell.page, old: read,
                                     new: found.text + suffix, box: box, prefecture: province.name, how: found.how))
        }
        return result
    }

    /// The prefecture among `candidates` a subtotal's region reads as, restricted to their
    /// characters: the whole region, else each character alone among the characters the
    /// candidates of its length have there (see `prefectureCorrections`); nil when the image does
    /// not single one out.
    private func rereadRegion(_ glyphs: [Glyph], page: Int, among candidates: [Division],
                              named: (String) -> Division?) -> String? {
        guard let rereader, rereader.has(page: page), let box = glyphs.boundingBox, !candidates.isEmpty else { return nil }
        let boxes = glyphs.map(\.box)
        func changesSurely(_ text: String, _ confidences: [Double]) -> Bool {
            let differing = zip(zip(glyphs, Array(text)), confidences).filter { pair, _ in pair.0.text != String(pair.1) }
            return text.count == glyphs.count && differing.count <= maxChanges && differing.count < glyphs.count
                && differing.allSatisfy { $0.1 >= minOwnConfidence }
        }
        // Each character read alone, unrestricted and cut at its box's sides (its neighbours abut
        // it): a reading the candidates did not steer that spells one of them.
        if let free = rereader.eachCharacter(page: page, boxes: boxes, characters: boxes.map { _ in nil }) {
            let text = free.map(\.text).joined()
            if free.allSatisfy({ $0.text.count == 1 }), named(text) != nil, changesSurely(text, free.flatMap(\.confidences)) {
                return text
            }
        }
        let sameLength = candidates.filter { $0.name.count == glyphs.count }
        var byCharacter = false
        var reading = rereader.text(page: page, box: box, characters: candidates.map(\.name).joined())
        if reading.map({ named($0.text) == nil }) ?? true, !sameLength.isEmpty {
            let allowed = glyphs.indices.map { index in
                sameLength.compactMap { Array($0.name).dropFirst(index).first.map(String.init) }.joined()
            }
            reading = rereader.characters(page: page, boxes: boxes, characters: allowed)
            byCharacter = true
        }
        guard let reading, let chosen = named(reading.text), changesSurely(reading.text, reading.confidences) else { return nil }
        var scores: [String: Double] = [:]
        for candidate in byCharacter ? sameLength : candidates {
            let own = byCharacter
                ? rereader.characters(page: page, boxes: boxes, characters: candidate.name.map(String.init))
                : rereader.text(page: page, box: box, characters: candidate.name)
            scores[candidate.code] = own.map { named($0.text)?.code == candidate.code ? $0.meanConfidence : 0 } ?? 0
        }
        let best = scores[chosen.code] ?? 0
        let others = scores.filter { $0.key != chosen.code }.map(\.value).max() ?? 0
        return best >= minOwnConfidence && best - others >= minMargin ? reading.text : nil
    }

    /// The re-reading tried on names read right (their division known), as if they were unknown:
    /// with their own county among the candidates (it should be chosen, or none), and without it
    /// (any name accepted then is a wrong one). Measures how often the re-reading would invent a name.
    ///
    /// Without it, the counties whose names hold a character the engine's model cannot write stay
    /// among the candidates even when another row names them, so that elimination (`eliminated`)
    /// is tried against every name of their length.
    func hiddenNameTrial(_ table: AllocationTable, raw: RawTable, pages: [PageText]) -> NameTrialCounts {
        var counts = NameTrialCounts()
        let model = rereader?.modelCharacters
        let unwritable = Set(resolver.catalog.counties.filter { county in
            county.name.contains { character in !(model?.contains(character) ?? true) }
        }.map(\.code))
        for cell in nameCells(table, raw: raw, pages: pages) where !cell.row.divisionCode.isEmpty {
            counts.rows += 1
            switch reread(cell.glyphs, page: cell.page, under: cell.prefecture, excluding: cell.taken)?.text {
            case nil: counts.declinedWithOwn += 1
            case let text? where resolver.catalog.division(code: cell.row.divisionCode).map({ county(text, is: $0, under: cell.prefecture) }) ?? false:
                counts.rightWithOwn += 1
            default: counts.wrongWithOwn += 1
            }
            if reread(cell.glyphs, page: cell.page, under: cell.prefecture,
                      excluding: cell.taken.subtracting(unwritable).union([cell.row.divisionCode]))?.text != nil {
                counts.wrongWithoutOwn += 1
            }
        }
        return counts
    }

    /// How a constrained reading of a name cell went: the counties tried, the reading restricted
    /// to all their characters, and each one's mean confidence read on its own.
    struct Trial: Equatable {
        var candidates: [String]
        var reading: String
        var chosen: String?
        var scores: [String: Double]
        /// The accepted name (as read), nil when the image does not single one out.
        var text: String?
        /// What chose it.
        var how = Evidence.image
    }

    /// The county of `prefecture` (none of the codes in `taken`) that the name cell's image reads
    /// as when the engine may only use those counties' characters (the whole cell, else each
    /// character alone among the characters the candidates of that length have there), when it
    /// has as many characters as the page pass read (or drops only doubtful ones), reads as itself
    /// with the engine restricted to its own characters, and no other candidate does.
    func reread(_ glyphs: [Glyph], page: Int, under prefecture: Division, excluding taken: Set<String>) -> Trial? {
        guard let rereader, rereader.has(page: page), let box = glyphs.boundingBox else { return nil }
        let catalog = resolver.catalog
        let candidates = catalog.counties.filter {
            $0.parentCode == prefecture.code && !taken.contains($0.code) && !catalog.isPlaceholder($0)
        }
        guard !candidates.isEmpty,
              let whole = rereader.text(page: page, box: box, characters: candidates.map(\.name).joined()) else { return nil }
        var trial = Trial(candidates: candidates.map(\.name), reading: whole.text, chosen: nil, scores: [:], text: nil)
        var chosen = candidates.first { county(whole.text, is: $0, under: prefecture) }
        var byCharacter = false
        if chosen == nil {
            // The whole cell restricted to the candidates' characters can drop a character it
            // finds unlikely; read one character at a time, each must be one of them.
            let sameLength = candidates.filter { $0.name.count == glyphs.count }
            let allowed = glyphs.indices.map { index in
                sameLength.compactMap { Array($0.name).dropFirst(index).first.map(String.init) }.joined()
            }
            if !sameLength.isEmpty,
               let each = rereader.characters(page: page, boxes: glyphs.map(\.box), characters: allowed) {
                trial.reading = each.text
                chosen = sameLength.first { $0.name == each.text }
                byCharacter = true
            }
        }
        guard let chosen else {
            return eliminated(glyphs, page: page, among: candidates, under: prefecture) ?? trial
        }
        trial.chosen = chosen.name
        // The name has the characters the page pass saw, bar one it split off a character's ink.
        guard chosen.name.count <= glyphs.count, glyphs.count - chosen.name.count <= 1 else { return trial }
        // Each candidate read on its own, as the chosen one was found (whole, or by character):
        // only the chosen one may read as itself, and surely.
        for candidate in candidates where !byCharacter || candidate.name.count == glyphs.count {
            let own = byCharacter
                ? rereader.characters(page: page, boxes: glyphs.map(\.box), characters: candidate.name.map(String.init))
                : rereader.text(page: page, box: box, characters: candidate.name)
            trial.scores[candidate.name] = own.map { $0.text == candidate.name || county($0.text, is: candidate, under: prefecture)
                ? $0.meanConfidence : 0 } ?? 0
        }
        let best = trial.scores[chosen.name] ?? 0
        let others = trial.scores.filter { $0.key != chosen.name }.map(\.value).max() ?? 0
        if best >= minOwnConfidence, best - others >= minMargin { trial.text = chosen.name }
        return trial
    }

    /// The county among `candidates` whose name holds characters the engine's model cannot write
    /// (盂县: chi_sim has no 盂), found by elimination when nothing reads as a candidate: the cell
    /// has one glyph per character of its name; each glyph under a character the model can write,
    /// read unrestricted or restricted to that character, reads as it (mean confidence at least
    /// `minOwnConfidence`); each glyph under one it cannot write reads, unrestricted, as some
    /// character, and neither that reading nor the page pass's nor any of its alternatives there
    /// makes the name a division's anywhere (a county printed there whose characters the model
    /// knows reads as its name, and is no candidate: 古县 is never taken for 隰县); it is the only
    /// candidate that fits, by `minMargin` over each of the others read on its own; and every
    /// other candidate of its length has a character the model can write where the chosen one's
    /// was read (蒲县, free, keeps 隰县 from being chosen: their writable characters are the same). Nil when no candidate has such a
    /// character or the model's characters are unknown.
    func eliminated(_ glyphs: [Glyph], page: Int, among candidates: [Division], under prefecture: Division) -> Trial? {
        guard let rereader, let model = rereader.modelCharacters else { return nil }
        let boxes = glyphs.map(\.box)
        let sameLength = candidates.filter { $0.name.count == glyphs.count }
        let unwritable = sameLength.filter { county in county.name.contains { !model.contains($0) } }
        guard !unwritable.isEmpty,
              let free = rereader.eachCharacter(page: page, boxes: boxes, characters: boxes.map { _ in nil }) else { return nil }
        var trial = Trial(candidates: candidates.map(\.name), reading: free.map(\.text).joined(), chosen: nil, scores: [:],
                          text: nil, how: .elimination)
        var fitting: [String] = []
        for county in sameLength {
            let name = Array(county.name)
            // A character the model cannot write gets an empty whitelist: nothing is read there.
            let allowed = name.map { model.contains($0) ? String($0) : "" }
            guard let own = rereader.eachCharacter(page: page, boxes: boxes, characters: allowed) else { continue }
            var confidences: [Double] = []
            var fits = true
            // What the engine saw at each place the model cannot write: read alone unrestricted,
            // read by the page pass, and the page pass's alternatives.
            var seen: [(index: Int, readings: [String])] = []
            for (index, character) in name.enumerated() {
                guard let reading = own.dropFirst(index).first, let unrestricted = free.dropFirst(index).first,
                      let glyph = glyphs.dropFirst(index).first else {
                    fits = false
                    break
                }
                if model.contains(character) {
                    // Read as it unrestricted, or restricted to it (a whitelist of one character
                    // now and then makes the engine drop a glyph it reads unrestricted), or surely
                    // by the page pass (县 of 隰  县, read 三 alone, is 县 at 99 in its line).
                    let sure = glyph.reading.map(\.confidence).flatMap { $0 >= minOwnConfidence ? [$0] : nil }
                    let match = [unrestricted, reading].first { $0.text == String(character) }?.confidences
                        ?? (glyph.text == String(character) ? sure : nil)
                    fits = fits && match != nil
                    confidences += match ?? []
                } else {
                    // The engine reads a glyph it has no character for as some other character,
                    // often confidently (盂 as 而 at 92).
                    fits = fits && !unrestricted.text.isEmpty
                    seen.append((index, [unrestricted.text, glyph.text] + (glyph.reading?.choices.map(\.text) ?? [])))
                }
            }
            // None of what the engine saw there may make the name a place's: a county printed there
            // whose characters the model knows reads as its name, or nearly (古县, read 由县 alone,
            // is 古县 to the page pass: it is never taken for 隰县).
            for (index, readings) in seen where fits {
                for text in readings {
                    var variant = name.map(String.init)
                    variant[index] = text
                    for other in seen where other.index != index { variant[other.index] = other.readings.first ?? "" }
                    if resolver.resolveCounty(variant.joined(), prefectureCode: nil, provinceCode: nil) != .unknown {
                        fits = false
                        break
                    }
                }
            }
            let score = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
            trial.scores[county.name] = fits ? score : 0
            if fits, score >= minOwnConfidence, unwritable.contains(where: { $0.code == county.code }) { fitting.append(county.name) }
        }
        guard fitting.count == 1, let chosen = fitting.first else { return trial }
        trial.chosen = chosen
        // Every other candidate of that length must differ from it where a character the model
        // can write was read as the chosen one's: where only the unwritable places differ (隰县
        // and 蒲县), a 蒲 the engine misread cannot be told from a 隰 it cannot write.
        let written = Array(chosen).map { model.contains($0) }
        for other in sameLength where other.name != chosen {
            let differs = zip(zip(Array(chosen), Array(other.name)), written).contains { pair, writable in
                writable && pair.0 != pair.1
            }
            guard differs else { return trial }
        }
        let best = trial.scores[chosen] ?? 0
        let others = trial.scores.filter { $0.key != chosen }.map(\.value).max() ?? 0
        if best - others >= minMargin { trial.text = chosen }
        return trial
    }

    /// Whether `text` names exactly `county` of `prefecture` (its full or its short name).
    private func county(_ text: String, is county: Division, under prefecture: Division) -> Bool {
        guard case let .resolved(division, via: .exact) = resolver.resolveCounty(text, prefectureCode: prefecture.code,
                                                                                 provinceCode: nil) else { return false }
        return division.code == county.code
    }


    /// The one name among the combinations of the glyphs' alternatives that is exactly a county of
    /// `prefecture`; nil when none or several divisions are named.
    func onlyCounty(_ glyphs: [Glyph], under prefecture: Division) -> String? {
        var found: [String: String] = [:]
        for text in combinations(glyphs) {
            if case let .resolved(division, via: .exact) = resolver.resolveCounty(text, prefectureCode: prefecture.code,
                                                                                   provinceCode: nil),
               division.parentCode == prefecture.code {
                found[division.code] = found[division.code] ?? text
            }
            if found.count > 1 { return nil }
        }
        return found.values.first
    }

    /// Readings of the glyphs with up to `maxChanges` of them replaced by one of their
    /// alternatives (an ideograph), or a mark dropped; the reading as printed first.
    func combinations(_ glyphs: [Glyph]) -> [String] {
        let options = glyphs.map { glyph -> [String] in
            var texts = [glyph.text]
            if Self.isMark(glyph.text) { texts.append("") }
            for choice in glyph.reading?.choices ?? [] where choice.text.count == 1 && Self.isIdeograph(choice.text) {
                if !texts.contains(choice.text) { texts.append(choice.text) }
            }
            return texts
        }
        var result: [String] = []
        func walk(_ position: Int, _ prefix: String, _ changes: Int) {
            guard result.count < maxCombinations else { return }
            guard position < options.count else {
                result.append(prefix)
                return
            }
            for (rank, text) in options[position].enumerated() where rank == 0 || changes < maxChanges {
                walk(position + 1, prefix + text, changes + (rank == 0 ? 0 : 1))
            }
        }
        walk(0, "", 0)
        return result
    }

    /// The raw tables with the corrected names in their label cells.
    static func applied(_ corrections: [Correction], to tables: [RawTable]) -> [RawTable] {
        var tables = tables
        for correction in corrections {
            guard let table = tables.firstIndex(where: { $0.index == correction.table }),
                  tables[table].rows.indices.contains(correction.row - 1),
                  tables[table].rows[correction.row - 1].cells.indices.contains(correction.column) else { continue }
            tables[table].rows[correction.row - 1].cells[correction.column] = correction.new
        }
        return tables
    }

    /// The note that reports a correction.
    static func note(_ correction: Correction) -> Finding {
        Finding(.ocrNameCorrected, table: correction.table, row: correction.row, page: correction.page, name: correction.new,
                [.text: correction.old, .detail: correction.new, .subject: correction.prefecture,
                 .reason: OCRVerifier.describe(correction.box), .other: correction.how.reason, .otherZH: correction.how.reasonZH])
    }

    /// Punctuation the engine puts where a line's ink begins or ends.
    static func isMark(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { "“”‘’\"'。，、．.,:：;；·`".unicodeScalars.contains($0) }
    }

    static func isIdeograph(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }
}

extension NameVerifier.Evidence {
    /// The message's account of the evidence (before the prefecture's name).
    var reason: String {
        switch self {
        case .alternatives: "the only reading among the engine's alternative symbols that names a division under"
        case .image: "the cell's image, read again restricted to the characters of the counties no other row names, "
            + "reads as this one only, by a clear margin over each of the others read on its own, a county of"
        case .elimination: "the cell's image, read again character by character, fits this name only: its characters "
            + "the OCR model can write read as this county's, and the glyph of each it cannot write (absent from the "
            + "model) reads as no character the model knows; the only county no other row names, of"
        case .prefecture: "the region of the subtotal's label, read again character by character (unrestricted, else "
            + "restricted to the characters of the prefectures no other row names), spells this one, each character it "
            + "changes read surely; the only such prefecture no other row names, of"
        }
    }

    /// The same in Chinese (before the prefecture's name).
    var reasonZH: String {
        switch self {
        case .alternatives: "引擎候选字的组合中只有它是"
        case .image: "以其他行尚未占用的区县用字重新识别该单元格图像，只读出它且明显胜过逐一识别的其他候选，是"
        case .elimination: "逐字重新识别该单元格图像，只有它相符：识别模型能写出的字读作该区县的字，模型中没有的字（模型无法输出）处读不出模型认识的任何字；"
            + "是其他行尚未占用的区县中唯一相符者，属于"
        case .prefecture: "逐字重新识别小计标签中的地区名（不限字符，否则限用其他行尚未占用的地市用字），拼出该地市，改动的字均识别确定；是其他行尚未占用的地市中唯一相符者，属于"
        }
    }
}

/// What `NameVerifier.hiddenNameTrial` counted (ScannedNoticeTests prints and checks it).
public struct NameTrialCounts: Equatable, Sendable {
    /// Names read right that were tried.
    public var rows = 0
    /// With the row's own county among the candidates: read again as it, as another, or declined.
    public var rightWithOwn = 0
    public var wrongWithOwn = 0
    public var declinedWithOwn = 0
    /// Without it: a name accepted anyway (always a wrong one).
    public var wrongWithoutOwn = 0

    /// No trial.
    public init() {}
}
