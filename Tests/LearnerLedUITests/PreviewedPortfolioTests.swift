import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// While a big portfolio's whole file is read, keys are answered on its preview: the ones that only move about the
/// list or open a form on what is read whole at once, drawing what the whole would; the rest held, and answered in
/// order on the whole file once it is in.
struct PreviewedPortfolioTests {
    /// A child's session on a 300-artifact portfolio: the state with the whole file read, the state on its preview,
    /// and what the whole read reports.
    struct Opened {
        var whole: AppState
        var shown: AppState
        var previewed: PreviewedPortfolio
        let loaded: Action
        let folder: String
    }

    static func open(width: Int = 100, height: Int = 30,
                     _ contents: DemoClassroom.Contents = SyntheticClassroom.make(students: 1, artifacts: 300)) throws -> Opened {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("previewed-\(UUID().uuidString)").path
        try DemoWriter.write(contents, to: folder)
        let store = try DocumentStore(root: folder)
        // The first child with sticky notes on some artifacts and not on others, if any.
        let id = (contents.portfolios.first { p in
            p.artifacts.contains { $0.stickyNote != nil } && p.artifacts.contains { $0.stickyNote == nil }
        } ?? contents.portfolios[0]).studentID
        var base = AppState(mode: .student(id), door: .direct, dataFolder: folder, classroom: contents.classroom,
                            access: nil, today: Day("2026-11-29")!, themeNames: Fixture.themes)
        send(&base, .resized(width: width, height: height))
        let read = try #require(try store.load(.student(id), as: Portfolio.self).get())
        let loaded = Action.portfoliosLoaded([read], unreadable: [:])
        var whole = base
        send(&whole, loaded)
        var shown = base
        let preview = try #require(store.preview(id))
        let previewed = try #require(PreviewedPortfolio(preview, showingIn: &shown))
        return Opened(whole: whole, shown: shown, previewed: previewed, loaded: loaded, folder: folder)
    }

    /// Presses `key` on both states; the preview must answer it itself.
    static func pressOnBoth(_ o: inout Opened, _ key: Key, sourceLocation: SourceLocation = #_sourceLocation) {
        let drawable = o.previewed.handle(.key(key), in: &o.shown, now: Fixture.now)
        press(&o.whole, key)
        #expect(drawable, "\(key): the preview could not show it", sourceLocation: sourceLocation)
        #expect(o.previewed.held.isEmpty, "\(key) was held", sourceLocation: sourceLocation)
    }

    @Test(arguments: [(100, 30), (80, 24), (60, 20)])
    func movingAboutDrawsWhatTheWholeWould(_ size: (Int, Int)) throws {
        var o = try Self.open(width: size.0, height: size.1)
        defer { try? FileManager.default.removeItem(atPath: o.folder) }
        let keys: [Key] = [.down, .down, .pageDown, .pageDown, .character("j"), .end, .up, .pageUp, .home, .tab, .down,
                           .pageDown, .tab, .character("G"), .character("k")]
        var selections: Set<ArtifactID?> = []
        for key in keys {
            Self.pressOnBoth(&o, key)
            selections.insert(try #require(o.shown.top(PortfolioScreen.self)).selectedArtifactID)
            #expect(render(o.shown).text == render(o.whole).text, "after \(key) at \(size) the preview shows something else")
            #expect(render(o.shown) == render(o.whole), "after \(key) at \(size) the preview is styled otherwise")
        }
        #expect(selections.count > 5, "the keys hardly moved")
        // Only what was on screen was read: most of the portfolio is still in outline.
        let artifacts = try #require(o.shown.portfolios[o.previewed.studentID]).artifacts
        #expect(artifacts.filter(\.title.isEmpty).count > 100)
    }

    @Test func aResizeShowsMoreRowsFromThePreviewToo() throws {
        var o = try Self.open(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(atPath: o.folder) }
        Self.pressOnBoth(&o, .pageDown)
        let resized = Action.resized(width: 120, height: 50)
        #expect(o.previewed.handle(.action(resized), in: &o.shown, now: Fixture.now))
        send(&o.whole, resized)
        #expect(o.previewed.held.isEmpty)
        #expect(render(o.shown).text == render(o.whole).text)
    }

    @Test func typingIntoAFormOnTheSelectedArtifactIsKeptAsTheWholeWouldKeepIt() throws {
        var o = try Self.open()
        defer { try? FileManager.default.removeItem(atPath: o.folder) }
        for key in [Key.pageDown, .down, .character("e"), .character(" "), .character("Z"), .character("o"), .character("ë"),
                    .character("美")] {
            Self.pressOnBoth(&o, key)
        }
        let form = try top(o.shown, ArtifactForm.self)
        #expect(form == (try top(o.whole, ArtifactForm.self)))
        #expect(render(o.shown).text.contains("Zoë美"))
        #expect(render(o.shown).text == render(o.whole).text)
        // A new artifact and the sticky note's form open on the preview too.
        Self.pressOnBoth(&o, .escape)
        if case .confirm? = o.shown.overlay { Self.pressOnBoth(&o, .character("y")) }
        _ = try top(o.shown, PortfolioScreen.self)
        Self.pressOnBoth(&o, .character("a"))
        _ = try top(o.shown, ArtifactForm.self)
    }

    @Test func aKeyThatWouldSaveIsHeldWithEverythingAfterItAndAnsweredOnTheWhole() throws {
        var o = try Self.open()
        defer { try? FileManager.default.removeItem(atPath: o.folder) }
        Self.pressOnBoth(&o, .down)
        Self.pressOnBoth(&o, .character("a"))
        for c in "Río 美玲" { Self.pressOnBoth(&o, .character(c)) }
        let before = render(o.shown)
        // Enter saves the new artifact: held, and so is the Down after it.
        for key in [Key.enter, .down] {
            #expect(o.previewed.handle(.key(key), in: &o.shown, now: Fixture.now))
        }
        #expect(o.previewed.held == [.key(.enter), .key(.down)])
        #expect(render(o.shown) == before, "a held key changed the screen")
        // The whole file arrives: what was held is answered on it, as the run loop does.
        let held = o.previewed.end(in: &o.shown)
        send(&o.shown, o.loaded)
        var effects: [Effect] = []
        for case .key(let key) in held { effects += press(&o.shown, key) }
        let saved = effects.compactMap { effect -> Artifact? in
            if case .save(.portfolio(_, .addArtifact(let artifact))) = effect { artifact } else { nil }
        }
        #expect(saved.map(\.title) == ["Río 美玲"])
        press(&o.whole, .enter, .down)
        #expect(render(o.shown) == render(o.whole))
    }

    @Test(arguments: [Key.character("w"), .character("J"), .character("p"), .character("t"), .character("d")])
    func aScreenThatShowsMoreThanThePreviewWaitsForTheWhole(_ key: Key) throws {
        var o = try Self.open()
        defer { try? FileManager.default.removeItem(atPath: o.folder) }
        Self.pressOnBoth(&o, .pageDown)
        let before = render(o.shown)
        #expect(o.previewed.handle(.key(key), in: &o.shown, now: Fixture.now))
        #expect(o.previewed.handle(.key(.character("z")), in: &o.shown, now: Fixture.now))
        #expect(o.previewed.held == [.key(key), .key(.character("z"))])
        #expect(render(o.shown) == before)
        let held = o.previewed.end(in: &o.shown)
        send(&o.shown, o.loaded)
        for case .key(let key) in held { press(&o.shown, key) }
        press(&o.whole, key, .character("z"))
        #expect(render(o.shown) == render(o.whole))
    }

    /// `/` opens the find line at once (nothing is narrowed yet); the first letter typed narrows by every title, so it
    /// waits for the whole file, and everything after it with it.
    @Test func theFindLineOpensOnThePreviewAndWhatIsTypedWaits() throws {
        var o = try Self.open()
        defer { try? FileManager.default.removeItem(atPath: o.folder) }
        Self.pressOnBoth(&o, .pageDown)
        Self.pressOnBoth(&o, .character("/"))
        #expect(try top(o.shown, PortfolioScreen.self).find.isOpen)
        #expect(render(o.shown) == render(o.whole))
        let before = render(o.shown)
        for c in "ab" { #expect(o.previewed.handle(.key(.character(c)), in: &o.shown, now: Fixture.now)) }
        #expect(o.previewed.held == [.key(.character("a")), .key(.character("b"))])
        #expect(render(o.shown) == before, "a held letter changed the screen")
        let held = o.previewed.end(in: &o.shown)
        send(&o.shown, o.loaded)
        for case .key(let key) in held { press(&o.shown, key) }
        press(&o.whole, .character("a"), .character("b"))
        #expect(render(o.shown) == render(o.whole))
        #expect(try top(o.shown, PortfolioScreen.self).find.text == "ab")
    }

    /// Space opens the sticky note's form on an artifact without one (answered on the preview), and takes the note
    /// off one that has it (a save: held).
    @Test func aStickyNoteFormOpensButTakingANoteOffWaits() throws {
        var o = try Self.open(DemoClassroom.make())
        defer { try? FileManager.default.removeItem(atPath: o.folder) }
        let count = try #require(o.whole.portfolios[o.previewed.studentID]).artifacts.count
        var moves = 0
        while try Self.selected(o.whole).stickyNote != nil, moves < count {
            Self.pressOnBoth(&o, .down)
            moves += 1
        }
        #expect(try Self.selected(o.whole).stickyNote == nil, "every artifact has a sticky note")
        Self.pressOnBoth(&o, .space)
        _ = try top(o.shown, StickyNoteForm.self)
        Self.pressOnBoth(&o, .escape)
        _ = try top(o.shown, PortfolioScreen.self)
        Self.pressOnBoth(&o, .home)
        moves = 0
        while try Self.selected(o.whole).stickyNote == nil, moves < count {
            Self.pressOnBoth(&o, .down)
            moves += 1
        }
        #expect(try Self.selected(o.whole).stickyNote != nil, "no artifact has a sticky note")
        #expect(o.previewed.handle(.key(.space), in: &o.shown, now: Fixture.now))
        #expect(o.previewed.held == [.key(.space)])
    }

    static func selected(_ state: AppState) throws -> Artifact {
        let list = try #require(state.top(PortfolioScreen.self))
        return try #require(list.selectedArtifact(state))
    }

    /// The preview reads what it shows; an artifact further down may still be bad (here the last one's `updatedAt`).
    /// When the whole read says so, nothing of the preview is left on screen beside the message: the frame is the one
    /// the whole read alone draws.
    @Test func aFileThatTurnsOutBadShowsOnlyWhyNotThePreview() throws {
        let contents = DemoClassroom.make()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("previewed-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try DemoWriter.write(contents, to: folder)
        let store = try DocumentStore(root: folder)
        let id = contents.portfolios[1].studentID
        let path = store.path(of: .student(id))
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let last = try #require(text.range(of: #""updatedAt" : ""#, options: .backwards))
        text.replaceSubrange(last.upperBound..<text[last.upperBound...].firstIndex(of: "\"")!, with: "yesterday")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var base = AppState(mode: .student(id), door: .direct, dataFolder: folder, classroom: contents.classroom,
                            access: nil, today: Day("2026-11-29")!, themeNames: Fixture.themes)
        send(&base, .resized(width: 100, height: 30))
        let loaded = Session(store: store).perform(.loadPortfolios(ids: [id]), in: base)
        let problem = try #require(store.load(.student(id), as: Portfolio.self).error)
        #expect(loaded == [.portfoliosLoaded([], unreadable: [id: problem])], "the whole read finds the bad date")
        var whole = base
        for action in loaded { send(&whole, action) }

        var shown = base
        let preview = try #require(store.preview(id))
        var previewed = try #require(PreviewedPortfolio(preview, showingIn: &shown))
        let outline = try #require(shown.portfolios[id])
        #expect(outline.artifacts.count == contents.portfolios[1].artifacts.count)
        #expect(previewed.handle(.key(.down), in: &shown, now: Fixture.now))
        let held = previewed.end(in: &shown)
        for action in loaded { send(&shown, action) }
        #expect(held.isEmpty)
        #expect(shown.portfolios[id] == nil)
        #expect(render(shown).text.contains("cannot be read"))
        #expect(render(shown).text == render(whole).text)
    }

    @Test func leavingNeedsNoWholeFile() throws {
        var o = try Self.open()
        defer { try? FileManager.default.removeItem(atPath: o.folder) }
        Self.pressOnBoth(&o, .character("q"))
        #expect(o.shown.overlay == .confirm(.leave))
        #expect(o.previewed.handle(.key(.character("y")), in: &o.shown, now: Fixture.now))
        #expect(o.previewed.held.isEmpty)
        #expect(o.shown.quitting)
    }
}

extension Result {
    var error: Failure? {
        if case .failure(let e) = self { e } else { nil }
    }
}
