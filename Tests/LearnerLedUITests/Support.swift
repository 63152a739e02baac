import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

enum Fixture {
    static let now: Date = {
        var c = DateComponents()
        (c.year, c.month, c.day, c.hour) = (2026, 11, 29, 10)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: c)!
    }()

    static let themes = ["classic", "forest", "high-contrast", "ocean", "sunset"]

    /// The demo's access: its passphrase hashed cheaply (tests care for speed, not strength).
    static let access = Access(teacherPassphrase: try! PassphraseHash(passphrase: DemoClassroom.passphrase, rounds: 16))

    /// The demo classroom, loaded, at a given size. The teacher comes in as in the program: from sign-in, with the
    /// passphrase; a student opens straight into their portfolio (`--student` on their own machine).
    static func state(_ mode: AppState.Mode = .teacher, width: Int = 80, height: Int = 24) -> AppState {
        let demo = DemoClassroom.make()
        var state = AppState(mode: mode, door: mode == .teacher ? .signIn : .direct, dataFolder: "/data", classroom: demo.classroom,
                             access: access, today: Day("2026-11-29")!, themeNames: themes)
        if mode == .teacher {
            _ = reduce(&state, .resized(width: 80, height: 24), now: now)
            unlock(&state)
        }
        _ = reduce(&state, .resized(width: width, height: height), now: now)
        _ = reduce(&state, .portfoliosLoaded(demo.portfolios, unreadable: [:]), now: now)
        return state
    }

    /// F2, the passphrase, Enter; the session's check answers yes.
    static func unlock(_ state: inout AppState) {
        press(&state, .function(2))
        type(&state, DemoClassroom.passphrase)
        let effects = press(&state, .enter)
        if effects != [.checkPassphrase(DemoClassroom.passphrase)] { Issue.record("the unlock asked for \(effects)") }
        _ = reduce(&state, .passphraseChecked(Fixture.access.teacherPassphrase!.matches(DemoClassroom.passphrase)), now: now)
        _ = reduce(&state, .tick(now), now: now)
        state.status = nil
    }

    /// The teacher's view with a student's portfolio open.
    static func portfolio(_ id: StudentID = "jose-garcia", width: Int = 80, height: Int = 24) -> AppState {
        var s = state(width: width, height: height)
        let index = s.classroom!.roster.firstIndex { $0.id == id }!
        for _ in 0..<index { send(&s, .down) }
        send(&s, .open)
        return s
    }
}

@discardableResult
func send(_ state: inout AppState, _ actions: Action...) -> [Effect] {
    actions.flatMap { reduce(&state, $0, now: Fixture.now) }
}

/// Sends keys through the screen's key table, as the run loop does.
@discardableResult
func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    keys.flatMap { key in Keys.action(for: key, in: state).map { reduce(&state, $0, now: Fixture.now) } ?? [] }
}

/// Sends one action and checks the whole state after it, TCA's TestStore way: `change` makes the expected
/// state from the one before, so anything else that changed fails the test.
func expectSend(_ state: inout AppState, _ action: Action, effects: [Effect] = [],
                sourceLocation: SourceLocation = #_sourceLocation, _ change: (inout AppState) throws -> Void = { _ in }) rethrows {
    var expected = state
    expected.clock = Fixture.now
    expected.lastKeyAt = Fixture.now
    try change(&expected)
    let actual = reduce(&state, action, now: Fixture.now)
    #expect(actual == effects, sourceLocation: sourceLocation)
    if state != expected {
        // Name the parts that differ, so the failure reads as a diff rather than two whole states.
        let differing = zip(Mirror(reflecting: state).children, Mirror(reflecting: expected).children)
            .filter { String(describing: $0.value) != String(describing: $1.value) }.map { $0.0.label ?? "?" }
        Issue.record("the state differs in: \(differing.joined(separator: ", "))", sourceLocation: sourceLocation)
    }
}

/// The screen on top as the type a test expects; fails the test (instead of passing quietly) on any other screen.
func top<S: ScreenFeature>(_ state: AppState, _ type: S.Type, sourceLocation: SourceLocation = #_sourceLocation) throws -> S {
    try #require(state.screen.as(type), "the screen on top is \(Swift.type(of: state.screen.feature)), not \(type)",
                 sourceLocation: sourceLocation)
}

func type(_ state: inout AppState, _ text: String) {
    for c in text { press(&state, .character(c)) }
}

/// Text snapshots kept beside the tests, text and then style runs. Missing ones are written and the test
/// fails once; LEARNERLED_RECORD=1 rewrites them all.
func assertSnapshot(_ state: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let canvas = render(state)
    let actual = canvas.text + "\n--- styles ---\n" + canvas.styleRuns + "\n"
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name).txt").path
    let record = ProcessInfo.processInfo.environment["LEARNERLED_RECORD"] == "1"
    guard !record, let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        try? actual.write(toFile: path, atomically: true, encoding: .utf8)
        if !record { Issue.record("Recorded a new snapshot \(name); check it and run again.", sourceLocation: sourceLocation) }
        return
    }
    #expect(actual == expected, "snapshot \(name) differs; LEARNERLED_RECORD=1 re-records", sourceLocation: sourceLocation)
}
