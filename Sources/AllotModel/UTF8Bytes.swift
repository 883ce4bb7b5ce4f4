/// Checks on raw UTF-8 bytes, shared by the readers that sniff an encoding and the writers that
/// copy stored bytes straight out.
public enum UTF8Bytes {
    /// Whether `bytes` are well-formed UTF-8 (a String made from them keeps them as they are);
    /// ASCII is decided without decoding.
    @inlinable
    public static func areValid<Bytes: Sequence>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        if !bytes.contains(where: { $0 >= 0x80 }) { return true }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
