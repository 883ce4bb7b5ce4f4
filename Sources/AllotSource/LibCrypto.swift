import CLibCrypto

/// OpenSSL's libcrypto (the only file calling it): SHA-256 with the machine's fastest code (SHA
/// extensions, AVX2), about twenty times the speed of the portable Swift rounds.
enum LibCrypto {
    /// The 32-byte SHA-256 digest of `bytes`, nil when libcrypto reports a failure.
    static func sha256(_ bytes: [UInt8]) -> [UInt8]? {
        var running = Running()
        bytes.withUnsafeBytes { running.update($0) }
        return running.finish()
    }
}

extension LibCrypto {
    /// A SHA-256 taken over bytes given in pieces (`SHA256Stream`): the context is a plain C struct,
    /// nothing to free. Once libcrypto reports a failure the digest is nil.
    struct Running {
        private var context = SHA256_CTX()
        private var failed: Bool

        init() {
            failed = false
            failed = SHA256_Init(&context) != 1
        }

        mutating func update(_ bytes: UnsafeRawBufferPointer) {
            guard !failed, let base = bytes.baseAddress, !bytes.isEmpty else { return }
            failed = SHA256_Update(&context, base, bytes.count) != 1
        }

        /// The 32-byte digest; the context is used up.
        mutating func finish() -> [UInt8]? {
            guard !failed else { return nil }
            failed = true
            var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
            let finished = digest.withUnsafeMutableBufferPointer { output in SHA256_Final(output.baseAddress, &context) }
            return finished == 1 ? digest : nil
        }
    }
}
