import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

@Suite struct JournalTests {
    @Test func anEndOfLessonEntryIsTwoKeysThenTheWords() throws {
        var s = Fixture.state(.student("sofia-hernandez"))
        let before = s.portfolios["sofia-hernandez"]!.journal.count
        press(&s, .character("w"), .character("3"))
        let form = try #require(s.screen.as(JournalEntryForm.self))
        #expect(form.focus == .words && form.starterIndex == 2)
        type(&s, "las fracciones con denominadores distintos")
        let effects = press(&s, .enter)
        let entry = try #require(s.portfolios["sofia-hernandez"]!.journal.last)
        #expect(s.portfolios["sofia-hernandez"]!.journal.count == before + 1)
        #expect(entry.starter == "Hoy tuve dificultades con…", "her Spanish set")
        #expect(entry.words == "las fracciones con denominadores distintos")
        #expect(entry.date == Fixture.now)
        #expect(effects == [.save(.portfolio("sofia-hernandez", .addJournalEntry(entry)))])
    }

    @Test func anEntryWithoutWordsAsksToFinishTheSentence() throws {
        var s = Fixture.state(.student("zoe-muller"))
        press(&s, .character("w"), .character("1"))
        #expect(press(&s, .enter) == [])
        let form = try #require(s.screen.as(JournalEntryForm.self))
        #expect(form.error == "Finish the sentence, then press Enter.")
    }

    @Test func writingFromAnArtifactLinksIt() throws {
        var s = Fixture.portfolio("zoe-muller")
        let p = try #require(s.screen.as(PortfolioScreen.self))
        let artifact = try #require(p.artifact(atRow: p.cursor.selected, in: s.portfolios["zoe-muller"]!))
        press(&s, .character("w"), .character("2"))
        type(&s, "measuring carefully")
        press(&s, .enter)
        #expect(s.portfolios["zoe-muller"]!.journal.last?.artifactID == artifact.id)
        #expect(s.portfolios["zoe-muller"]!.journal.last?.subjectID == artifact.subjectID)
        let detail = render(s).text
        #expect(detail.contains("In my journal:"))
    }

    @Test func theJournalIsNewestFirstFindsAndDeletesWithUndo() throws {
        var s = Fixture.portfolio("zoe-muller")
        press(&s, .character("J"))
        let j = try #require(s.screen.as(JournalScreen.self))
        let entries = s.portfolios["zoe-muller"]!.entries
        #expect(j.rows == entries.map(\.id))
        #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.date >= $1.date })
        press(&s, .character("/"))
        type(&s, entries.last!.words)
        let found = try #require(s.screen.as(JournalScreen.self))
        #expect(found.rows.contains(entries.last!.id))
        #expect(found.rows.count <= entries.count)
        press(&s, .escape)
        let first = entries[0].id
        press(&s, .character("d"))
        #expect(s.portfolios["zoe-muller"]!.entries.map(\.id) == Array(entries.dropFirst()).map(\.id))
        press(&s, .character("u"))
        #expect(s.portfolios["zoe-muller"]!.entries.first?.id == first)
    }

    @Test func editingAnEntryChangesOnlyItsWords() throws {
        var s = Fixture.portfolio("zoe-muller")
        press(&s, .character("J"), .enter)
        let form = try #require(s.screen.as(JournalEntryForm.self))
        let original = try #require(form.original)
        press(&s, .end)
        type(&s, " too")
        let effects = press(&s, .enter)
        var changed = original
        changed.words += " too"
        #expect(effects == [.save(.portfolio("zoe-muller", .updateJournalEntry(changed, base: original)))])
    }

    @Test func classReflectionCountsDownAndSaysWhoWroteToday() throws {
        var s = Fixture.state()
        press(&s, .character("R"), .left)
        let r = try #require(s.screen.as(ClassReflectionScreen.self))
        #expect(r.minutes == 4 && r.secondsLeft == 240)
        press(&s, .space)
        #expect(render(s).text.contains("Writing time…"))
        var p = s.portfolios["amara-okafor"]!
        p.journal.append(JournalEntry(date: Fixture.now, starter: "I am wondering…", words: "why the moon changes"))
        send(&s, .portfoliosLoaded([p], unreadable: [:]))
        _ = reduce(&s, .tick(Fixture.now.addingTimeInterval(241)), now: Fixture.now.addingTimeInterval(241))
        let text = render(s).text
        #expect(text.contains("Time is up!"))
        #expect(text.contains("Wrote today (1): Amara Okafor"))
    }
}

@Suite struct JournalSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func journalWithALongSpanishEntry(width: Int, height: Int) {
        var s = Fixture.portfolio("sofia-hernandez", width: width, height: height)
        var p = s.portfolios["sofia-hernandez"]!
        p.journal.append(JournalEntry(id: "long", date: Fixture.now, subjectID: "science", starter: "Me pregunto…",
                                      words: "por qué las hojas cambian de color en otoño y si los árboles de otros países también lo hacen, como en Vietnam o en China donde vive la abuela de 美玲"))
        send(&s, .portfoliosLoaded([p], unreadable: [:]))
        press(&s, .character("J"))
        assertSnapshot(s, "journal-\(width)x\(height)")
    }

    @Test func entryForm() throws {
        var s = Fixture.portfolio("sofia-hernandez")
        press(&s, .character("w"), .character("4"))
        type(&s, "leer en voz alta a mi hermano")
        assertSnapshot(s, "journal-entry-80x24")
    }

    @Test func classReflectionTime() {
        var s = Fixture.state()
        press(&s, .character("R"), .space)
        _ = reduce(&s, .tick(Fixture.now.addingTimeInterval(65)), now: Fixture.now.addingTimeInterval(65))
        assertSnapshot(s, "class-reflection-80x24")
    }
}
