import _CryptoExtras
import Crypto
import Foundation

/// The teacher's passphrase as only a salted scrypt hash. The algorithm and its parameters are stored with the
/// hash, so they can be raised later without locking anyone out.
///
/// scrypt, N = 2^15, r = 8, p = 1, a 16-byte random salt, a 32-byte key: about 64 ms and 32 MiB per try here, which
/// makes guessing offline slow; the comparison takes the same time whatever it finds.
public struct PassphraseHash: Codable, Equatable, Sendable {
    public var algorithm: String
    public var rounds: Int
    public var blockSize: Int
    public var parallelism: Int
    /// Base64.
    public var salt: String
    /// Base64.
    public var key: String

    public static let standardRounds = 1 << 15

    /// Hashes a new passphrase. `rounds` is lower only in tests, where speed matters more than strength.
    public init(passphrase: String, rounds: Int = standardRounds) throws {
        var generator = SystemRandomNumberGenerator()
        let salt = Data((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
        algorithm = "scrypt"
        self.rounds = rounds
        blockSize = 8
        parallelism = 1
        self.salt = salt.base64EncodedString()
        key = try Self.derive(passphrase, salt: salt, rounds: rounds, blockSize: 8, parallelism: 1).base64EncodedString()
    }

    /// True when `passphrase` is the one this hash was made from. Compared in constant time.
    public func matches(_ passphrase: String) -> Bool {
        guard algorithm == "scrypt", let salt = Data(base64Encoded: salt), let expected = Data(base64Encoded: key),
              let derived = try? Self.derive(passphrase, salt: salt, rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        else { return false }
        return Self.constantTimeEqual(derived, expected)
    }

    static func derive(_ passphrase: String, salt: Data, rounds: Int, blockSize: Int, parallelism: Int) throws -> Data {
        let key = try KDF.Scrypt.deriveKey(from: Data(passphrase.precomposedStringWithCanonicalMapping.utf8), salt: salt,
                                           outputByteCount: 32, rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        return key.withUnsafeBytes { Data($0) }
    }

    /// Looks at every byte whatever it finds, so the time taken says nothing about how much matched.
    static func constantTimeEqual(_ a: Data, _ b: Data) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for (x, y) in zip(a, b) { difference |= x ^ y }
        return difference == 0
    }
}
