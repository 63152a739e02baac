import Foundation
import Testing
@testable import LearnerLedCore

@Suite struct ModelTests {
    @Test func demoClassroomRoundTripsThroughTheStoreUnchanged() throws {
        let folder = TempFolder()
        let store = try DocumentStore(root: folder.path)
        let demo = DemoClassroom.make()
        var portfolio = demo.portfolios[0]
        portfolio.rehearsals = [Rehearsal(startedAt: Date(timeIntervalSince1970: 1_790_000_000), partner: .peer,
                                          partnerName: "Zoë", totalSteps: 9)]
        portfolio.conference = ConferenceRecord(status: .scheduled)
        portfolio.trash = [Artifact(title: "Old draft 学生", subjectID: "math", date: Day("2026-09-02")!,
                                    createdAt: Date(timeIntervalSince1970: 1_788_000_000))]
        let saved = try store.create(.student(portfolio.studentID), portfolio).get()
        let loaded = try #require(try store.load(.student(portfolio.studentID), as: Portfolio.self).get())
        var expected = portfolio
        expected.revision = 1
        #expect(saved == expected)
        #expect(loaded == expected)

        let classroom = try store.create(.classroom, demo.classroom).get()
        #expect(try store.load(.classroom, as: Classroom.self).get() == classroom)
        #expect(classroom.revision == 1)
    }

    @Test func dayParsesOnlyRealDates() {
        #expect(Day("2026-09-14")?.description == "2026-09-14")
        #expect(Day("2028-02-29") != nil)
        #expect(Day("2026-02-29") == nil)
        #expect(Day("2026-13-01") == nil)
        #expect(Day("2026-9-14") == nil)
        #expect(Day("yesterday") == nil)
        #expect(Day("2026-09-14")! < Day("2026-10-01")!)
        #expect(Day("2026-09-14")!.monthTitle() == "September 2026")
        #expect(Day("0042-01-05")?.description == "0042-01-05")
        #expect(Day("2026-09-1x") == nil && Day("2026_09-14") == nil && Day("２０２６-09-14") == nil)
    }

    /// The local day comes from the C library's clock; it must be the day Foundation's calendar says.
    @Test func theLocalDayIsTheCalendarsDay() {
        for seconds in [0, 951_782_399, 951_782_400, 1_790_000_000, 1_798_761_599, 1_798_761_600] as [TimeInterval] {
            let moment = Date(timeIntervalSince1970: seconds)
            let c = Calendar.current.dateComponents([.year, .month, .day], from: moment)
            #expect(Day(moment) == Day(year: c.year!, month: c.month!, day: c.day!), "\(seconds)")
        }
    }

    @Test func studentIDsAreSafeFileNames() {
        #expect(Identifier.slug("José García") == "jose-garcia")
        #expect(Identifier.slug("Nguyễn Văn An") == "nguyen-van-an")
        #expect(Identifier.slug("Zoë Müller") == "zoe-muller")
        #expect(Identifier.slug("美玲") == "mei-ling", "ICU's transliteration, never “student”")
        #expect(Identifier.slug("Фатима Аль-Саид") == "fatima-al-said")
        #expect(Identifier.slug("김민준") == "gimminjun")
        #expect(Identifier.slug("Ærø Łukasz") == "aero-lukasz")
        #expect(Identifier.slug("🦊") == "fox-face")
        #expect(Identifier.slug("../../etc/passwd") == "etc-passwd")
        #expect(Identifier.uniqueStudentID(for: "Zoë", taken: ["zoe", "zoe-2"]) == "zoe-3")
        #expect(Identifier.isValidStudentID("jose-garcia"))
        #expect(!Identifier.isValidStudentID("../x"))
        #expect(!Identifier.isValidStudentID(""))
        #expect(!Identifier.isValidStudentID("José"))
    }

    @Test func chosenArtifactsFollowStickyNoteOrder() {
        var p = Portfolio(studentID: "a")
        for (i, order) in [2, nil, 0, 1].enumerated() {
            var artifact = Artifact(id: "x\(i)", title: "T\(i)", subjectID: "math", date: Day("2026-09-01")!)
            artifact.stickyNote = order.map { StickyNote(reason: .strength, order: $0) }
            p.artifacts.append(artifact)
        }
        #expect(p.chosen.map(\.id) == ["x2", "x3", "x0"])
    }

    @Test func unknownArtifactKindIsKeptAsWritten() throws {
        let data = Data(#"["collage"]"#.utf8)
        let kinds = try JSONDecoder().decode([ArtifactKind].self, from: data)
        #expect(kinds == [ArtifactKind(rawValue: "collage")])
        #expect(String(decoding: try JSONEncoder().encode(kinds), as: UTF8.self) == #"["collage"]"#)
    }
}

@Suite struct DefaultsTests {
    @Test func englishStartersAreExactlyThePractices() {
        #expect(Defaults.english.lesson == [
            "I used to… Now I…", "Today, I succeeded by…", "Today, I struggled with…",
            "Next time, I will…", "I am still puzzled by…", "I am wondering…",
        ])
        #expect(Defaults.english.artifact == ArtifactStarters(
            succeeding: "This artifact shows I am succeeding with…",
            challenged: "This artifact shows I am still challenged by…",
            future: "In the future, I will…"))
    }

    @Test func spanishSetHasTheSameShape() {
        let es = Defaults.spanish
        #expect(es.language == "es")
        #expect(es.lesson.count == Defaults.english.lesson.count)
        #expect(es.closing.count == Defaults.english.closing.count)
        #expect(es.opening.count == Defaults.english.opening.count)
        #expect(Set(es.lesson).isDisjoint(with: Defaults.english.lesson))
        #expect(es.artifact.future == "En el futuro, voy a…")
    }

    @Test func starterSetFallsBackToEnglish() {
        let c = Classroom(name: "R", teacher: "T")
        #expect(c.starters(for: "es").language == "es")
        #expect(c.starters(for: "vi").language == "en")
        #expect(c.starters(for: nil).language == "en")
    }

    @Test func defaultBoundariesAndCriteria() {
        #expect(Defaults.boundaries.maxPerSubject == 2)
        #expect(Defaults.boundaries.requireStrengthAndChallenge)
        #expect(Defaults.successCriteria.contains { $0.text.contains("eye contact") && $0.text.contains("body language") })
        #expect(Defaults.probingQuestions.count == 8)
        #expect(Defaults.probingQuestions.first == "How do you feel this went — did it turn out the way you planned?")
    }

    @Test func trimmingSpacesAgreesWithFoundationsWhitespaces() {
        let samples = ["", " ", "\t", "  José  ", "\tZoë\t", "\u{3000}美玲\u{3000}", "\u{00A0}a b\u{2003}", "a\n", "\n a \n",
                       "e\u{301} ", " \u{301}x", "Nguyễn Văn An", "\u{2028}x\u{2028}", "   \t  "]
        for sample in samples {
            #expect(sample.trimmingSpaces == sample.trimmingCharacters(in: .whitespaces), "\(sample.unicodeScalars.map(\.value))")
        }
    }

    @Test func nameKeysFoldCaseAccentsAndWidth() {
        #expect("  Zoë Müller ".nameKey == "zoe muller")
        #expect("ＺＯＥ　ＭＵＬＬＥＲ".nameKey == "zoe muller")
        #expect("Nguyễn Văn An".nameKey == "nguyen van an")
        #expect("".nameKey == "")
        // Plain ASCII takes a shorter way; it must give what Foundation's folding gives.
        let ascii = String((0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) })
        let folded = ascii.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                   locale: Locale(identifier: "en")).trimmingCharacters(in: .whitespaces)
        #expect(ascii.nameKey == folded)
        #expect("\tJOSE\t".nameKey == "jose")
    }
}
