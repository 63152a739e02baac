import Foundation

/// Who may open what: the teacher's passphrase (as a hash only), the class's sign-in settings, each child's
/// picture password and the pauses after too many wrong tries. Stored as `access.json`, apart from the class
/// so that no listing or export ever carries it.
public struct Access: StoredDocument {
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    public var revision: Int
    /// Nil until the teacher chooses one: the teacher's side stays locked.
    public var teacherPassphrase: PassphraseHash?
    public var settings: SignInSettings
    /// Each child's two pictures, in order, as indexes into `Pictures.all`.
    public var pictures: [StudentID: [Int]]
    public var lockouts: [StudentID: Lockout]

    public init(teacherPassphrase: PassphraseHash? = nil, settings: SignInSettings = SignInSettings(),
                pictures: [StudentID: [Int]] = [:], lockouts: [StudentID: Lockout] = [:]) {
        schemaVersion = Self.currentSchemaVersion
        revision = 0
        self.teacherPassphrase = teacherPassphrase
        self.settings = settings
        self.pictures = pictures
        self.lockouts = lockouts
    }
}

public struct SignInSettings: Codable, Equatable, Sendable {
    /// Children pick two pictures in order after their name (many K-2 classes do not use them).
    public var picturePasswords: Bool
    /// A child's session goes back to sign-in after this many minutes without a key (never during a rehearsal
    /// or the conference).
    public var idleMinutes: Int

    public init(picturePasswords: Bool = false, idleMinutes: Int = 10) {
        self.picturePasswords = picturePasswords
        self.idleMinutes = idleMinutes
    }
}

/// Wrong picture tries for one child; after `Lockout.limit` of them, a pause on every terminal.
public struct Lockout: Codable, Equatable, Sendable {
    public static let limit = 5
    public static let pause: TimeInterval = 30

    public var misses: Int
    public var until: Date?

    public init(misses: Int = 0, until: Date? = nil) {
        self.misses = misses
        self.until = until
    }

    public func isPaused(at now: Date) -> Bool { until.map { now < $0 } ?? false }

    public func secondsLeft(at now: Date) -> Int { max(0, Int((until ?? now).timeIntervalSince(now).rounded(.up))) }
}

/// The nine pictures a child chooses from: an emoji and a word, so a terminal without emoji still works.
public enum Pictures {
    public static let all: [(emoji: String, word: String)] = [
        ("🐢", "turtle"), ("⭐", "star"), ("🍎", "apple"), ("🚀", "rocket"), ("🐱", "cat"),
        ("🌈", "rainbow"), ("⚽", "ball"), ("🌻", "flower"), ("🐟", "fish"),
    ]

    /// "🐢 turtle", the word in the language of the person reading it.
    public static func name(_ index: Int, in strings: Strings = .english) -> String {
        all.indices.contains(index) ? "\(all[index].emoji) \(strings(Phrase(verbatim: all[index].word)))" : "?"
    }
}

/// A change to `access.json`, applied under its lock like every other document's.
public enum AccessChange: Equatable, Sendable {
    case setPassphrase(PassphraseHash)
    case setSettings(SignInSettings)
    case setPictures(StudentID, [Int]?)
    /// A wrong try: one more miss, and a pause after the limit.
    case missed(StudentID, at: Date)
    /// Signed in, or the teacher's reset: the count starts again.
    case clearLockout(StudentID)

    public func apply(to access: inout Access) {
        switch self {
        case .setPassphrase(let hash): access.teacherPassphrase = hash
        case .setSettings(let settings): access.settings = settings
        case .setPictures(let id, let pictures): access.pictures[id] = pictures
        case .missed(let id, let at):
            var lockout = access.lockouts[id] ?? Lockout()
            if let until = lockout.until, at >= until { lockout = Lockout() }
            lockout.misses += 1
            if lockout.misses >= Lockout.limit { lockout.until = at.addingTimeInterval(Lockout.pause) }
            access.lockouts[id] = lockout
        case .clearLockout(let id): access.lockouts[id] = nil
        }
    }
}
