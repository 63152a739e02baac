import Foundation
import Testing
import LearnerLedCore

/// The three forms that once lost a child's typing, driven with the keys a child presses in the real program,
/// then read back from the JSON on disk.
@Suite(.enabled(if: Tmux.available, "needs tmux (.ci/run installs it)"))
struct FormTypingProgramTests {
    func student(_ id: String, _ folder: TempFolder) throws -> Tmux {
        try learnerled(["demo", "--data", folder.path])
        return try Tmux(width: 80, height: 24, arguments: ["--data", folder.path, "--student", id])
    }

    func portfolio(_ id: StudentID, _ folder: TempFolder) throws -> Portfolio {
        try #require(try DocumentStore(readingOnly: folder.path).load(.student(id), as: Portfolio.self).get())
    }

    @Test func stickyNoteSpaceCTabWords() throws {
        let folder = TempFolder()
        let tmux = try student("liam-o-brien", folder)
        try tmux.wait(for: "Liam O'Brien")
        try tmux.keys("Space")
        try tmux.wait(for: "Why share it?")
        try tmux.keys("c", "Tab")
        try tmux.type("my best work")
        try tmux.keys("Enter")
        try tmux.wait(for: "Sticky note placed")
        try tmux.keys("q", "y")
        try expectExit(tmux, 0)
        let notes = try portfolio("liam-o-brien", folder).chosen.compactMap(\.stickyNote)
        #expect(notes.map(\.reason) == [.challenge])
        #expect(notes.map(\.words) == ["my best work"])
    }

    @Test func endOfLessonEntryTypedAtOnce() throws {
        let folder = TempFolder()
        let tmux = try student("zoe-muller", folder)
        try tmux.wait(for: "Zoë's Ocean of Work")
        try tmux.keys("w")
        try tmux.wait(for: "Pick a starter by its number")
        try tmux.type("I learned about magnets")
        try tmux.keys("Enter")
        try tmux.wait(for: "Kept in your journal")
        try tmux.keys("w", "3", "Tab")
        try tmux.type("the north pole")
        try tmux.keys("Enter")
        try tmux.wait(for: "the north pole”")
        try tmux.keys("q", "y")
        try expectExit(tmux, 0)
        let words = try portfolio("zoe-muller", folder).journal.suffix(2).map(\.words)
        #expect(words == ["I learned about magnets", "the north pole"])
    }

    @Test func aFriendCalledAarav() throws {
        let folder = TempFolder()
        let tmux = try student("nguyen-van-an", folder)
        try tmux.wait(for: "An's Adventure Book")
        try tmux.keys("p", "r", "Enter", "Right", "Escape")   // a rehearsal left unfinished
        try tmux.wait(for: "Stopped at step 2")
        try tmux.keys("r")
        try tmux.wait(for: "Go on where I stopped")
        try tmux.keys("Right", "Right")
        try tmux.type("Aarav")
        try tmux.keys("Enter")
        try tmux.wait(for: "Practising with Aarav")
        try tmux.keys("Escape", "Escape", "q", "y")
        try expectExit(tmux, 0)
        let rehearsals = try portfolio("nguyen-van-an", folder).rehearsals
        #expect(rehearsals.count == 2)
        #expect(rehearsals.last?.partner == .peer && rehearsals.last?.partnerName == "Aarav")
    }
}
