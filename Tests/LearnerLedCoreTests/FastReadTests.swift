import Foundation
import JSONReading
import Synchronization
import Testing
@testable import LearnerLedCore

/// The store reads artifacts without Codable when it can (`FastReads`). It must read exactly what Codable reads,
/// and leave everything unusual to Codable, whose messages name the problem.
struct FastReadTests {
    /// Every property set to something other than its default, so a field the fast path forgot would differ.
    static let everything: Artifact = {
        var a = Artifact(id: "a1", title: "Zoë's map 🗺 美玲", subjectID: "science", kind: ArtifactKind(rawValue: "diorama"),
                         date: Day("2026-10-05")!, description: "Rivers \"and\" lakes\nof Peru", location: "shelf 3",
                         stickyNote: StickyNote(reason: .challenge, words: "Me costó — ñandú", placedAt: Date(timeIntervalSince1970: 1_790_000_100), order: 4),
                         reflection: ArtifactReflection(succeeding: "I drew", challenged: "The scale", future: "Add a key"),
                         createdAt: Date(timeIntervalSince1970: 1_790_000_000), updatedAt: Date(timeIntervalSince1970: 1_790_000_200))
        a.deletedAt = Date(timeIntervalSince1970: 1_790_000_300)
        return a
    }()

    static func json(_ artifacts: [Artifact]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(artifacts)
    }

    /// How many objects a fast path took.
    final class Taken: Sendable {
        let count = Mutex(0)
        var value: Int { count.withLock { $0 } }
    }

    static func reader<T: Decodable>(_ read: @escaping @Sendable (JSONObject) -> T?, _ taken: Taken) -> JSONReader {
        JSONReader(fastPaths: [JSONReader.FastPath(T.self) { o in
            let value = read(o)
            if value != nil { taken.count.withLock { $0 += 1 } }
            return value
        }])
    }

    /// The fast path reads `full` and `bare` whole, once each, and Codable reads them the same.
    static func expectReadWhole<D: StoredDocument & Equatable>(_ read: @escaping @Sendable (JSONObject) -> D?, _ full: D,
                                                               bare: D, file: String) throws {
        let used = Taken()
        let reader = Self.reader(read, used)
        let data = try DocumentCoding.encode(full, file: file)
        #expect(try reader.decode(D.self, from: data) == full)
        #expect(used.value == 1)
        #expect(try JSONReader().decode(D.self, from: data) == full, "and Codable agrees")
        #expect(try reader.decode(D.self, from: DocumentCoding.encode(bare, file: file)) == bare)
        #expect(used.value == 2)
    }

    /// `document` saved with `find` replaced is refused, and the store's message (Codable's words) is `problem`.
    static func expectRefused<D: StoredDocument>(_ document: D, file: String, _ find: String, _ replace: String,
                                                 _ problem: String) throws {
        let good = String(decoding: try DocumentCoding.encode(document, file: file), as: UTF8.self)
        #expect(good.contains(find))
        let bad = Data(good.replacingOccurrences(of: find, with: replace).utf8)
        let error = try #require(throws: StoreError.self) { try DocumentCoding.decode(D.self, from: bad, file: file) }
        guard case .corrupt(_, let said) = error else { Issue.record("not corrupt: \(error)"); return }
        #expect(said == problem)
    }

    @Test func theFastPathReadsEveryField() throws {
        let used = Taken()
        let reader = Self.reader(Artifact.init(json:), used)
        let plain = Artifact(title: "Plain", subjectID: "math", date: Day("2026-09-01")!,
                             createdAt: Date(timeIntervalSince1970: 1_780_000_000))
        let data = try Self.json([Self.everything, plain])
        #expect(try reader.decode([Artifact].self, from: data) == [Self.everything, plain])
        #expect(used.value == 2, "both artifacts read by the fast path")
        #expect(try JSONReader().decode([Artifact].self, from: data) == [Self.everything, plain], "and Codable agrees")
    }

    /// A new stored property shows here first: add it to `Artifact.init(json:)` (and to `everything`).
    @Test func theFastPathKnowsEveryProperty() throws {
        let properties = Mirror(reflecting: Self.everything).children.compactMap(\.label)
        #expect(properties == ["id", "title", "subjectID", "kind", "date", "description", "location", "stickyNote", "reflection",
                               "createdAt", "updatedAt", "deletedAt"])
        for child in Mirror(reflecting: Self.everything).children {
            #expect(String(describing: child.value) != "nil", "\(child.label!) is set in the fixture")
        }
    }

    /// What the fast path gives up on, Codable reads and names, as before.
    @Test(arguments: [
        (#""title" : "Zoë's map 🗺 美玲","#, "", "missing \"title\" at artifacts[0]"),
        (#""reason" : "challenge""#, #""reason" : "funny""#, "a bad value at artifacts[0].stickyNote.reason"),
        (#""date" : "2026-10-05""#, #""date" : "5 Oct""#, "a bad value at artifacts[0].date"),
        (#""order" : 4"#, #""order" : "4""#, "a value of the wrong type at artifacts[0].stickyNote.order"),
    ])
    func whatTheFastPathRefusesCodableExplains(_ find: String, _ replace: String, _ problem: String) throws {
        var portfolio = Portfolio(studentID: "zoe")
        portfolio.artifacts = [Self.everything]
        try Self.expectRefused(portfolio, file: "zoe.json", find, replace, problem)
    }

    @Test func aStickyNoteOrDeletionWrittenAsNullIsAbsent() throws {
        var bare = Self.everything
        bare.stickyNote = nil
        bare.deletedAt = nil
        let text = String(decoding: try Self.json([Self.everything]), as: UTF8.self)
        let nulled = text.replacingOccurrences(of: #""deletedAt":"[^"]*""#, with: #""deletedAt":null"#, options: .regularExpression)
            .replacingOccurrences(of: #"\"stickyNote\":\{[^}]*\}"#, with: #""stickyNote":null"#, options: .regularExpression)
        #expect(nulled.contains(#""deletedAt":null"#) && nulled.contains(#""stickyNote":null"#))
        #expect(try JSONReader(fastPaths: FastReads.all).decode([Artifact].self, from: Data(nulled.utf8)) == [bare])
    }

    static let access: Access = {
        var a = Access(teacherPassphrase: PassphraseHash(algorithm: "scrypt", rounds: 16, blockSize: 8, parallelism: 1,
                                                         salt: "c2FsdA==", key: "a2V5"),
                       settings: SignInSettings(picturePasswords: true, idleMinutes: 7),
                       pictures: ["jose-garcia": [3, 1], "mei-ling": [0, 8]],
                       lockouts: ["jose-garcia": Lockout(misses: 5, until: Date(timeIntervalSince1970: 1_790_000_030)),
                                  "mei-ling": Lockout(misses: 2)])
        a.revision = 41
        return a
    }()

    @Test func accessIsReadWhole() throws {
        try Self.expectReadWhole(Access.init(json:), Self.access, bare: Access(), file: "access.json")
    }

    @Test func accessFastPathKnowsEveryProperty() {
        #expect(Mirror(reflecting: Self.access).children.compactMap(\.label)
            == ["schemaVersion", "revision", "teacherPassphrase", "settings", "pictures", "lockouts"])
        #expect(Mirror(reflecting: Self.access.settings).children.compactMap(\.label) == ["picturePasswords", "idleMinutes"])
        #expect(Mirror(reflecting: Lockout()).children.compactMap(\.label) == ["misses", "until"])
        #expect(Mirror(reflecting: Self.access.teacherPassphrase!).children.compactMap(\.label)
            == ["algorithm", "rounds", "blockSize", "parallelism", "salt", "key"])
    }

    @Test(arguments: [
        (#""idleMinutes" : 7"#, #""idleMinutes" : "7""#, "a value of the wrong type at settings.idleMinutes"),
        (#""misses" : 2"#, "", "missing \"misses\" at lockouts.mei-ling"),
        (#""rounds" : 16,"#, "", "missing \"rounds\" at teacherPassphrase"),
    ])
    func whatTheAccessFastPathRefusesCodableExplains(_ find: String, _ replace: String, _ problem: String) throws {
        try Self.expectRefused(Self.access, file: "access.json", find, replace, problem)
    }

    /// A class with every property set to something other than its default.
    static let classroom: Classroom = {
        var removed = RosterEntry(id: "mei-ling", displayName: "美玲", preferredLanguage: "zh", familyContact: "王 — 555 0101")
        removed.schoolID = "S-0042"
        removed.email = "mei@example.org"
        removed.removedAt = Date(timeIntervalSince1970: 1_790_000_500)
        var spanish = Defaults.spanish
        spanish.successCriteria = [SuccessCriterion(id: "voice", text: "Hablo claro")]
        spanish.probingQuestions = ["¿Qué harías distinto?"]
        var c = Classroom(name: "Sala 12 — Zoë", teacher: "Ms. Nguyễn", term: "Otoño 2026",
                          subjects: [Subject(id: "ciencias", name: "Ciencias 🌱", symbol: "🌱")],
                          roster: [RosterEntry(id: "jose-garcia", displayName: "José García", preferredLanguage: "es"), removed],
                          boundaries: Boundaries(maxPerSubject: 2, minTotal: 3, maxTotal: 6, requireStrengthAndChallenge: true,
                                                 requiredSubjects: ["ciencias"], agreedOn: Day("2026-09-14")!),
                          starterSets: [Defaults.english, spanish],
                          successCriteria: [SuccessCriterion(id: "voice", text: "I speak clearly")],
                          probingQuestions: ["What would you change?"],
                          conference: ConferenceSettings(format: .stations, slotMinutes: 15,
                                                         schedule: [ScheduledConference(day: Day("2026-11-30")!, time: "15:20",
                                                                                        studentID: "jose-garcia", family: ["Ana", "Luis"])]))
        c.revision = 7
        c.language = "es"
        return c
    }()

    @Test func theClassroomIsReadWhole() throws {
        try Self.expectReadWhole(Classroom.init(json:), Self.classroom, bare: Classroom(name: "R", teacher: "T"), file: "classroom.json")
    }

    /// A new stored property shows here first: add it to the classroom's fast read (and to `classroom`).
    @Test func theClassroomFastPathKnowsEveryProperty() throws {
        func labels(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }
        let c = Self.classroom
        #expect(labels(c) == ["schemaVersion", "revision", "name", "teacher", "term", "subjects", "allStudents", "boundaries",
                              "starterSets", "successCriteria", "probingQuestions", "conference", "language"])
        #expect(labels(c.subjects[0]) == ["id", "name", "symbol"])
        #expect(labels(c.allStudents[1]) == ["id", "displayName", "preferredLanguage", "familyContact", "schoolID", "email", "removedAt"])
        #expect(labels(c.boundaries) == ["maxPerSubject", "minTotal", "maxTotal", "requireStrengthAndChallenge", "requiredSubjects", "agreedOn"])
        #expect(labels(c.starterSets[1]) == ["language", "languageName", "lesson", "artifact", "opening", "closing",
                                             "successCriteria", "probingQuestions"])
        #expect(labels(c.starterSets[1].artifact) == ["succeeding", "challenged", "future"])
        #expect(labels(c.successCriteria[0]) == ["id", "text"])
        #expect(labels(c.conference) == ["format", "slotMinutes", "schedule"])
        #expect(labels(c.conference.schedule[0]) == ["day", "time", "studentID", "family"])
        for value in [c as Any, c.allStudents[1], c.boundaries, c.starterSets[1]] {
            for child in Mirror(reflecting: value).children {
                #expect(String(describing: child.value) != "nil", "\(child.label!) is set in the fixture")
            }
        }
    }

    @Test func aClassSavedBeforeSchedulesIsReadByTheFastPath() throws {
        let used = Taken()
        let text = String(decoding: try DocumentCoding.encode(Classroom(name: "R", teacher: "T"), file: "classroom.json"), as: UTF8.self)
        let old = text.replacingOccurrences(of: #""schedule" : \[\s*\],\s*"#, with: "", options: .regularExpression)
        #expect(!old.contains("schedule"))
        let read = try Self.reader(Classroom.init(json:), used).decode(Classroom.self, from: Data(old.utf8))
        #expect(read.conference.schedule.isEmpty && used.value == 1)
    }

    @Test(arguments: [
        (#""slotMinutes" : 15"#, #""slotMinutes" : "15""#, "a value of the wrong type at conference.slotMinutes"),
        (#""format" : "stations""#, #""format" : "circus""#, "a bad value at conference.format"),
        (#""day" : "2026-11-30""#, #""day" : "Monday""#, "a bad value at conference.schedule[0].day"),
        ("\"jose-garcia\",\n      \"preferredLanguage\" : \"es\"", "\"jose-garcia\"", "missing \"preferredLanguage\" at roster[0]"),
    ])
    func whatTheClassroomFastPathRefusesCodableExplains(_ find: String, _ replace: String, _ problem: String) throws {
        try Self.expectRefused(Self.classroom, file: "classroom.json", find, replace, problem)
    }
}

/// A preview's outline is handed its members by place: the names kept and the places read must be the same list.
@Test func theOutlineKeepsTheMembersItReads() {
    #expect(PortfolioPreview.outlineMembers == OutlineMember.allCases.map { "\($0)" })
}
