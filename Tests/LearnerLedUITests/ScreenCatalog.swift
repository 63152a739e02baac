import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// Every screen of the program, reached the way a person reaches it (keys from the demo classroom), so tests
/// can go over all of them. A screen added to the program and not here fails `everyScreenIsInTheCatalog`.
enum ScreenCatalog {
    struct Entry: CustomTestStringConvertible, Sendable {
        let name: String
        let type: any ScreenFeature.Type
        let reach: @Sendable (Int, Int) -> AppState
        var testDescription: String { name }
    }

    static let entries: [Entry] = [
        Entry(name: "welcome", type: WelcomeScreen.self) { w, h in empty(w, h) },
        Entry(name: "new-classroom", type: NewClassroomForm.self) { w, h in keys(empty(w, h), .character("2")) },
        Entry(name: "class-list", type: ClassListScreen.self) { w, h in Fixture.state(width: w, height: h) },
        Entry(name: "portfolio", type: PortfolioScreen.self) { w, h in Fixture.portfolio(width: w, height: h) },
        Entry(name: "artifact-form", type: ArtifactForm.self) { w, h in keys(Fixture.portfolio(width: w, height: h), .character("a")) },
        Entry(name: "trash", type: TrashScreen.self) { w, h in
            keys(Fixture.portfolio(width: w, height: h), .character("d"), .character("t"))
        },
        Entry(name: "decorate", type: DecorateForm.self) { w, h in keys(Fixture.portfolio(width: w, height: h), .character("c")) },
        Entry(name: "problem", type: ProblemScreen.self) { w, h in
            var s = Fixture.state(width: w, height: h)
            send(&s, .problemFound(ProblemScreen(error: .corrupt(file: "students/zoe-muller.json", problem: "truncated"),
                                                 backup: nil, key: .student("zoe-muller"))))
            return s
        },
        Entry(name: "sticky-note", type: StickyNoteForm.self) { w, h in
            keys(Fixture.portfolio("liam-o-brien", width: w, height: h), .space)
        },
        Entry(name: "wall", type: WallScreen.self) { w, h in wall(w, h) },
        Entry(name: "reflection", type: ReflectionForm.self) { w, h in keys(wall(w, h), .enter) },
        Entry(name: "boundaries", type: BoundariesForm.self) { w, h in keys(Fixture.state(width: w, height: h), .character("b")) },
        Entry(name: "rehearsal-setup", type: RehearsalSetupForm.self) { w, h in keys(wall(w, h), .character("r")) },
        Entry(name: "rehearsal", type: RehearsalScreen.self) { w, h in keys(wall(w, h), .character("r"), .enter, .right) },
        Entry(name: "rehearsal-check", type: RehearsalCheckForm.self) { w, h in
            keys(wall(w, h), [.character("r"), .enter] + Array(repeating: .right, count: 22))
        },
        Entry(name: "conference-setup", type: ConferenceSetupForm.self) { w, h in keys(wall(w, h), .character("C")) },
        Entry(name: "conference", type: ConferenceScreen.self) { w, h in keys(wall(w, h), .character("C"), .enter) },
        Entry(name: "conference-close", type: ConferenceCloseForm.self) { w, h in
            keys(wall(w, h), [.character("C"), .enter] + Array(repeating: .right, count: 22))
        },
        Entry(name: "live-support", type: LiveSupportScreen.self) { w, h in
            keys(Fixture.state(width: w, height: h), .down, .down, .character("v"))
        },
        Entry(name: "conference-record", type: DocumentScreen.self) { w, h in
            keys(Fixture.portfolio("nguyen-van-an", width: w, height: h), .character("R"))
        },
        Entry(name: "class-summary", type: DocumentScreen.self) { w, h in keys(Fixture.state(width: w, height: h), .character("c")) },
        Entry(name: "model-conference", type: ModelConferenceScreen.self) { w, h in
            keys(Fixture.state(width: w, height: h), .character("M"), .right, .right, .right)
        },
        Entry(name: "teacher-notes", type: TeacherNotesForm.self) { w, h in keys(Fixture.portfolio(width: w, height: h), .character("T")) },
        Entry(name: "journal", type: JournalScreen.self) { w, h in keys(Fixture.portfolio(width: w, height: h), .character("J")) },
        Entry(name: "journal-entry", type: JournalEntryForm.self) { w, h in keys(Fixture.portfolio(width: w, height: h), .character("w")) },
        Entry(name: "class-reflection", type: ClassReflectionScreen.self) { w, h in
            keys(Fixture.state(width: w, height: h), .character("R"))
        },
        Entry(name: "settings", type: SettingsScreen.self) { w, h in settings(w, h) },
        Entry(name: "list-editor", type: ListEditorScreen.self) { w, h in keys(settings(w, h), .enter) },
        Entry(name: "new-language", type: NewLanguageForm.self) { w, h in settingsItem(w, h, .newLanguage) },
        Entry(name: "conference-settings", type: ConferenceSettingsScreen.self) { w, h in settingsItem(w, h, .conference) },
        Entry(name: "slot", type: SlotForm.self) { w, h in keys(settingsItem(w, h, .conference), .tab, .tab, .character("a")) },
        Entry(name: "sign-in", type: SignInScreen.self) { w, h in signIn(w, h) },
        Entry(name: "student-form", type: StudentForm.self) { w, h in keys(Fixture.state(width: w, height: h), .down, .character("e")) },
        Entry(name: "former-students", type: FormerStudentsScreen.self) { w, h in
            keys(Fixture.state(width: w, height: h), .down, .character("d"), .character("t"))
        },
        Entry(name: "roster-file", type: RosterFileForm.self) { w, h in keys(Fixture.state(width: w, height: h), .character("I")) },
        Entry(name: "roster-preview", type: RosterPreviewScreen.self) { w, h in
            var s = keys(Fixture.state(width: w, height: h), .character("I"))
            send(&s, .rosterFileRead(.success(RosterImportScreenTests.sis + "100235,,,3,Klingonish\n")))
            return s
        },
        Entry(name: "pictures", type: PicturesScreen.self) { w, h in
            var s = signIn(w, h, pictures: true)
            press(&s, .enter)
            return s
        },
        Entry(name: "passphrase", type: PassphraseScreen.self) { w, h in keys(signIn(w, h), .function(2)) },
        Entry(name: "sign-in-settings", type: SignInSettingsScreen.self) { w, h in settingsItem(w, h, .signIn) },
        Entry(name: "family-feedback", type: FamilyFeedbackForm.self) { w, h in
            keys(Fixture.portfolio(width: w, height: h), .character("F"))
        },
    ]

    /// The demo at sign-in, as `learnerled` opens it; with picture passwords on and José's set to 🐢 then ⭐.
    static func signIn(_ w: Int, _ h: Int, pictures: Bool = false, door: AppState.Door = .signIn) -> AppState {
        var access = Fixture.access
        access.settings.picturePasswords = pictures
        access.pictures["jose-garcia"] = [0, 1]
        var s = AppState(mode: .teacher, door: door, dataFolder: "/data", classroom: DemoClassroom.make().classroom, access: access,
                         today: Day("2026-11-29")!, themeNames: Fixture.themes)
        send(&s, .resized(width: w, height: h))
        return s
    }

    static func empty(_ w: Int, _ h: Int) -> AppState {
        var s = AppState(mode: .teacher, dataFolder: "/d", classroom: nil, today: Day("2026-11-29")!, themeNames: Fixture.themes)
        send(&s, .resized(width: w, height: h))
        return s
    }

    /// Nguyễn Văn An's sticky wall: four notes.
    static func wall(_ w: Int, _ h: Int) -> AppState {
        keys(Fixture.portfolio("nguyen-van-an", width: w, height: h), .character("p"))
    }

    static func settings(_ w: Int, _ h: Int) -> AppState { keys(Fixture.state(width: w, height: h), .character("S")) }

    static func settingsItem(_ w: Int, _ h: Int, _ item: SettingsScreen.Item) -> AppState {
        let s = settings(w, h)
        let index = SettingsScreen.items(s.classroom!).firstIndex { $0.0 == item }!
        return keys(s, Array(repeating: .down, count: index) + [.enter])
    }

    static func keys(_ state: AppState, _ keys: Key...) -> AppState { self.keys(state, keys) }

    static func keys(_ state: AppState, _ keys: [Key]) -> AppState {
        var s = state
        for key in keys { press(&s, key) }
        return s
    }
}
