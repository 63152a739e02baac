import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// From a signed-in child, every key of every screen the child can reach: nothing of another child or of the
/// teacher is ever shown, asked for or written.
@Suite struct PrivacyTests {
    static let keys: [Key] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ?/".map { Key.character($0) }
        + [.enter, .escape, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .backspace,
           .function(1), .function(2), .shiftUp, .shiftDown, .control("c")]

    @Test func aChildReachesNothingOfOthersOrOfTheTeacher() throws {
        let demo = DemoClassroom.make()
        var start = ScreenCatalog.signIn(100, 30)
        type(&start, "liam")
        press(&start, .enter)
        send(&start, .portfoliosLoaded(demo.portfolios.filter { $0.studentID == "liam-o-brien" }, unreadable: [:]))
        let others = demo.classroom.roster.filter { $0.id != "liam-o-brien" }
        var seen = Set<String>()
        var queue = [start]
        var explored = 0
        while let state = queue.popLast(), explored < 400 {
            explored += 1
            for key in Self.keys {
                var s = state
                guard let action = Keys.action(for: key, in: s) else { continue }
                let effects = reduce(&s, action, now: Fixture.now)
                try check(effects, s, others: others)
                guard s.mode == .student("liam-o-brien") else { continue }   // signed out: the next child's session
                let signature = s.screens.map { String(describing: type(of: $0.feature)) }.joined(separator: ">")
                    + "|\(String(describing: s.overlay))"
                if seen.insert(signature).inserted { queue.append(s) }
            }
        }
        #expect(seen.count > 15, "the child's screens were reached: \(seen.count)")
    }

    private func check(_ effects: [Effect], _ s: AppState, others: [RosterEntry], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let otherIDs = Set(others.map(\.id))
        for effect in effects {
            switch effect {
            case .loadPortfolios(let ids):
                #expect(otherIDs.isDisjoint(with: ids), "asked for another child's file: \(ids)", sourceLocation: sourceLocation)
            case .save(.portfolio(let id, _)):
                #expect(!otherIDs.contains(id), "wrote another child's file", sourceLocation: sourceLocation)
            case .save(.teacherNotes), .save(.classroom), .checkPassphrase, .restoreBackup, .createClassroom:
                if s.mode != .nobody { Issue.record("a child's key did \(effect)", sourceLocation: sourceLocation) }
            default:
                break
            }
        }
        guard case .student = s.mode else { return }
        #expect(Set(s.portfolios.keys).isSubset(of: ["liam-o-brien"]), sourceLocation: sourceLocation)
        #expect(s.teacherNotes.isEmpty, sourceLocation: sourceLocation)
        let text = render(s).text
        for other in others {
            #expect(!text.contains(other.displayName), "\(other.displayName) on a child's screen:\n\(text)", sourceLocation: sourceLocation)
        }
        #expect(!text.contains("Students ("), "the class list on a child's screen", sourceLocation: sourceLocation)
    }
}
