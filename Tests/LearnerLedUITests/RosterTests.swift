import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// The teacher runs the class from the program: students added, renamed, taken off and put back.
@Suite struct RosterTests {
    @Test func aStudentIsAddedWithAReadableIDThatNeverChanges() throws {
        var s = Fixture.state()
        press(&s, .character("a"))
        type(&s, "Chloé Dubois")
        press(&s, .tab, .control("u"))
        type(&s, "Español")   // a language by its name, or its code
        press(&s, .tab)
        type(&s, "555-0101")
        let effects = press(&s, .enter)
        let added = try #require(s.classroom?.student("chloe-dubois"))
        #expect(added.displayName == "Chloé Dubois" && added.preferredLanguage == "es" && added.familyContact == "555-0101")
        #expect(effects == [.save(.classroom(.addStudents([added])))])
        #expect(s.status?.text == "Added Chloé Dubois (id chloe-dubois).")

        // Renamed: the id stays.
        let index = try #require(try top(s, ClassListScreen.self).shownRoster(s).firstIndex { $0.id == "chloe-dubois" })
        for _ in 0..<index { press(&s, .down) }
        press(&s, .character("e"), .control("u"))
        type(&s, "Chloe Dubois-Martin")
        press(&s, .enter)
        #expect(s.classroom?.student("chloe-dubois")?.displayName == "Chloe Dubois-Martin")
    }

    @Test func theSameNameTwiceIsTheTeachersChoice() throws {
        var s = Fixture.state()
        press(&s, .character("a"))
        type(&s, "Zoe Muller")
        #expect(press(&s, .enter) == [], "asked first")
        #expect(try top(s, StudentForm.self).error?.contains("Zoë Müller (zoe-muller) is already in the class") == true)
        let effects = press(&s, .enter)   // a second child with that name
        #expect(s.classroom?.student("zoe-muller-2")?.displayName == "Zoe Muller")
        #expect(effects.count == 1)
        press(&s, .character("a"))
        type(&s, "Zoë Müller")
        press(&s, .enter, .escape)   // the same child: nothing added
        #expect(s.classroom?.roster.filter { $0.displayName.hasPrefix("Zo") }.count == 2)
    }

    @Test func takenOffAndPutBackWithEverything() throws {
        var s = Fixture.state()
        press(&s, .down)   // Zoë Müller
        let effects = press(&s, .character("d"))
        #expect(effects == [.save(.classroom(.removeStudent("zoe-muller", at: Fixture.now)))])
        #expect(s.classroom?.student("zoe-muller") == nil && s.classroom?.roster.count == 9)
        #expect(try !top(s, ClassListScreen.self).shownRoster(s).contains { $0.id == "zoe-muller" })
        #expect(s.portfolios["zoe-muller"] != nil, "her portfolio is not thrown away")
        press(&s, .character("t"))
        #expect(render(s).text.contains("Zoë Müller (zoe-muller) · taken off Nov 29"))
        let back = press(&s, .character("r"))
        #expect(back == [.save(.classroom(.restoreStudent("zoe-muller"))), .loadPortfolios(ids: ["zoe-muller"])])
        #expect(s.classroom?.roster.count == 10)
    }

    @Test func aNewStudentNeverGetsTheIDOfOneTakenOff() throws {
        var s = Fixture.state()
        press(&s, .down, .character("d"), .character("a"))
        type(&s, "Zoë Müller")
        press(&s, .enter)
        #expect(s.classroom?.roster.contains { $0.id == "zoe-muller-2" && $0.displayName == "Zoë Müller" } == true)
    }

    @Test func aMistypedNameIsTakenBackBeforeTheClassIsMade() throws {
        var s = ScreenCatalog.keys(ScreenCatalog.empty(80, 24), .character("2"))
        type(&s, "Room 7")
        press(&s, .tab, .tab, .tab)
        type(&s, "Zoë Brwon")
        press(&s, .enter)
        #expect(try top(s, NewClassroomForm.self).students == ["Zoë Brwon"])
        press(&s, .backspace)
        let form = try top(s, NewClassroomForm.self)
        #expect(form.students.isEmpty && form.student.text == "Zoë Brwon", "back in the line to fix")
        press(&s, .backspace, .backspace, .backspace)
        type(&s, "own")
        press(&s, .enter)
        #expect(try top(s, NewClassroomForm.self).students == ["Zoë Brown"])
    }
}

@Suite struct FirstWeekTests {
    @Test func overlappingSlotsAreWarnedAboutWhenFamiliesComeOneAtATime() throws {
        var s = ScreenCatalog.settingsItem(80, 24, .conference)
        for (time, downs) in [("15:00", 0), ("15:10", 1)] {
            press(&s, .tab, .tab, .character("a"))
            type(&s, time)
            press(&s, .tab)
            for _ in 0..<downs { press(&s, .right) }
            press(&s, .enter)
            if time == "15:00" { press(&s, .backTab, .backTab) }
        }
        #expect(s.classroom?.conference.schedule.count == 2)
        #expect(s.status?.text.hasPrefix("Heads up: 15:10 overlaps José García's slot at 15:00") == true, "\(String(describing: s.status))")
        #expect(render(s).text.contains("⚠ overlaps"))
    }

    @Test func anEmptyPortfolioInvitesTheFirstSteps() throws {
        var s = Fixture.state()
        press(&s, .character("a"))
        type(&s, "New Child")
        press(&s, .enter)
        var child = Fixture.state(.student("new-child"))
        send(&child, .classroomChanged(s.classroom!))
        send(&child, .portfoliosLoaded([Portfolio(studentID: "new-child")], unreadable: [:]))
        // The invitation wraps in the narrow pane: read it as one line.
        let text = render(child).text.replacingOccurrences(of: "│", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("This portfolio is yours to"))
        #expect(text.contains("c decorates its cover"))
        #expect(text.contains("a adds your first artifact"))
        #expect(text.contains("w writes your first"))
    }
}

@Suite struct EightyColumnsTests {
    @Test func aLongMessageKeepsItsEnd() throws {
        var s = Fixture.portfolio()
        press(&s, .character("a"))
        type(&s, "Rainbow")
        let effects = press(&s, .enter)
        guard case .save(let change)? = effects.first else { Issue.record("no save"); return }
        send(&s, .saveFinished(change, .failure(.diskFull(file: "students/jose-garcia.json"))))
        let text = render(s).text
        #expect(text.contains("Not saved: the disk is full (students/jose-garcia.json)."))
        #expect(text.contains("free some space."), "the end of the message, where it says what to do:\n\(text)")
    }
}
