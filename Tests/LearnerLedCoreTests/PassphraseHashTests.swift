import Foundation
import Testing
@testable import LearnerLedCore

/// The teacher's passphrase is kept only as a salted scrypt hash, compared in constant time.
@Suite struct PassphraseHashTests {
    @Test func theHashMatchesOnlyThePassphraseAndKeepsItsParameters() throws {
        let hash = try PassphraseHash(passphrase: "owl feathers", rounds: 1 << 10)
        #expect(hash.matches("owl feathers"))
        #expect(!hash.matches("owl feather"))
        #expect(!hash.matches(""))
        #expect(hash.algorithm == "scrypt" && hash.rounds == 1024 && hash.blockSize == 8 && hash.parallelism == 1)
        #expect(Data(base64Encoded: hash.salt)?.count == 16 && Data(base64Encoded: hash.key)?.count == 32)
        let again = try PassphraseHash(passphrase: "owl feathers", rounds: 1 << 10)
        #expect(again.salt != hash.salt && again.key != hash.key, "a fresh salt every time")
        let stored = String(decoding: try JSONEncoder().encode(hash), as: UTF8.self)
        #expect(!stored.contains("owl"))
    }

    @Test func theStandardStrengthIsScryptTwoToTheFifteen() throws {
        #expect(PassphraseHash.standardRounds == 32768)
        let hash = try PassphraseHash(passphrase: "Zoë's teacher")
        #expect(hash.matches("Zoë's teacher"))
        #expect(hash.matches("Zoe\u{308}'s teacher"), "the same letters however they were typed")
    }

    @Test func theComparisonLooksAtEveryByte() {
        let a = Data(repeating: 7, count: 32)
        var b = a
        #expect(PassphraseHash.constantTimeEqual(a, b))
        b[31] = 8
        #expect(!PassphraseHash.constantTimeEqual(a, b))
        b = a
        b[0] = 8
        #expect(!PassphraseHash.constantTimeEqual(a, b))
        #expect(!PassphraseHash.constantTimeEqual(a, a.prefix(31)))
    }
}
