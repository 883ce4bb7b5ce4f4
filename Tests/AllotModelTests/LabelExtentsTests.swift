@testable import AllotModel
import XCTest

/// Label extents held 16 bytes a row read back exactly as measured, and a row without one as nil,
/// whatever values the measured extents hold.
final class LabelExtentsTests: XCTestCase {
    func testExtentsReadBackExactly() {
        let measured: [LabelExtent?] = [
            LabelExtent(start: 0, end: 3), nil, LabelExtent(start: 1.5, end: 1.5), LabelExtent(start: -0.0, end: 0.1),
            LabelExtent(start: .nan, end: .nan), LabelExtent(start: .infinity, end: .infinity), nil,
            LabelExtent(start: 0, end: .infinity),
        ]
        let extents = LabelExtents(Array(measured.indices)) { measured[$0] }
        for (index, expected) in measured.enumerated() {
            let read = extents[index]
            XCTAssertEqual(read == nil, expected == nil, "row \(index)")
            XCTAssertEqual(read?.start.bitPattern, expected?.start.bitPattern, "row \(index)")
            XCTAssertEqual(read?.end.bitPattern, expected?.end.bitPattern, "row \(index)")
        }
        XCTAssertNil(extents[measured.count])
        XCTAssertNil(extents[-1])
        XCTAssertNil(LabelExtents()[0])
        XCTAssertEqual(MemoryLayout<LabelExtent>.stride, 16)
    }
}
