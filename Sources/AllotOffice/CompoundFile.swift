/// One stream of an OLE compound file (MS-CFB, the container of an xls workbook), read from its
/// bytes in plain Swift: the header's sector sizes and DIFAT → the FAT → the directory → the named
/// stream's sector chain (or its mini-stream chain when it is smaller than the cutoff). Every
/// index is checked and every chain bounded by the sector count, so a damaged or hostile file gives
/// nil, never a trap or a loop.
struct CompoundFile {
    private let bytes: [UInt8]
    private let sectorSize: Int
    private let miniSectorSize: Int
    private let miniCutoff: Int
    private var fat: [UInt32] = []

    private static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// Chain ends and unused entries are these and above.
    private static let lastRegular: UInt32 = 0xFFFF_FFFA

    /// The container's header and FAT; nil when `bytes` are no compound file.
    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 512, Array(bytes.prefix(8)) == Self.signature else { return nil }
        self.bytes = bytes
        guard let sectorShift = Self.u16(bytes, 0x1E), let miniShift = Self.u16(bytes, 0x20),
              [9, 12].contains(sectorShift), miniShift == 6 else { return nil }
        sectorSize = 1 << Int(sectorShift)
        miniSectorSize = 1 << Int(miniShift)
        miniCutoff = Int(Self.u32(bytes, 0x38) ?? 4096)
        // The DIFAT: 109 entries in the header, then chained DIFAT sectors.
        var fatSectors: [UInt32] = (0..<109).compactMap { Self.u32(bytes, 0x4C + 4 * $0) }.filter { $0 < Self.lastRegular }
        var next = Self.u32(bytes, 0x44) ?? Self.lastRegular + 2
        var budget = bytes.count / sectorSize
        while next < Self.lastRegular, budget > 0 {
            budget -= 1
            guard let start = offset(of: next) else { return nil }
            let perSector = sectorSize / 4 - 1
            fatSectors += (0..<perSector).compactMap { Self.u32(bytes, start + 4 * $0) }.filter { $0 < Self.lastRegular }
            next = Self.u32(bytes, start + 4 * perSector) ?? Self.lastRegular + 2
        }
        for sector in fatSectors {
            guard let start = offset(of: sector) else { return nil }
            fat += (0..<(sectorSize / 4)).compactMap { Self.u32(bytes, start + 4 * $0) }
        }
    }

    /// The stream named `name` (a top-level or nested entry of type stream), nil when absent or damaged.
    func stream(named name: String) -> [UInt8]? {
        guard let first = Self.u32(bytes, 0x30), let directory = chain(from: first, sectorSize: sectorSize, in: nil) else {
            return nil
        }
        var root: (start: UInt32, size: Int)?
        for entry in stride(from: 0, to: directory.count - 127, by: 128) {
            let type = directory[entry + 0x42]
            let nameLength = min(Int(Self.u16(directory, entry + 0x40) ?? 0), 64)
            let units = (0..<max(0, nameLength / 2 - 1)).compactMap { Self.u16(directory, entry + 2 * $0) }
            guard let start = Self.u32(directory, entry + 0x74), let size = Self.u32(directory, entry + 0x78) else { continue }
            if type == 5 { root = (start, Int(size)) }
            guard type == 2, String(decoding: units, as: UTF16.self) == name else { continue }
            if Int(size) < miniCutoff {
                guard let root, let mini = chain(from: root.start, sectorSize: sectorSize, in: nil) else { return nil }
                return chain(from: start, sectorSize: miniSectorSize, in: Array(mini.prefix(root.size)))
                    .map { Array($0.prefix(Int(size))) }
            }
            return chain(from: start, sectorSize: sectorSize, in: nil).map { Array($0.prefix(Int(size))) }
        }
        return nil
    }

    /// The bytes of a chain of sectors (of the file, or of `mini`, the mini stream, through the
    /// mini FAT), nil on a broken chain.
    private func chain(from start: UInt32, sectorSize size: Int, in mini: [UInt8]?) -> [UInt8]? {
        let table: [UInt32]
        if mini != nil {
            guard let first = Self.u32(bytes, 0x3C), let miniFAT = chain(from: first, sectorSize: sectorSize, in: nil) else {
                return nil
            }
            table = (0..<(miniFAT.count / 4)).compactMap { Self.u32(miniFAT, 4 * $0) }
        } else {
            table = fat
        }
        var out: [UInt8] = []
        var sector = start
        var steps = 0
        while sector < Self.lastRegular {
            steps += 1
            guard steps <= table.count, Int(sector) < table.count else { return nil }
            if let mini {
                let begin = Int(sector) * size
                guard begin + size <= mini.count else { return nil }
                out += mini[begin..<(begin + size)]
            } else {
                guard let begin = offset(of: sector), begin + size <= bytes.count else { return nil }
                out += bytes[begin..<(begin + size)]
            }
            sector = table[Int(sector)]
        }
        return out
    }

    private func offset(of sector: UInt32) -> Int? {
        let start = (Int(sector) + 1) * sectorSize
        return start + sectorSize <= bytes.count ? start : nil
    }

    static func u16(_ data: [UInt8], _ at: Int) -> UInt16? {
        guard at >= 0, at + 2 <= data.count else { return nil }
        return UInt16(data[at]) | UInt16(data[at + 1]) << 8
    }

    static func u32(_ data: [UInt8], _ at: Int) -> UInt32? {
        guard at >= 0, at + 4 <= data.count else { return nil }
        return (0..<4).reduce(UInt32(0)) { $0 | UInt32(data[at + $1]) << (8 * UInt32($1)) }
    }
}
