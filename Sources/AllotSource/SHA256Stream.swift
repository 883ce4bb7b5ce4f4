/// SHA-256 of bytes that come in pieces (a file streamed through a buffer), by libcrypto: the same
/// digest `SHA256.hex` gives the bytes joined. Without libcrypto (it failed to start or update)
/// the digest is nil, so a caller keeps nothing rather than a wrong hash.
public struct SHA256Stream {
    private var running = LibCrypto.Running()
    /// Bytes hashed so far.
    public private(set) var count = 0

    public init() {}

    /// Hashes `bytes` after those given before.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        running.update(bytes)
        count += bytes.count
    }

    /// Hashes `bytes` after those given before.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The digest of every byte given, as 64 lowercase hex digits; nil when libcrypto failed. The
    /// stream is used up: a later call gives nil.
    public mutating func finish() -> String? {
        running.finish().map { SHA256.hex(digest: $0) }
    }
}
