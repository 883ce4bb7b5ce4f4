import AllotModel
import AllotOCR

/// What reads an amount cell again on its own from its page image (`CellRereader`).
protocol AmountRereading: AnyObject {
    /// Independent readings of the amount in `box` of `page`; nil when it cannot be read again.
    func digits(page: Int, box: Box) -> CellRecognizer.DigitReadings?
}

/// The images of a notice's recognized pages, kept in memory while its tables are checked, and
/// the engine that reads a cell of them again (started at the first cell asked for). A cell is
/// read again only when the table's structure asks: a name that is no division, a sum that fails.
final class CellRereader: AmountRereading {
    private let path: String
    private let settings: OCRSettings
    private let images: [Int: PageImage]
    private var recognizer: Result<CellRecognizer, OCRError>?

    init(path: String, settings: OCRSettings, images: [PageImage]) {
        self.path = path
        self.settings = settings
        self.images = Dictionary(images.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether the page's image is at hand.
    func has(page: Int) -> Bool { images[page] != nil }

    /// The text in `box` of `page`, its characters restricted to `characters`; nil when the page
    /// has no image or the engine fails (the cell then stays as first read, and in doubt).
    func text(page: Int, box: Box, characters: String) -> CellRecognizer.Reading? {
        guard let image = images[page], let engine = engine() else { return nil }
        return try? engine.readText(image, box: box, characters: characters)
    }

    /// The characters in `boxes` of `page`, each read alone among the matching `characters`.
    func characters(page: Int, boxes: [Box], characters: [String]) -> CellRecognizer.Reading? {
        guard let image = images[page], let engine = engine() else { return nil }
        return try? engine.readCharacters(image, boxes: boxes, characters: characters)
    }

    /// Each of `boxes` of `page` read alone, among the matching `characters` (nil: any character
    /// the model knows); nil when the page has no image or the engine fails.
    func eachCharacter(page: Int, boxes: [Box], characters: [String?]) -> [CellRecognizer.Reading]? {
        guard let image = images[page], let engine = engine() else { return nil }
        return try? engine.readEachCharacter(image, boxes: boxes, characters: characters)
    }

    /// What the page model can write; nil when unknown (the engine did not start, or its data
    /// file could not be read).
    var modelCharacters: ModelCharacters? { engine()?.modelCharacters }

    /// Independent readings of the amount in `box` of `page`; nil when it cannot be read again.
    func digits(page: Int, box: Box) -> CellRecognizer.DigitReadings? {
        guard let image = images[page], let engine = engine() else { return nil }
        return try? engine.readDigits(image, box: box)
    }

    private func engine() -> CellRecognizer? {
        if recognizer == nil {
            recognizer = Result { () throws(OCRError) -> CellRecognizer in try CellRecognizer(path: path, settings: settings) }
        }
        return try? recognizer?.get()
    }
}
