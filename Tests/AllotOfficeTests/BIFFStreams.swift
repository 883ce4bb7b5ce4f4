@testable import AllotOffice
import Foundation

/// BIFF8 Workbook streams built record by record for the xls tests, and the smallest OLE compound
/// file holding one (what `CompoundFile` reads: header, one FAT sector, one directory sector, the
/// stream's sectors; the mini-stream cutoff set to 0 so any stream lies in regular sectors).
enum BIFFStreams {
    /// A record: type, 16-bit length, body.
    static func record(_ type: UInt16, _ body: [UInt8]) -> [UInt8] {
        le16(type) + le16(UInt16(truncatingIfNeeded: body.count)) + body
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }

    static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }

    static func le64(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8((value >> (8 * UInt64($0))) & 0xFF) } }

    static func bof(_ kind: UInt16) -> [UInt8] { record(0x0809, le16(0x0600) + le16(kind) + [UInt8](repeating: 0, count: 12)) }

    static let eof = record(0x000A, [])

    /// A FORMULA record at (row, column), 0-based: result bytes, option flags, tokens.
    static func formula(row: UInt16, column: UInt16, result: [UInt8], options: UInt16 = 0, tokens: [UInt8]) -> [UInt8] {
        record(0x0006, le16(row) + le16(column) + le16(15) + result + le16(options) + le32(0)
            + le16(UInt16(tokens.count)) + tokens)
    }

    static func number(_ value: Double) -> [UInt8] { le64(value.bitPattern) }

    /// A special result: type (0 text, 1 boolean, 2 error, 3 empty) and its byte.
    static func special(_ type: UInt8, _ value: UInt8 = 0) -> [UInt8] { [type, 0, value, 0, 0, 0, 0xFF, 0xFF] }

    /// A NUMBER record.
    static func numberCell(row: UInt16, column: UInt16, _ value: Double) -> [UInt8] {
        record(0x0203, le16(row) + le16(column) + le16(15) + le64(value.bitPattern))
    }

    /// A FORMAT record: format index and its string (8-bit characters).
    static func format(_ index: UInt16, _ code: String) -> [UInt8] {
        record(0x041E, le16(index) + le16(UInt16(code.utf8.count)) + [0] + Array(code.utf8))
    }

    /// An XF record naming format `index` (font, format, then the rest zero: 20 bytes).
    static func extendedFormat(_ index: UInt16) -> [UInt8] {
        record(0x00E0, le16(0) + le16(index) + [UInt8](repeating: 0, count: 16))
    }

    /// A NUMBER record with XF `style`.
    static func numberCell(row: UInt16, column: UInt16, style: UInt16, _ value: Double) -> [UInt8] {
        record(0x0203, le16(row) + le16(column) + le16(style) + le64(value.bitPattern))
    }

    /// ptgRef, relative row and column.
    static func ref(row: UInt16, column: UInt16, token: UInt8 = 0x24) -> [UInt8] { [token] + le16(row) + le16(0xC000 | column) }

    /// ptgArea, relative rows and columns.
    static func area(rows: ClosedRange<UInt16>, columns: ClosedRange<UInt16>, token: UInt8 = 0x25) -> [UInt8] {
        [token] + le16(rows.lowerBound) + le16(rows.upperBound) + le16(0xC000 | columns.lowerBound) + le16(0xC000 | columns.upperBound)
    }

    /// SUM over the last `count` operands (ptgFuncVar).
    static func sum(_ count: UInt8) -> [UInt8] { [0x22, count] + le16(4) }

    /// A workbook stream: globals (BOF, a BOUNDSHEET per sheet, RECALCID when `recalculated`,
    /// EOF) then each sheet's records between its BOF and EOF (`closed`: without the EOFs when false).
    static func workbook(_ sheets: [(name: String, state: UInt8, records: [UInt8])], recalculated: Bool = true,
                         closed: Bool = true, globalRecords: [UInt8] = []) -> [UInt8] {
        func boundSheet(_ start: Int, _ sheet: (name: String, state: UInt8, records: [UInt8])) -> [UInt8] {
            let name = Array(sheet.name.utf16)
            return record(0x0085, le32(UInt32(start)) + [sheet.state, 0, UInt8(name.count), 1] + name.flatMap(le16))
        }
        var globalsLength = bof(0x0005).count + globalRecords.count + (recalculated ? 12 : 0) + (closed ? eof.count : 0)
        globalsLength += sheets.map { boundSheet(0, $0).count }.reduce(0, +)
        var start = globalsLength
        var globals = bof(0x0005) + globalRecords
        var bodies: [UInt8] = []
        for sheet in sheets {
            globals += boundSheet(start, sheet)
            let body = bof(0x0010) + sheet.records + (closed ? eof : [])
            bodies += body
            start += body.count
        }
        if recalculated { globals += record(0x01C1, le16(0x01C1) + le16(0) + le32(152_489)) }
        if closed { globals += eof }
        return globals + bodies
    }

    /// The compound file holding `stream` as its Workbook stream.
    static func compoundFile(_ stream: [UInt8]) -> [UInt8] {
        let sectors = (stream.count + 511) / 512
        precondition(sectors <= 126, "test streams stay under 64 KB")
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ bytes: [UInt8], at offset: Int) { header.replaceSubrange(offset..<(offset + bytes.count), with: bytes) }
        put([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], at: 0)
        put(le16(0x003E) + le16(3) + le16(0xFFFE) + le16(9) + le16(6), at: 0x18)
        put(le32(1), at: 0x2C)  // FAT sectors
        put(le32(1), at: 0x30)  // first directory sector
        put(le32(0), at: 0x38)  // mini-stream cutoff
        put(le32(0xFFFF_FFFE) + le32(0) + le32(0xFFFF_FFFE) + le32(0), at: 0x3C)
        put(le32(0), at: 0x4C)  // DIFAT[0]: the FAT is sector 0
        for index in 1..<109 { put(le32(0xFFFF_FFFF), at: 0x4C + 4 * index) }
        var fat: [UInt32] = [0xFFFF_FFFD, 0xFFFF_FFFE]
        for sector in 0..<sectors { fat.append(sector == sectors - 1 ? 0xFFFF_FFFE : UInt32(sector + 3)) }
        fat += [UInt32](repeating: 0xFFFF_FFFF, count: 128 - fat.count)
        func entry(_ name: String, type: UInt8, start: UInt32, size: Int, child: UInt32) -> [UInt8] {
            var bytes = [UInt8](repeating: 0, count: 128)
            let units = Array(name.utf16).flatMap(le16) + [0, 0]
            bytes.replaceSubrange(0..<units.count, with: units)
            bytes.replaceSubrange(0x40..<0x42, with: le16(UInt16(units.count)))
            bytes[0x42] = type
            bytes.replaceSubrange(0x44..<0x50, with: le32(0xFFFF_FFFF) + le32(0xFFFF_FFFF) + le32(child))
            bytes.replaceSubrange(0x74..<0x7C, with: le32(start) + le32(UInt32(size)))
            return bytes
        }
        var directory = entry("Root Entry", type: 5, start: 0xFFFF_FFFE, size: 0, child: 1)
            + entry("Workbook", type: 2, start: 2, size: stream.count, child: 0xFFFF_FFFF)
        directory += [UInt8](repeating: 0, count: 512 - directory.count)
        let padded = stream + [UInt8](repeating: 0, count: sectors * 512 - stream.count)
        return header + fat.flatMap(le32) + directory + padded
    }
}
