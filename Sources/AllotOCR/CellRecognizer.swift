import AllotModel

/// Reads one table cell again from its page's image (`PageImage`), on its own, when the table's
/// structure asks for it: a region name constrained to the characters of the names the structure
/// allows there, or an amount read independently of the page pass (another crop, resolution,
/// binarisation and model). Holds its own engines: one recognizer per thread.
public final class CellRecognizer {
    /// A cell's text as read, with the engine's confidence (0-100) for each character.
    public struct Reading: Equatable, Sendable {
        /// The characters read, spaces left out.
        public var text: String
        /// One confidence per character of `text`.
        public var confidences: [Double]

        /// Mean confidence of the characters (0 when nothing was read).
        public var meanConfidence: Double {
            confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
        }
    }

    private let settings: OCRSettings
    private let path: String
    private let textEngine: Tesseract.Engine
    private let digitEngine: Tesseract.Engine
    /// What the page model can write; nil when its data file could not be read (every character
    /// is then taken as one it can write, so no name is found by elimination).
    public let modelCharacters: ModelCharacters?

    /// Starts the engines; `path` names the file in errors.
    public init(path: String, settings: OCRSettings = OCRSettings()) throws(OCRError) {
        self.settings = settings
        self.path = path
        do {
            textEngine = try Tesseract.Engine(languages: settings.pageLanguages, variables: [])
            digitEngine = try Tesseract.Engine(languages: settings.digitLanguage,
                                               variables: [("tessedit_char_whitelist", settings.digitWhitelist)])
        } catch {
            throw .engineUnavailable(path: path, reason: error.message)
        }
        modelCharacters = textEngine.dataPath.flatMap { ModelCharacters.load(languages: settings.pageLanguages, directory: $0) }
    }

    /// The text in `box` (page points) of `page`, read as one line whose characters can only be
    /// among `characters`.
    public func readText(_ page: PageImage, box: Box, characters: String) throws(OCRError) -> Reading {
        let allowed = String(Set(characters.filter { !$0.isWhitespace }).sorted())
        guard !allowed.isEmpty else { return Reading(text: "", confidences: []) }
        textEngine.set("tessedit_char_whitelist", allowed)
        defer { textEngine.set("tessedit_char_whitelist", "") }
        return try read(crop(page, box), engine: textEngine, dpi: page.dpi, page: page.number)
    }

    /// The characters in `boxes` (page points) of `page`, each read alone as one character that
    /// can only be among the matching entry of `characters`.
    public func readCharacters(_ page: PageImage, boxes: [Box], characters: [String]) throws(OCRError) -> Reading {
        var result = Reading(text: "", confidences: [])
        for allowed in characters.prefix(boxes.count) where !allowed.contains(where: { !$0.isWhitespace }) {
            return Reading(text: "", confidences: [])
        }
        for one in try readEachCharacter(page, boxes: boxes, characters: characters, cutAtTheSides: false) {
            result.text += one.text
            result.confidences += one.confidences
        }
        return result
    }

    /// Each of `boxes` (page points) of `page` read alone as one character among the matching
    /// entry of `characters`, or among every character the model knows where that entry is nil;
    /// `cutAtTheSides`: each crop ends at its box's sides, without the margin that takes in some
    /// of an abutting neighbour's ink. Where the engine, restricted to the allowed characters,
    /// reads nothing, the character is read unrestricted and kept when that reading is one of them
    /// (a whitelist of one character now and then makes the engine drop a glyph it reads
    /// unrestricted: 县 restricted to 县).
    public func readEachCharacter(_ page: PageImage, boxes: [Box], characters: [String?],
                                  cutAtTheSides: Bool = true) throws(OCRError) -> [Reading] {
        var result: [Reading] = []
        defer { textEngine.set("tessedit_char_whitelist", "") }
        for (box, allowed) in zip(boxes, characters) {
            let set = allowed.map { String(Set($0.filter { !$0.isWhitespace }).sorted()) } ?? ""
            if allowed != nil, set.isEmpty {
                result.append(Reading(text: "", confidences: []))
                continue
            }
            let image = crop(page, box, sideways: !cutAtTheSides)
            textEngine.set("tessedit_char_whitelist", set)
            var reading = try read(image, engine: textEngine, dpi: page.dpi, page: page.number, segmentation: .character)
            if !set.isEmpty, reading.text.isEmpty {
                textEngine.set("tessedit_char_whitelist", "")
                let free = try read(image, engine: textEngine, dpi: page.dpi, page: page.number, segmentation: .character)
                if free.text.count == 1, set.contains(free.text) { reading = free }
            }
            result.append(reading)
        }
        return result
    }

    /// Independent readings of an amount cell: each by the digit model on the cell alone.
    public struct DigitReadings: Equatable, Sendable {
        /// The cell enlarged by each of `OCRSettings.rereadScales` (grey, as scanned).
        public var enlarged: [Reading]
        /// The cell binarised at its own (Otsu) threshold.
        public var binarized: Reading
    }

    /// The amount in `box` read again, independently of the page pass (another crop, resolutions
    /// and binarisation).
    public func readDigits(_ page: PageImage, box: Box) throws(OCRError) -> DigitReadings {
        let cell = crop(page, box)
        var enlarged: [Reading] = []
        for scale in settings.rereadScales {
            enlarged.append(try read(cell.scaled(by: scale), engine: digitEngine, dpi: page.dpi * scale, page: page.number))
        }
        return DigitReadings(enlarged: enlarged,
                             binarized: try read(cell.binarized(), engine: digitEngine, dpi: page.dpi, page: page.number))
    }

    /// The cell's pixels with a margin of paper round them. A character is cut at its own box's
    /// sides (`sideways` false): its neighbours abut it, and a margin would take in their ink.
    private func crop(_ page: PageImage, _ box: Box, sideways: Bool = true) -> GrayImage {
        let height = max(1.0, (box.y1 - box.y0) * page.scale)
        let margin = max(2, Int(height * settings.cellMarginInTextHeights))
        var pixels = page.pixels(of: box, margin: margin / 2)
        if !sideways {
            let exact = page.pixels(of: box, margin: 0)
            pixels.left = exact.left
            pixels.right = exact.right
        }
        return page.image.crop(pixels).bordered(margin)
    }

    private func read(_ image: GrayImage, engine: Tesseract.Engine, dpi: Int, page: Int,
                      segmentation: Tesseract.Segmentation = .line) throws(OCRError) -> Reading {
        guard image.width > 0, image.height > 0 else { return Reading(text: "", confidences: []) }
        do {
            let symbols = try engine.recognize(gray: image.pixels, width: image.width, height: image.height, dpi: dpi,
                                               segmentation: segmentation)
            var text = "", confidences: [Double] = []
            for symbol in symbols {
                for character in symbol.text where !character.isWhitespace {
                    text.append(character)
                    confidences.append(symbol.confidence)
                }
            }
            return Reading(text: text, confidences: confidences)
        } catch {
            throw .recognition(path: path, page: page, reason: error.message)
        }
    }
}
