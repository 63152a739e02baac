import Foundation
import JSONReading

/// The store's readers for what is read most: the artifacts a portfolio holds by the thousand, and classroom.json and
/// access.json, read before every first frame (where Codable's first use of each type costs the Swift runtime a search
/// of every conformance in the program). Each reads a well-formed object straight from the parsed JSON and gives up
/// (nil) at anything else, which Codable then reads and names precisely. A field added to one of these types must be
/// added here too: `FastReadTests` fails until it is.
enum FastReads {
    static let all: [JSONReader.FastPath] = [
        JSONReader.FastPath(Artifact.self, Artifact.init(json:)),
        // Read before every first frame.
        JSONReader.FastPath(Access.self, Access.init(json:)),
        JSONReader.FastPath(Classroom.self, Classroom.init(json:)),
    ]
}

extension PassphraseHash {
    init(algorithm: String, rounds: Int, blockSize: Int, parallelism: Int, salt: String, key: String) {
        self.algorithm = algorithm
        self.rounds = rounds
        self.blockSize = blockSize
        self.parallelism = parallelism
        self.salt = salt
        self.key = key
    }

    init?(json p: JSONObject) {
        guard let algorithm = p.string("algorithm"), let rounds = p.integer("rounds"), let blockSize = p.integer("blockSize"),
              let parallelism = p.integer("parallelism"), let salt = p.string("salt"), let key = p.string("key") else { return nil }
        self.init(algorithm: algorithm, rounds: rounds, blockSize: blockSize, parallelism: parallelism, salt: salt, key: key)
    }
}

extension Access {
    init?(json o: JSONObject) {
        guard let schemaVersion = o.integer("schemaVersion"), let revision = o.integer("revision"),
              let settings = o.object("settings"), let picturePasswords = settings.bool("picturePasswords"),
              let idleMinutes = settings.integer("idleMinutes"), let pictures = o.object("pictures")?.integerListMembers,
              let lockouts = o.object("lockouts")?.objectMembers else { return nil }
        guard let passphrase = o.optional("teacherPassphrase", { o.object($0).flatMap(PassphraseHash.init(json:)) }) else { return nil }
        var lockoutsByStudent: [StudentID: Lockout] = [:]
        for (id, l) in lockouts {
            guard let misses = l.integer("misses"), let until = l.optional("until", l.date) else { return nil }
            lockoutsByStudent[StudentID(id)] = Lockout(misses: misses, until: until)
        }
        self.init(teacherPassphrase: passphrase, settings: SignInSettings(picturePasswords: picturePasswords, idleMinutes: idleMinutes),
                  pictures: Dictionary(pictures.map { (StudentID($0.key), $0.value) }) { $1 }, lockouts: lockoutsByStudent)
        self.schemaVersion = schemaVersion
        self.revision = revision
    }
}

extension Artifact {
    init?(json o: JSONObject) {
        guard let id = o.string("id"), let title = o.string("title"), let subjectID = o.string("subjectID"),
              let kind = o.string("kind"), let date = o.string("date").flatMap(Day.init), let description = o.string("description"),
              let location = o.string("location"), let reflection = o.object("reflection").flatMap(ArtifactReflection.init(json:)),
              let createdAt = o.date("createdAt"), let updatedAt = o.date("updatedAt"),
              let stickyNote = o.optional("stickyNote", { o.object($0).flatMap(StickyNote.init(json:)) }),
              let deletedAt = o.optional("deletedAt", o.date) else { return nil }
        self.init(id: ArtifactID(id), title: title, subjectID: SubjectID(subjectID), kind: ArtifactKind(rawValue: kind), date: date,
                  description: description, location: location, stickyNote: stickyNote, reflection: reflection,
                  createdAt: createdAt, updatedAt: updatedAt)
        self.deletedAt = deletedAt
    }
}

extension StickyNote {
    init?(json o: JSONObject) {
        guard let reason = o.string("reason").flatMap(Reason.init(rawValue:)), let words = o.string("words"),
              let placedAt = o.date("placedAt"), let order = o.integer("order") else { return nil }
        self.init(reason: reason, words: words, placedAt: placedAt, order: order)
    }
}

extension ArtifactReflection {
    init?(json o: JSONObject) {
        guard let succeeding = o.string("succeeding"), let challenged = o.string("challenged"),
              let future = o.string("future") else { return nil }
        self.init(succeeding: succeeding, challenged: challenged, future: future)
    }
}
