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
        defer { textEngine.set("tessedit_char_whitelist", "") }
        for (box, allowed) in zip(boxes, characters) {
            let set = String(Set(allowed.filter { !$0.isWhitespace }).sorted())
            guard !set.isEmpty else { return Reading(text: "", confidences: []) }
            textEngine.set("tessedit_char_whitelist", set)
            let one = try read(crop(page, box), engine: textEngine, dpi: page.dpi, page: page.number, segmentation: .character)
            result.text += one.text
            result.confidences += one.confidences
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

    /// The cell's pixels with a margin of paper round them.
    private func crop(_ page: PageImage, _ box: Box) -> GrayImage {
        let height = max(1.0, (box.y1 - box.y0) * page.scale)
        let margin = max(2, Int(height * settings.cellMarginInTextHeights))
        return page.image.crop(page.pixels(of: box, margin: margin / 2)).bordered(margin)
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
