@testable import AllotOCR
import CTesseract
import XCTest

/// Tesseract is opened when the first engine is made, not linked into allot: a library that cannot
/// be loaded is an error naming what to install, and the opened one gives working engines.
final class TesseractLibraryTests: XCTestCase {
    func testALibraryThatCannotBeLoadedIsAnErrorNamingThePackage() {
        switch Tesseract.open("libtesseract-absent.so.0") {
        case .success:
            XCTFail("a library that does not exist was opened")
        case let .failure(error):
            XCTAssertTrue(error.message.contains("libtesseract-absent.so.0"), error.message)
            XCTAssertTrue(error.message.contains("install \(String(cString: allot_tesseract_package()))"), error.message)
        }
    }

    func testTheInstalledLibraryGivesAnEngine() throws {
        let soname = String(cString: allot_tesseract_soname())
        guard case let .success(api) = Tesseract.open(soname) else {
            throw XCTSkip("\(soname) is not installed; run `make setup`")
        }
        // The table's functions are the library's: an engine is made and freed through them.
        let handle = try XCTUnwrap(api.TessBaseAPICreate())
        api.TessBaseAPIDelete(handle)
    }
}
