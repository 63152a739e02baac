import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

@Suite struct WelcomeAndSetupTests {
    @Test func noClassroomStartsOnTheWelcomeScreen() throws {
        var s = AppState(mode: .teacher, dataFolder: "/d", classroom: nil, today: Day("2026-11-29")!)
        #expect(s.screen == Screen(WelcomeScreen()))
        #expect(press(&s, .enter) == [.openDemo])
        #expect(press(&s, .character("2")) == [])
        #expect(s.screen == Screen(NewClassroomForm()))
    }

    @Test func aNewClassroomIsNamedThenFilledStudentByStudent() throws {
        var s = AppState(mode: .teacher, dataFolder: "/d", classroom: nil, today: Day("2026-11-29")!)
        press(&s, .down, .enter)
        type(&s, "Room 7")
        press(&s, .enter)
        type(&s, "Mr. Nguyễn")
        press(&s, .enter)
        type(&s, "owl feathers")
        press(&s, .enter)
        for name in ["Zoë Brown", "美玲", "Zoë Brown"] {
            type(&s, name)
            press(&s, .enter)
        }
        let form = try #require(s.screen.as(NewClassroomForm.self))
        #expect(form.students == ["Zoë Brown", "美玲", "Zoë Brown"])
        let effects = press(&s, .enter)
        guard case .createClassroom(let c, let passphrase)? = effects.first else { Issue.record("no classroom created: \(effects)"); return }
        #expect(c.name == "Room 7" && c.teacher == "Mr. Nguyễn")
        #expect(passphrase == "owl feathers")
        #expect(!render(s).text.contains("owl"), "the passphrase is never on screen")
        #expect(c.roster.map(\.id) == ["zoe-brown", "mei-ling", "zoe-brown-2"])
        #expect(c.roster.map(\.displayName) == ["Zoë Brown", "美玲", "Zoë Brown"])
    }

    @Test func aClassroomNeedsANameAndATeacher() throws {
        var s = AppState(mode: .teacher, dataFolder: "/d", classroom: nil, today: Day("2026-11-29")!)
        press(&s, .character("2"), .tab, .tab, .tab)
        #expect(press(&s, .enter) == [])
        let form = try #require(s.screen.as(NewClassroomForm.self))
        #expect(form.error == "Give the class a name.")
        #expect(form.focus == .name)
    }

    @Test func openingAClassroomGoesToSignInAndLoadsNobodysPortfolio() throws {
        var s = AppState(mode: .teacher, door: .signIn, dataFolder: "/d", classroom: nil, today: Day("2026-11-29")!)
        let demo = DemoClassroom.make()
        let effects = send(&s, .classroomOpened(demo.classroom, folder: "/d-demo", isDemo: true))
        #expect(effects == [.loadPortfolios(ids: []), .loadAccess], "nobody's portfolio before someone signs in")
        #expect(s.isDemo && s.dataFolder == "/d-demo")
        #expect(s.screen == Screen(SignInScreen()))
        #expect(s.status?.text.contains("passphrase: \(DemoClassroom.passphrase)") == true, "the demo's passphrase is on its first screen")
    }

    @Test func openingAClassroomForTheTeacherDirectlyLoadsEveryone() throws {
        var s = AppState(mode: .teacher, dataFolder: "/d", classroom: nil, today: Day("2026-11-29")!)
        let demo = DemoClassroom.make()
        let effects = send(&s, .classroomOpened(demo.classroom, folder: "/d-demo", isDemo: true))
        #expect(effects == [.loadPortfolios(ids: demo.classroom.roster.map(\.id)), .loadAccess])
        let list = try top(s, ClassListScreen.self)
        #expect(list.shownRoster(s).map(\.id) == demo.classroom.roster.map(\.id), "the whole class, in the roster's order")
    }
}

@Suite struct ClassListTests {
    @Test func movingStopsAtTheEnds() throws {
        var s = Fixture.state()
        try expectSend(&s, .up)   // at the top already: nothing at all changes
        try expectSend(&s, .last) { $0.update(ClassListScreen.self) { $0.cursor = ListCursor(selected: 9, top: 0) } }
        try expectSend(&s, .down)
        #expect(try top(s, ClassListScreen.self).cursor.selected == 9)
    }

    @Test func aPageDownMovesByTheRowsTheLayoutShows() throws {
        var s = Fixture.state(width: 80, height: 12)
        let rows = ClassListScreen.visibleRows(s.body)
        try expectSend(&s, .pageDown) { $0.update(ClassListScreen.self) { $0.cursor = ListCursor(selected: rows - 1, top: 0) } }
        try expectSend(&s, .pageDown) {
            $0.update(ClassListScreen.self) { $0.cursor = ListCursor(selected: min(9, 2 * (rows - 1)), top: min(9, 2 * (rows - 1)) - rows + 1) }
        }
    }

    @Test func findingNarrowsByNameIgnoringAccents() throws {
        var s = Fixture.state()
        press(&s, .character("/"))
        type(&s, "nguyen")
        #expect(try top(s, ClassListScreen.self).shownRoster(s).map(\.displayName) == ["Nguyễn Văn An"])
        press(&s, .enter)
        press(&s, .enter)
        #expect(s.screen.studentID == "nguyen-van-an")
    }

    /// The list's rows are put in words when the data changes, not on every frame: each change must reach them.
    @Test func theRowsFollowEveryChangeToTheData() throws {
        var s = Fixture.state(width: 120, height: 40)
        func row(_ name: String) throws -> String { try #require(render(s).text.split(separator: "\n").first { $0.contains(name) }.map(String.init)) }
        var jose = try #require(s.portfolios["jose-garcia"])
        let before = try row("José García")
        #expect(before.contains(" \(jose.artifacts.count) "))

        // Read again from the disk with one more artifact (another terminal added it).
        jose.artifacts.append(jose.artifacts[0])
        jose.artifacts[jose.artifacts.count - 1].id = "one-more"
        send(&s, .portfoliosLoaded([jose], unreadable: [:]))
        #expect(try row("José García").contains(" \(jose.artifacts.count) "))

        // A save finds the file no longer readable: the row says so at once.
        send(&s, .saveFinished(.portfolio("zoe-muller", .trashArtifact(id: "x", at: Fixture.now)),
                               .failure(.corrupt(file: "students/zoe-muller.json", problem: "truncated"))))
        #expect(try row("Zoë Müller").contains("⚠ cannot be read"))

        // Mended on disk and read again, the same as this session holds it: the row shows its figures again.
        send(&s, .portfoliosLoaded([try #require(s.portfolios["zoe-muller"])], unreadable: [:]))
        #expect(try !row("Zoë Müller").contains("⚠"))

        // Taken off the roster (the first row, José): gone from the list and from its count.
        press(&s, .character("d"))
        #expect(!render(s).text.contains("│ José García"), "no row of his (the status line names him)")
        #expect(render(s).text.contains("Students (9)"))
    }

    @Test func theRowsAreInTheClassLanguageOnceItChanges() throws {
        var s = Fixture.state(width: 120, height: 40)
        #expect(render(s).text.contains("not started") || render(s).text.contains("ready"))
        var classroom = try #require(s.classroom)
        classroom.language = "es"
        send(&s, .classroomChanged(classroom))
        let text = render(s).text
        #expect(text.contains("Estudiantes") && !text.contains("not started") && !text.contains("rules "), "\(text)")
    }

    @Test func summariesCountArtifactsAndNotes() throws {
        let s = Fixture.state()
        let demo = DemoClassroom.make()
        let jose = demo.portfolios[0]
        #expect(s.summaries["jose-garcia"] == StudentSummary(jose, in: demo.classroom))
        #expect(s.summaries["jose-garcia"]?.artifacts == jose.artifacts.count)
        #expect(s.summaries["jose-garcia"]?.readiness.notesChosen == 3)
    }
}

@Suite struct PortfolioTests {
    @Test func rowsAreGroupedBySubjectAndTheCursorSkipsHeaders() throws {
        var s = Fixture.portfolio()
        let p = try #require(s.screen.as(PortfolioScreen.self))
        guard case .header(let title, _) = p.rows[0] else { Issue.record("no header first"); return }
        #expect(title == "📚 Reading")
        #expect(p.cursor.selected == 1)
        let firstHeaderAfter = p.rows.dropFirst().firstIndex { if case .header = $0 { return true } else { return false } }!
        for _ in 1..<(firstHeaderAfter - 1) { press(&s, .down) }
        press(&s, .down)
        let q = try #require(s.screen.as(PortfolioScreen.self))
        #expect(q.cursor.selected == firstHeaderAfter + 1)
        press(&s, .up)
        let r = try #require(s.screen.as(PortfolioScreen.self))
        #expect(r.cursor.selected == firstHeaderAfter - 1)
    }

    @Test func tabGroupsByMonthNewestFirst() throws {
        var s = Fixture.portfolio()
        press(&s, .tab)
        let p = try #require(s.screen.as(PortfolioScreen.self))
        let headers = p.rows.compactMap { row -> String? in if case .header(let t, _) = row { return t } else { return nil } }
        #expect(headers == ["November 2026", "October 2026", "September 2026"])
    }

    @Test func addingAnArtifactSavesItAndUndoTakesItBack() throws {
        var s = Fixture.portfolio()
        let before = s.portfolios["jose-garcia"]!.artifacts.count
        press(&s, .character("a"))
        type(&s, "Fractions ½ — José's poster 学生")
        let effects = press(&s, .enter)
        let added = s.portfolios["jose-garcia"]!.artifacts.last!
        #expect(added.title == "Fractions ½ — José's poster 学生")
        #expect(added.date == Day("2026-11-29"))
        #expect(effects == [.save(.portfolio("jose-garcia", .addArtifact(added)))])
        #expect(s.summaries["jose-garcia"]?.artifacts == before + 1)
        let p = try #require(s.screen.as(PortfolioScreen.self))
        #expect(p.selectedArtifactID == added.id)

        let undo = press(&s, .character("u"))
        #expect(undo == [.save(.portfolio("jose-garcia", .removeArtifact(id: added.id)))])
        #expect(s.portfolios["jose-garcia"]!.artifacts.count == before)
        #expect(press(&s, .character("u")) == [])
        #expect(s.status?.text == "Nothing to undo.")
    }

    @Test func editingSendsOnlyTheChangeAgainstWhatWasThere() throws {
        var s = Fixture.portfolio()
        let p = try #require(s.screen.as(PortfolioScreen.self))
        let id = try #require(p.selectedArtifactID)
        let original = s.portfolios["jose-garcia"]!.artifact(id)!
        press(&s, .character("e"))
        press(&s, .end)
        type(&s, "!")
        let effects = press(&s, .enter)
        var changed = original
        changed.title += "!"
        changed.updatedAt = Fixture.now
        #expect(effects == [.save(.portfolio("jose-garcia", .updateArtifact(changed, base: original)))])
    }

    @Test func deletingGoesToTheTrashAndCanBeRestored() throws {
        var s = Fixture.portfolio()
        let p = try #require(s.screen.as(PortfolioScreen.self))
        let id = try #require(p.selectedArtifactID)
        let effects = press(&s, .character("d"))
        #expect(effects == [.save(.portfolio("jose-garcia", .trashArtifact(id: id, at: Fixture.now)))])
        #expect(s.portfolios["jose-garcia"]!.trash.map(\.id) == [id])
        #expect(s.status?.text.contains("u puts it back") == true)
        press(&s, .character("t"))
        let restore = press(&s, .character("r"))
        #expect(restore == [.save(.portfolio("jose-garcia", .restoreArtifact(id: id)))])
        #expect(s.portfolios["jose-garcia"]!.artifact(id) != nil)
        #expect(s.portfolios["jose-garcia"]!.trash.isEmpty)
        press(&s, .escape)
        #expect(s.screen.studentID == "jose-garcia")
    }

    @Test func aFormWithTypingAsksBeforeThrowingItAway() throws {
        var s = Fixture.portfolio()
        press(&s, .character("a"))
        press(&s, .escape)
        #expect(s.screen.studentID == "jose-garcia" && s.overlay == nil, "an untouched form just closes")
        press(&s, .character("a"))
        type(&s, "Half")
        press(&s, .escape)
        #expect(s.overlay == .confirm(.discardForm))
        press(&s, .character("n"))
        let form = try #require(s.screen.as(ArtifactForm.self))
        #expect(form.title.text == "Half")
        press(&s, .escape, .character("y"))
        _ = try top(s, PortfolioScreen.self)
    }

    @Test func theFormExplainsWhatToFix() throws {
        var s = Fixture.portfolio()
        press(&s, .character("a"))
        #expect(press(&s, .enter) == [])
        let a = try #require(s.screen.as(ArtifactForm.self))
        #expect(a.error == "Give it a title.")
        type(&s, "Poem")
        press(&s, .tab, .tab, .tab)
        for _ in 0..<10 { press(&s, .backspace) }
        type(&s, "2026-02-30")
        #expect(press(&s, .enter) == [])
        let b = try #require(s.screen.as(ArtifactForm.self))
        #expect(b.error == "Write the date like 2026-09-14.")
        #expect(b.focus == .date)
    }

    @Test func choiceFieldsChangeWithLeftAndRight() throws {
        var s = Fixture.portfolio()
        press(&s, .character("a"), .tab)
        press(&s, .right, .right)
        press(&s, .tab, .left)
        let f = try #require(s.screen.as(ArtifactForm.self))
        #expect(f.subjectIndex == 2)
        #expect(ArtifactKind.known[f.kindIndex] == .other)
    }

    @Test func filteringIsLiveAndEscClearsIt() throws {
        var s = Fixture.portfolio("nguyen-van-an")
        press(&s, .character("/"))
        type(&s, "fluency")
        let p = try #require(s.screen.as(PortfolioScreen.self))
        let artifacts = p.rows.filter { if case .artifact = $0 { return true } else { return false } }
        #expect(!artifacts.isEmpty)
        #expect(artifacts.allSatisfy { row in
            guard let id = row.artifactID else { return false }
            return s.portfolios["nguyen-van-an"]!.artifact(id)!.title.lowercased().contains("fluency")
        })
        press(&s, .escape)
        let q = try #require(s.screen.as(PortfolioScreen.self))
        #expect(!q.find.isOpen && q.find.isEmpty)
        #expect(q.rows.count > p.rows.count)
    }

    @Test func decoratingPreviewsTheThemeAndSavesTheCover() throws {
        var s = Fixture.portfolio()
        let cover = s.portfolios["jose-garcia"]!.cover
        press(&s, .character("c"))
        #expect(try top(s, DecorateForm.self).focus == .title, "it opens where the child types")
        press(&s, .backTab, .right)
        #expect(s.themeName != cover.themeName, "the new theme shows while choosing")
        press(&s, .tab)
        press(&s, .control("u"))
        type(&s, "José's Best")
        press(&s, .tab, .right)
        let effects = press(&s, .enter)
        let saved = s.portfolios["jose-garcia"]!.cover
        #expect(saved.title == "José's Best")
        #expect(saved.themeName == s.themeName)
        #expect(effects == [.save(.portfolio("jose-garcia", .setCover(saved, base: cover)))])
    }
}

@Suite struct SavingTests {
    @Test func aFailedSaveStaysOnScreenAndIsRetriedUntilItLands() throws {
        var s = Fixture.portfolio()
        press(&s, .character("a"))
        type(&s, "Rainbow")
        let saveEffect = press(&s, .enter).first
        guard case .save(.portfolio(let id, let change))? = saveEffect else { Issue.record("no save: \(String(describing: saveEffect))"); return }
        send(&s, .saveFinished(.portfolio(id, change), .failure(.diskFull(file: "students/jose-garcia.json"))))
        #expect(s.pending == [.portfolio(id, change)])
        #expect(s.status?.kind == .error && s.status?.text.contains("disk is full") == true)
        #expect(s.portfolios[id]!.artifacts.last?.title == "Rainbow", "kept in memory")

        // Another window's save arrives meanwhile: the unsaved change is laid on top again.
        var fromDisk = DemoClassroom.make().portfolios[0]
        fromDisk.cover.title = "Changed elsewhere"
        send(&s, .portfoliosLoaded([fromDisk], unreadable: [:]))
        #expect(s.portfolios[id]!.cover.title == "Changed elsewhere")
        #expect(s.portfolios[id]!.artifacts.last?.title == "Rainbow")

        #expect(send(&s, .tick(Fixture.now)) == [.save(.portfolio(id, change))])
        var saved = fromDisk
        try? change.apply(to: &saved)
        send(&s, .saveFinished(.portfolio(id, change), .success(.portfolio(saved))))
        #expect(s.pending.isEmpty)
        #expect(s.status == AppState.Status(text: "Saved ✓", kind: .saved))
    }

    @Test func aConflictIsSaidAndTheDiskVersionReloaded() {
        var s = Fixture.portfolio()
        let change = PortfolioChange.trashArtifact(id: "x", at: Fixture.now)
        let effects = send(&s, .saveFinished(.portfolio("jose-garcia", change),
                                             .failure(.conflict(file: "students/jose-garcia.json", reason: "that artifact was deleted in another window"))))
        #expect(effects == [.loadPortfolios(ids: ["jose-garcia"])])
        #expect(s.status?.text == "Not saved: that artifact was deleted in another window (students/jose-garcia.json).")
    }

    @Test func anUnreadablePortfolioIsNeverWritten() {
        var s = Fixture.state()
        let problem = StoreError.newerVersion(file: "students/zoe-muller.json", version: 9)
        send(&s, .portfoliosLoaded([], unreadable: ["zoe-muller": problem]))
        press(&s, .down)
        #expect(press(&s, .enter) == [.offerBackup(studentID: "zoe-muller", error: problem)])
        #expect(press(&s, .character("a")) == [])
        #expect(press(&s, .character("d")) == [])
        #expect(s.status?.text == problem.message)
    }

    @Test func quittingWithUnsavedChangesAsksFirst() {
        var s = Fixture.portfolio()
        press(&s, .character("a"))
        type(&s, "Rainbow")
        let saveEffect = press(&s, .enter).first
        guard case .save(.portfolio(let id, let change))? = saveEffect else { Issue.record("no save: \(String(describing: saveEffect))"); return }
        send(&s, .saveFinished(.portfolio(id, change), .failure(.diskFull(file: "students/jose-garcia.json"))))
        press(&s, .escape)
        #expect(press(&s, .character("q")) == [])
        #expect(s.overlay == .confirm(.quitUnsaved))
        #expect(render(s).text.contains("1 change is not saved yet"))
        press(&s, .character("n"))
        #expect(s.overlay == nil && !s.quitting)
        press(&s, .control("c"))
        #expect(press(&s, .control("c")) == [.quit], "asked twice, it quits")
        var t = s
        t.quitting = false
        t.overlay = nil
        #expect(send(&t, .terminate) == [.quit], "SIGTERM does not ask")
    }

    @Test func quittingSavesAValidFormFirst() {
        var s = Fixture.portfolio()
        press(&s, .character("a"))
        type(&s, "Almost lost")
        let effects = press(&s, .control("c"))
        #expect(effects.count == 2)
        guard case .save(.portfolio(_, .addArtifact(let a)))? = effects.first else { Issue.record("not saved: \(effects)"); return }
        #expect(a.title == "Almost lost")
        #expect(effects.last == .quit)
        #expect(s.quitting)
    }
}

@Suite struct ModeAndScreenTests {
    @Test func studentModeSeesOnlyThatStudent() {
        var s = Fixture.state(.student("zoe-muller"))
        #expect(s.visibleStudentIDs == ["zoe-muller"])
        #expect(Set(s.portfolios.keys) == ["zoe-muller"], "other students' portfolios are never kept")
        #expect(s.screen.studentID == "zoe-muller")
        #expect(s.screens.count == 1)
        #expect(press(&s, .escape) == [])
        #expect(s.screen.studentID == "zoe-muller", "Esc does not lead out to the class")
        #expect(press(&s, .character("q")) == [], "one stray q does not end a child's session")
        #expect(s.overlay == .confirm(.leave))
        #expect(render(s).text.contains("Leave LearnerLed? Everything you did is saved."))
        press(&s, .character("n"))
        #expect(s.overlay == nil && !s.quitting)
        #expect(press(&s, .character("q"), .character("y")) == [.quit])
    }

    @Test func aStudentsThemeIsUsedWhileTheirThingsAreOpen() {
        var s = Fixture.portfolio()
        #expect(s.themeName == "sunset")
        press(&s, .escape)
        #expect(s.themeName == "classic")
    }

    @Test func tooSmallIgnoresEverythingButQuit() {
        var s = Fixture.state(width: 59, height: 30)
        #expect(s.isTooSmall)
        #expect(press(&s, .enter) == [])
        #expect(s.screens.count == 1)
        send(&s, .resized(width: 60, height: 20))
        #expect(!s.isTooSmall)
        press(&s, .enter)
        #expect(s.screens.count == 2)
    }

    @Test func helpOpensAndAnyKeyClosesIt() {
        var s = Fixture.state()
        press(&s, .character("?"))
        #expect(s.overlay == .help(offset: 0))
        press(&s, .character("x"))
        #expect(s.overlay == nil)
        #expect(s.screens.count == 1)
    }

    @Test func theHelpBarComesFromTheSameTableAsTheKeys() {
        let s = Fixture.portfolio(width: 200, height: 40)
        let bar = render(s).rowText(39)
        for binding in Keys.table(for: s) where binding.inBar {
            #expect(bar.contains("\(binding.label) \(binding.help)"), "\(binding.help)")
            let key = binding.keys[0]
            #expect(Keys.action(for: key, in: s) == binding.action(for: key))
        }
    }
}
