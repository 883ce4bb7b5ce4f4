import CTesseract
import Foundation

/// The only place that calls Tesseract. Each call copies the engine's results into Swift values
/// at once; every string, iterator and engine it creates is freed here. The library is opened when
/// the first engine is made (a run that meets no image-only page never loads it).
enum Tesseract {
    /// The engine refused to start or to read an image.
    struct RawError: Error {
        var message: String
    }

    /// The functions of the library, found once a process (or why they could not be).
    nonisolated(unsafe) private static let library: Result<AllotTesseractAPI, RawError> =
        open(String(cString: allot_tesseract_soname()))

    /// Opens the Tesseract library named `soname` and finds the functions allot calls in it.
    static func open(_ soname: String) -> Result<AllotTesseractAPI, RawError> {
        let table = UnsafeMutablePointer<AllotTesseractAPI>.allocate(capacity: 1)
        defer { table.deallocate() }
        if let failure = allot_tesseract_open(soname, table) {
            let package = String(cString: allot_tesseract_package())
            return .failure(RawError(message: "cannot load the Tesseract library: \(String(cString: failure)) "
                                         + "(install \(package), tesseract-ocr-chi-sim, tesseract-ocr-eng and tesseract-ocr-osd)"))
        }
        return .success(table.pointee)
    }

    /// One recognized symbol with its boxes, in pixels of the image given (origin top-left).
    struct Symbol {
        var text: String
        var box: PixelBox
        /// Box of the whole text line the symbol belongs to.
        var lineBox: PixelBox
        /// Box of the word (the engine's per-symbol boxes are rough; its word boxes are not).
        var wordBox: PixelBox
        /// Ordinal of the text line and of the word in this recognition.
        var line: Int
        var word: Int
        /// 0-100.
        var confidence: Double
        /// Other symbols the engine considered, best first, without the chosen one.
        var choices: [(text: String, confidence: Double)]
    }

    /// How the engine should cut the image into lines.
    enum Segmentation {
        /// A uniform block of text (a page or a table region).
        case block
        /// One line of text (a table cell).
        case line
        /// Sparse text in no particular order.
        case sparse
        /// One character.
        case character

        var mode: TessPageSegMode {
            switch self {
            case .block: PSM_SINGLE_BLOCK
            case .line: PSM_SINGLE_LINE
            case .sparse: PSM_SPARSE_TEXT
            case .character: PSM_SINGLE_CHAR
            }
        }
    }

    /// One initialized engine. Not thread-safe: one per thread.
    final class Engine {
        private let handle: OpaquePointer
        private let api: AllotTesseractAPI

        /// Loads `languages` ("chi_sim+eng") from the system's tessdata and applies `variables`.
        init(languages: String, variables: [(String, String)]) throws(RawError) {
            // Files are read in parallel by allot's own workers: Tesseract's OpenMP threads on top
            // of them only contend for the same cores (measured: twice the wall time on 2 cores).
            // A limit the user set is kept. Set before the library is opened: libgomp, which it
            // loads, reads its environment once, when loaded.
            setenv("OMP_THREAD_LIMIT", "1", 0)
            let api = try Tesseract.library.get()
            guard let handle = api.TessBaseAPICreate() else { throw RawError(message: "cannot create the Tesseract engine") }
            guard api.TessBaseAPIInit3(handle, nil, languages) == 0 else {
                api.TessBaseAPIDelete(handle)
                throw RawError(message: "cannot load the Tesseract language data \"\(languages)\" (install tesseract-ocr-chi-sim, tesseract-ocr-eng and tesseract-ocr-osd)")
            }
            for (name, value) in variables where api.TessBaseAPISetVariable(handle, name, value) == 0 {
                api.TessBaseAPIEnd(handle)
                api.TessBaseAPIDelete(handle)
                throw RawError(message: "Tesseract does not know the setting \(name)")
            }
            self.handle = handle
            self.api = api
        }

        deinit {
            api.TessBaseAPIEnd(handle)
            api.TessBaseAPIDelete(handle)
        }

        /// The directory the engine loaded its language data from (the string belongs to the engine:
        /// copied, never freed here).
        var dataPath: String? {
            guard let raw = api.TessBaseAPIGetDatapath(handle) else { return nil }
            return String(cString: raw)
        }

        /// Sets one engine variable (a character whitelist, …); false when the engine rejects it.
        @discardableResult
        func set(_ name: String, _ value: String) -> Bool {
            api.TessBaseAPISetVariable(handle, name, value) != 0
        }

        /// Recognizes an 8-bit grey image (rows without padding) and returns its symbols.
        func recognize(gray: [UInt8], width: Int, height: Int, dpi: Int,
                       segmentation: Segmentation) throws(RawError) -> [Symbol] {
            guard width > 0, height > 0, gray.count == width * height else {
                throw RawError(message: "image of \(width)×\(height) pixels has \(gray.count) samples")
            }
            let status = gray.withUnsafeBufferPointer { buffer -> Int32 in
                api.TessBaseAPISetPageSegMode(handle, segmentation.mode)
                api.TessBaseAPISetImage(handle, buffer.baseAddress, Int32(clamping: width), Int32(clamping: height), 1,
                                    Int32(clamping: width))
                api.TessBaseAPISetSourceResolution(handle, Int32(clamping: dpi))
                return api.TessBaseAPIRecognize(handle, nil)
            }
            defer { api.TessBaseAPIClear(handle) }
            guard status == 0 else { throw RawError(message: "Tesseract could not recognize the image (status \(status))") }
            return symbols()
        }

        /// Orientation and script detection (an engine loaded with "osd"): the clockwise angle
        /// (0, 90, 180 or 270) by which the text of an 8-bit grey image is turned, and the
        /// engine's confidence in it; nil when it finds too little text to tell.
        func orientation(gray: [UInt8], width: Int, height: Int, dpi: Int) -> (degrees: Int, confidence: Double)? {
            guard width > 0, height > 0, gray.count == width * height else { return nil }
            var degrees: Int32 = 0
            var confidence: Float = 0
            var script: UnsafePointer<CChar>?
            var scriptConfidence: Float = 0
            let found = gray.withUnsafeBufferPointer { buffer -> Int32 in
                api.TessBaseAPISetPageSegMode(handle, PSM_OSD_ONLY)
                api.TessBaseAPISetImage(handle, buffer.baseAddress, Int32(clamping: width), Int32(clamping: height), 1,
                                    Int32(clamping: width))
                api.TessBaseAPISetSourceResolution(handle, Int32(clamping: dpi))
                // The script name points into the engine's own tables: never freed here.
                return api.TessBaseAPIDetectOrientationScript(handle, &degrees, &confidence, &script, &scriptConfidence)
            }
            api.TessBaseAPIClear(handle)
            guard found != 0 else { return nil }
            return (Int(degrees), Double(confidence))
        }

        private func symbols() -> [Symbol] {
            guard let iterator = api.TessBaseAPIGetIterator(handle) else { return [] }
            defer { api.TessResultIteratorDelete(iterator) }
            guard let page = api.TessResultIteratorGetPageIteratorConst(iterator) else { return [] }
            var result: [Symbol] = []
            var line = -1
            var word = -1
            var lineBox = PixelBox(left: 0, top: 0, right: 0, bottom: 0)
            var wordBox = lineBox
            repeat {
                if api.TessPageIteratorIsAtBeginningOf(page, RIL_TEXTLINE) != 0 {
                    line += 1
                    lineBox = box(page, RIL_TEXTLINE) ?? lineBox
                }
                if api.TessPageIteratorIsAtBeginningOf(page, RIL_WORD) != 0 {
                    word += 1
                    wordBox = box(page, RIL_WORD) ?? wordBox
                }
                guard let raw = api.TessResultIteratorGetUTF8Text(iterator, RIL_SYMBOL) else { continue }
                let text = String(cString: raw)
                api.TessDeleteText(raw)
                guard !text.isEmpty, let box = box(page, RIL_SYMBOL) else { continue }
                result.append(Symbol(text: text, box: box, lineBox: lineBox, wordBox: wordBox, line: line, word: word,
                                     confidence: Double(api.TessResultIteratorConfidence(iterator, RIL_SYMBOL)),
                                     choices: choices(iterator, excluding: text)))
            } while api.TessResultIteratorNext(iterator, RIL_SYMBOL) != 0
            return result
        }

        private func box(_ page: OpaquePointer, _ level: TessPageIteratorLevel) -> PixelBox? {
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            guard api.TessPageIteratorBoundingBox(page, level, &left, &top, &right, &bottom) != 0 else { return nil }
            return PixelBox(left: Int(left), top: Int(top), right: Int(right), bottom: Int(bottom))
        }

        /// The choice iterator's symbols (the chosen one comes first and is dropped).
        private func choices(_ iterator: OpaquePointer, excluding chosen: String) -> [(text: String, confidence: Double)] {
            guard let choice = api.TessResultIteratorGetChoiceIterator(iterator) else { return [] }
            defer { api.TessChoiceIteratorDelete(choice) }
            var result: [(text: String, confidence: Double)] = []
            repeat {
                // The text belongs to the iterator: copied, never freed here.
                guard let raw = api.TessChoiceIteratorGetUTF8Text(choice) else { continue }
                let text = String(cString: raw)
                if !text.isEmpty, text != chosen, !result.contains(where: { $0.text == text }) {
                    result.append((text, Double(api.TessChoiceIteratorConfidence(choice))))
                }
            } while api.TessChoiceIteratorNext(choice) != 0
            return result
        }
    }
}
