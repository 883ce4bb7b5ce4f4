import Foundation

/// The characters a Tesseract LSTM model can write: the unicharset stored in its `.traineddata`
/// file. A character missing from it (盂, 岢 and 隰 are missing from chi_sim) can never be read,
/// with or without a whitelist: the engine writes another character or drops the glyph, so a name
/// that holds one is found only by elimination (`NameVerifier`).
///
/// A `.traineddata` file is a table of components: an Int32 count n, n Int64 offsets (-1 for an
/// absent component) and the components' bytes; the LSTM unicharset is component 21, text whose
/// first line is the number of entries and each further line starts with one entry and a space.
public struct ModelCharacters: Sendable, Equatable {
    /// Every entry of the model's unicharset (single characters and a few multi-character ones).
    public var entries: Set<String>

    /// Index of the LSTM unicharset among a traineddata file's components (tessdatamanager.h).
    static let lstmUnicharset = 21
    /// A traineddata file has a few dozen components at most; more is not one.
    static let maximumComponents = 64

    public init(entries: Set<String>) {
        self.entries = entries
    }

    /// Whether the model can write `character`.
    public func contains(_ character: Character) -> Bool {
        entries.contains(String(character))
    }

    /// The unicharset of a traineddata file's bytes; nil when they are not one (too short, offsets
    /// outside the file, no LSTM unicharset).
    public static func parse(_ bytes: [UInt8]) -> ModelCharacters? {
        guard let count = integer(bytes, at: 0, size: 4).map({ Int(Int32(truncatingIfNeeded: $0)) }),
              count > lstmUnicharset, count <= maximumComponents else { return nil }
        var offsets: [Int] = []
        for index in 0..<count {
            guard let raw = integer(bytes, at: 4 + 8 * index, size: 8) else { return nil }
            offsets.append(Int(truncatingIfNeeded: Int64(bitPattern: raw)))
        }
        guard let start = offsets.dropFirst(lstmUnicharset).first, start > 0, start < bytes.count else { return nil }
        let end = offsets.filter { $0 > start && $0 <= bytes.count }.min() ?? bytes.count
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        var entries: Set<String> = []
        for line in text.split(separator: "\n").dropFirst() {
            guard let entry = line.split(separator: " ", maxSplits: 1).first, !entry.isEmpty else { continue }
            entries.insert(String(entry))
        }
        return entries.isEmpty ? nil : ModelCharacters(entries: entries)
    }

    /// The characters of the models of `languages` ("chi_sim", "chi_sim+eng") under `directory`
    /// (the engine's tessdata directory); nil when a model file cannot be read or parsed.
    static func load(languages: String, directory: String) -> ModelCharacters? {
        var entries: Set<String> = []
        for language in languages.split(separator: "+") {
            let path = URL(fileURLWithPath: directory).appendingPathComponent("\(language).traineddata").path
            guard let data = FileManager.default.contents(atPath: path), let model = parse([UInt8](data)) else { return nil }
            entries.formUnion(model.entries)
        }
        return entries.isEmpty ? nil : ModelCharacters(entries: entries)
    }

    /// A little-endian unsigned integer of `size` bytes at `offset`; nil past the end.
    private static func integer(_ bytes: [UInt8], at offset: Int, size: Int) -> UInt64? {
        guard offset >= 0, size <= 8, offset <= bytes.count - size else { return nil }
        var value: UInt64 = 0
        for index in (0..<size).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
        return value
    }
}
