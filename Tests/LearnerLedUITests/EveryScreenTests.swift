import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// Tests over every screen at once: each is reachable, drawn at both sizes, and its key table is the truth.
@Suite struct EveryScreenTests {
    @Test func everyScreenIsInTheCatalog() throws {
        let screens = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/LearnerLedUI/Screens").standardizedFileURL
        let files = try #require(FileManager.default.enumerator(atPath: screens.path)).compactMap { $0 as? String }
        var declared = Set<String>()
        let pattern = try Regex(#"(?m)^(?:public )?struct (\w+): (?:ScreenFeature|FormScreen)"#)
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: screens.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: pattern) { declared.insert(String(match.output[1].substring!)) }
        }
        #expect(declared.count >= 29)
        #expect(declared == Set(ScreenCatalog.entries.map { String(describing: $0.type) }))
    }

    @Test(arguments: ScreenCatalog.entries)
    func eachEntryReachesItsScreen(_ entry: ScreenCatalog.Entry) {
        let s = entry.reach(80, 24)
        #expect(type(of: s.screen.feature) == entry.type, "\(entry.name) shows \(type(of: s.screen.feature))")
    }

    @Test(arguments: ScreenCatalog.entries, [(80, 24), (120, 40)])
    func eachScreenAtBothSizes(_ entry: ScreenCatalog.Entry, _ size: (Int, Int)) {
        assertSnapshot(entry.reach(size.0, size.1), "screen-\(entry.name)-\(size.0)x\(size.1)")
    }

    /// No key means two things on one screen, and every key the table lists does something there: the screen
    /// handles its action (the app handles quitting and help). Checked on every field of every form too.
    @Test(arguments: ScreenCatalog.entries)
    func theKeyTableIsTheTruth(_ entry: ScreenCatalog.Entry) {
        var s = entry.reach(80, 24)
        for _ in 0..<10 {
            checkTable(s, entry.name)
            guard s.screen.feature.keys(s).contains(where: { $0.action(for: .tab) == .nextField }) else { break }
            press(&s, .tab)
        }
    }

    private func checkTable(_ state: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let table = Keys.table(for: state)
        var seen: [Key: String] = [:]
        for binding in table {
            for key in binding.keys {
                if let other = seen[key] {
                    Issue.record("\(name): \(key.label) means both “\(other)” and “\(binding.help)”", sourceLocation: sourceLocation)
                }
                seen[key] = binding.help
                guard let action = binding.action(for: key) else {
                    Issue.record("\(name): \(key.label) is listed for “\(binding.help)” but has no action", sourceLocation: sourceLocation)
                    continue
                }
                if [.quit, .help, .signOut].contains(action) { continue }
                var app = state
                var top = app.screens.removeLast()
                if top.feature.reduce(action, &app, now: Fixture.now) == nil {
                    Issue.record("\(name): \(key.label) (“\(binding.help)”) does nothing here", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test func helpScrollsWhenItDoesNotFit() throws {
        var s = Fixture.portfolio(width: 80, height: 24)
        press(&s, .character("?"))
        let first = render(s).text
        #expect(first.contains("↑↓ scroll (1–"))
        #expect(!first.contains("what the family said"), "the last key is below the window")
        press(&s, .pageDown, .pageDown)
        let limit = Frame.maxHelpOffset(s)
        #expect(limit > 0 && s.overlay == .help(offset: limit), "scrolled to the end and no further")
        let scrolled = render(s).text
        #expect(scrolled.contains("what the family said"))
        press(&s, .up)
        #expect(s.overlay == .help(offset: limit - 1), "one up from the end, at once")
        press(&s, .character("x"))
        #expect(s.overlay == nil)
        _ = try top(s, PortfolioScreen.self)
    }

    @Test(arguments: ScreenCatalog.entries)
    func helpOpensOnEveryScreen(_ entry: ScreenCatalog.Entry) {
        var s = entry.reach(80, 24)
        let key: Key = s.screen.feature.takesText ? .function(1) : .character("?")
        press(&s, key)
        #expect(s.overlay == .help(offset: 0), "\(entry.name): \(key.label) opens the help")
        // In the reader's words: José's pictures screen is Spanish.
        #expect(render(s).text.contains(s.screen.feature.strings(s)("Keys on this screen")))
    }
}
