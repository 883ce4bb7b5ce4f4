import CLibCrypto

/// OpenSSL's libcrypto behind one call (the only file calling it): SHA-256 with the machine's
/// fastest code (SHA extensions, AVX2), about twenty times the speed of the portable Swift rounds.
enum LibCrypto {
    /// The 32-byte SHA-256 digest of `bytes`, nil when libcrypto reports a failure (it allocates
    /// its digest context, so it can fail when memory runs out).
    static func sha256(_ bytes: [UInt8]) -> [UInt8]? {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let status = bytes.withUnsafeBytes { input in
            digest.withUnsafeMutableBufferPointer { output in
                EVP_Digest(input.baseAddress, input.count, output.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        guard status == 1, length == 32 else { return nil }
        return Array(digest.prefix(32))
    }
}
