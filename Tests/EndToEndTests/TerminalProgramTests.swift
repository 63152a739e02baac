import Foundation
import Glibc
import Testing
import LearnerLedCore

/// The real binary in tmux: what a teacher or a child would do, checked on screen and on disk.
@Suite(.enabled(if: Tmux.available, "needs tmux (.ci/run installs it)"))
struct TerminalProgramTests {
    static let title = "Fractions ½ — José's poster 学生"

    @Test func addAnArtifactQuitReopenAndResize() throws {
        let folder = TempFolder()
        let data = folder.file("class")
        do {
            let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", data])
            try tmux.wait(for: "Explore the demo classroom")
            try tmux.keys("Enter")
            try tmux.unlock()
            try tmux.keys("Down", "Down", "Enter")
            try tmux.wait(for: "An's Adventure Book")
            try tmux.keys("a")
            try tmux.wait(for: "Add an artifact")
            try tmux.type(Self.title)
            try tmux.keys("Enter")
            let screen = try tmux.wait(for: "Saved ✓")
            #expect(screen.contains(Self.title), "the detail pane shows the new artifact:\n\(screen)")
            try tmux.keys("Escape", "q")
            try expectExit(tmux, 0)
        }
        // The demo lives beside the real data, never inside it.
        #expect(!FileManager.default.fileExists(atPath: data + "/classroom.json"))
        let portfolio = try #require(try DocumentStore(readingOnly: data + "-demo").load(.student("nguyen-van-an"), as: Portfolio.self).get())
        #expect(portfolio.artifacts.contains { $0.title == Self.title })

        let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", data + "-demo"])
        try tmux.unlock()
        try tmux.keys("Down", "Down", "Enter", "/")
        try tmux.type("学生")
        try tmux.keys("Enter")
        try tmux.wait(for: Self.title)

        try tmux.resize(width: 60, height: 20)
        try tmux.wait(for: "An's Adventure")
        var screen = try tmux.settled()
        try expectClean(screen, width: 60, height: 20)
        try tmux.resize(width: 59, height: 19)
        try tmux.wait(for: "Please make the window bigger")
        try tmux.resize(width: 120, height: 40)
        try tmux.wait(for: "Nguyễn Văn An (nguyen-van-an) ·")
        screen = try tmux.settled()
        try expectClean(screen, width: 120, height: 40)
        #expect(!screen.contains("Please make the window bigger"))
        #expect(screen.contains(Self.title))
        try tmux.keys("Escape", "q")
        try expectExit(tmux, 0)
    }

    /// Every row is exactly the window's width, framed where a box is drawn, with no left-over text.
    func expectClean(_ screen: String, width: Int, height: Int) throws {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(height).map(String.init)
        #expect(lines.count == height)
        #expect(lines[0].hasPrefix(" LearnerLed"))
        for line in lines.dropFirst().prefix(height - 3) where line.hasPrefix("│") || line.hasPrefix("┌") || line.hasPrefix("└") {
            #expect(DisplayWidthProbe.columns(line) == width, "row is not \(width) wide: \(line)")
            #expect(line.hasSuffix("│") || line.hasSuffix("┐") || line.hasSuffix("┘"), "row not closed: \(line)")
        }
    }

    @Test func sigtermSavesTheFormAndRestoresTheTerminal() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path])
        try tmux.unlock()
        try tmux.keys("Enter", "a")
        try tmux.wait(for: "Add an artifact")
        try tmux.type("Zoë's half-typed 美玲")
        let pid = try #require(tmux.pid)
        kill(pid, SIGTERM)
        try expectExit(tmux, 0)
        let p = try #require(try DocumentStore(readingOnly: folder.path).load(.student("jose-garcia"), as: Portfolio.self).get())
        #expect(p.artifacts.contains { $0.title == "Zoë's half-typed 美玲" })
    }

    @Test func twoTerminalsOnOneClassSeeEachOthersSaves() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let teacher = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path])
        let student = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path, "--student", "jose-garcia"])
        try teacher.unlock()
        try teacher.wait(forLineWith: ["José García", " 11 "])
        try student.wait(for: "Los trabajos de José")
        try student.keys("a")
        try student.wait(for: "Agregar un trabajo")
        try student.type("Nuestro mural 🌎")
        try student.keys("Enter")
        try student.wait(for: "Guardado ✓")
        // The teacher's list notices the student's save by itself, within a second or two.
        try teacher.wait(forLineWith: ["José García", " 12 "], timeout: 5)
        try teacher.keys("Enter", "/")
        try teacher.type("mural")
        try teacher.wait(for: "Nuestro mural 🌎")
        try teacher.keys("Escape", "Escape", "q")
        try student.keys("q", "y")
        try expectExit(teacher, 0)
        try expectExit(student, 0)
    }

    @Test func anUnreadableFileIsShownWithItsBackupAndRestoredOnRequest() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        try learnerled(["store-torture", "--data", folder.path, "--student", "jose-garcia", "--count", "2"])
        let broken = Data("{\"schemaVersion\": 1, \"revis".utf8)
        try broken.write(to: URL(fileURLWithPath: folder.file("students/jose-garcia.json")))
        let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path])
        try tmux.unlock()
        try tmux.wait(for: "⚠ cannot be read")
        try tmux.keys("Enter")
        try tmux.wait(for: "An earlier copy")
        try tmux.keys("r")
        try tmux.wait(for: "Los trabajos de José")
        try tmux.wait(for: "12 artifacts")
        try tmux.keys("Escape", "q", "y")
        try expectExit(tmux, 0)
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.file("history/student-jose-garcia"))
            .filter { $0.hasPrefix("broken-") }
        #expect(kept.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file("history/student-jose-garcia/\(kept[0])"))) == broken)
    }

    @Test(arguments: [SIGHUP, SIGSEGV])
    func theTerminalIsGivenBackOnHangUpAndOnACrash(signal: Int32) throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path])
        try tmux.unlock()
        #expect(try tmux.run(["display-message", "-p", "#{alternate_on}"]).hasPrefix("1"))
        kill(try #require(tmux.pid), signal)
        let status = try tmux.waitForExit()
        #expect(status != nil)
        if signal == SIGHUP { #expect(status == 0) }
        #expect(try tmux.run(["display-message", "-p", "#{alternate_on}"]).hasPrefix("0"), "still in the full-screen mode")
    }

    @Test func aStudentChoosesWithinTheRulesAndPreparesWhatToSay() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path, "--student", "liam-o-brien"])
        try tmux.wait(for: "Liam's Work")
        // Three Reading notes: the third breaks "at most 2 per subject", and the program says so.
        try tmux.keys("Space", "Enter", "Down", "Space", "c")
        try tmux.type("Hard words")
        try tmux.keys("Enter", "Down", "Space", "Enter")
        try tmux.wait(for: "Heads up: You have 3 Reading notes. Choose at most 2.")
        // Fix it: take that note off, put one on a Writing artifact instead.
        try tmux.keys("Space", "Down", "Space", "Enter", "p")
        var screen = try tmux.wait(for: "Sticky wall")
        #expect(screen.contains("✓ At most 2 artifacts from each"))
        #expect(screen.contains("✓ Class rules met"))
        #expect(!screen.contains("Choose at most 2"))
        try tmux.keys("Enter")
        try tmux.wait(for: "This artifact shows I am succeeding with…")
        for part in ["reading long words", "sounding them out slowly", "read to my little brother"] {
            try tmux.type(part)
            try tmux.keys("Enter")
        }
        screen = try tmux.wait(for: "ready to say ✓")
        #expect(screen.contains("Notes ready to say: 1 of 3"))
        try tmux.keys("Escape", "q", "y")
        try expectExit(tmux, 0)

        let p = try #require(try DocumentStore(readingOnly: folder.path).load(.student("liam-o-brien"), as: Portfolio.self).get())
        let chosen = p.chosen
        #expect(chosen.count == 3)
        #expect(Set(chosen.map { $0.stickyNote!.order }).count == 3, "each note has its own place in the order")
        #expect(chosen.map { $0.stickyNote!.reason } == [.strength, .challenge, .strength])
        #expect(chosen[1].stickyNote?.words == "Hard words")
        #expect(chosen.map(\.subjectID) == ["reading", "reading", "writing"])
        #expect(chosen[0].reflection == ArtifactReflection(succeeding: "reading long words", challenged: "sounding them out slowly",
                                                           future: "read to my little brother"))
        let classroom = try #require(try DocumentStore(readingOnly: folder.path).load(.classroom, as: Classroom.self).get())
        #expect(BoundaryCheck.unmet(for: p, in: classroom).isEmpty)
    }

    @Test func aStudentRehearsesAThreeArtifactConferenceWithAFriend() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path, "--student", "jose-garcia"])
        try tmux.wait(for: "Los trabajos de José")
        try tmux.keys("p", "r", "Right", "Enter")
        try tmux.type("Zoë")
        try tmux.keys("Enter")
        try tmux.wait(for: "¡Bienvenidos! Gracias por venir a mi conferencia.")
        try tmux.wait(for: "Paso 1 de 18")
        for _ in 0..<17 { try tmux.keys("Right") }
        try tmux.wait(for: "Paso 18 de 18")
        try tmux.keys("Right")
        try tmux.wait(for: "¿Qué vio Zoë?")
        try tmux.keys("Space", "Down", "Space", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab")
        try tmux.type("Mostraste los dientes del tiburón mientras explicabas")
        try tmux.keys("Enter")
        try tmux.type("Mira a tu familia cuando lees la frase")
        try tmux.keys("Enter")
        let screen = try tmux.wait(for: "Práctica 2 guardada")   // the demo gave José one already; his screens are Spanish
        #expect(screen.contains("Practicado 2 veces"))
        try tmux.keys("Escape", "q", "y")
        try expectExit(tmux, 0)

        let p = try #require(try DocumentStore(readingOnly: folder.path).load(.student("jose-garcia"), as: Portfolio.self).get())
        let r = try #require(p.rehearsals.last)
        #expect(p.rehearsals.count == 2)
        #expect(r.isFinished && r.partner == .peer && r.partnerName == "Zoë")
        #expect(r.stepsReached == 18 && r.totalSteps == 18)
        #expect(r.criteria["welcome"] == true && r.criteria["body-language"] == true && r.criteria["voice"] == false)
        #expect(r.workedWell == "Mostraste los dientes del tiburón mientras explicabas")
        #expect(r.tryNext == "Mira a tu familia cuando lees la frase")
    }

    @Test func aConferenceOnTwoTerminalsStaysInStepAndLosesNothing() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let teacher = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path])
        let student = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path, "--student", "jose-garcia"])
        try teacher.unlock()
        try teacher.keys("v")
        try teacher.wait(for: "Conference · José García")
        try student.wait(for: "Los trabajos de José")
        try student.keys("p", "C")
        try student.type("Mamá, Papá")
        try student.keys("Enter")
        try student.wait(for: "Paso 1 de 18")
        // The teacher's view picks up who came and follows the student's step, through the shared files only:
        // the welcome first, then which starter of which artifact.
        try teacher.wait(for: "with Mamá, Papá", timeout: 3)
        try teacher.wait(forLineWith: ["▶", "Opening"], timeout: 3)
        for _ in 0..<3 { try student.keys("Right") }
        try student.wait(for: "Paso 4 de 18")
        try teacher.wait(forLineWith: ["▶ 1 1/3", "Non-fiction"], timeout: 3)
        try teacher.wait(for: "Saying starter 1 of 3")
        try teacher.keys("c", "2", "i")
        try teacher.type("José pointed at the shark teeth")
        try teacher.keys("Enter", "Tab", "Space", "Tab")
        try teacher.wait(for: "My notes (1)")
        // The slot timer is the conference's: leaving the view and coming back shows the same clock, not 0:00.
        let before = try Self.timer(teacher.wait(for: "⏱"))
        try teacher.keys("Escape")
        try teacher.wait(for: "Students (10)")
        Thread.sleep(forTimeInterval: 1.2)
        try teacher.keys("v")
        let after = try Self.timer(teacher.wait(for: "⏱"))
        #expect(after >= before + 1, "the clock went on while the view was closed: \(before) then \(after)")
        for _ in 0..<14 { try student.keys("Right") }
        try student.wait(for: "Paso 18 de 18")
        try teacher.wait(forLineWith: ["▶", "Closing"], timeout: 3)
        try student.keys("Right")
        try student.type("leer cada noche; practicar las tablas")
        try student.keys("Enter")
        try student.wait(for: "Tu conferencia terminó")
        // The end on the teacher's side: done, the next steps, who came.
        try teacher.wait(forLineWith: ["▶", "Done"], timeout: 3)
        let done = try teacher.wait(for: "✓ Conference done · with Mamá, Papá")
        #expect(done.contains("• leer cada noche") && done.contains("• practicar las tablas"))
        try teacher.keys("Escape", "q")
        try student.keys("Escape", "q", "y")
        try expectExit(teacher, 0)
        try expectExit(student, 0)

        let store = DocumentStore(readingOnly: folder.path)
        let p = try #require(try store.load(.student("jose-garcia"), as: Portfolio.self).get())
        let record = try #require(p.conference)
        #expect(record.status == .done && record.attendees == ["Mamá", "Papá"])
        #expect(record.artifactsCovered == [p.chosen[0].id])
        // José's family speaks Spanish: the teacher's questions are offered in it.
        #expect(record.questionsUsed == [Defaults.spanish.probingQuestions![1]])
        #expect(record.criteriaSeen == ["welcome"])
        #expect(record.nextSteps == ["leer cada noche", "practicar las tablas"])
        #expect(record.currentStep == 17)
        let notes = try #require(try store.load(.teacherNotes("jose-garcia"), as: TeacherNotes.self).get())
        #expect(notes.conferenceNotes.map(\.text) == ["José pointed at the shark teeth"])
        #expect(!(try String(contentsOfFile: folder.file("students/jose-garcia.json"), encoding: .utf8)).contains("shark teeth\""),
                "the teacher's note is not in the student's file")

        // The next morning: the notes are there to read again, in the view and in the record.
        let morning = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path])
        try morning.unlock()
        try morning.keys("v")
        try morning.wait(for: "José pointed at the shark teeth")
        try morning.keys("r")
        try morning.wait(for: "Conference record — José García")
        try morning.keys("G")
        try morning.wait(for: "José pointed at the shark teeth")
        try morning.keys("Escape", "Escape", "q")
        try expectExit(morning, 0)
    }

    /// "⏱ 1:05 of 20:00" → 65.
    static func timer(_ screen: String) throws -> Int {
        let line = try #require(screen.split(separator: "\n").first { $0.contains("⏱") })
        let clock = try #require(line.split(separator: "⏱").last?.split(separator: " ").first)
        let parts = clock.split(separator: ":").compactMap { Int($0) }
        try #require(parts.count == 2)
        return parts[0] * 60 + parts[1]
    }

    @Test func theTeacherListensInOnARehearsalAndTheFeedbackLandsInIt() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let teacher = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path])
        let student = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path, "--student", "jose-garcia"])
        try teacher.unlock()
        try student.wait(for: "Los trabajos de José")
        try student.keys("p", "r", "Right", "Enter")
        try student.type("Zoë")
        try student.keys("Enter")
        try student.wait(for: "Paso 1 de 18")
        // José is first on the class list: v follows his rehearsal.
        try teacher.keys("v")
        try teacher.wait(for: "Rehearsal · José García · with Zoë")
        try teacher.wait(for: "step 1 of 18")
        try teacher.keys("Tab", "Space", "Tab", "i")
        try teacher.type("Miraste a Zoë al saludar")
        try teacher.keys("Enter")
        try teacher.wait(for: "My feedback (1)")
        for _ in 0..<3 { try student.keys("Right") }
        try teacher.wait(for: "step 4 of 18", timeout: 3)
        try teacher.wait(forLineWith: ["▶ 1 1/3", "Non-fiction"])
        // José finishes with his own checklist; the teacher's feedback is kept through every save of his.
        for _ in 0..<15 { try student.keys("Right") }
        try student.wait(for: "¿Qué vio Zoë?")
        try student.keys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab")
        try student.type("Mostraste los dientes del tiburón mientras explicabas")
        try student.keys("Enter")
        try student.type("Mira a tu familia cuando lees la frase")
        try student.keys("Enter")
        try student.wait(for: "Práctica 2 guardada")
        try teacher.wait(forLineWith: ["▶", "Done"], timeout: 3)
        try teacher.wait(for: "Rehearsal done")
        // His wall lists every rehearsal with what was said, the teacher's words too.
        try student.keys("p")
        try student.wait(for: "Maestro: “Miraste a Zoë al")
        try teacher.keys("Escape", "q")
        try student.keys("Escape", "Escape", "q", "y")
        try expectExit(teacher, 0)
        try expectExit(student, 0)

        let p = try #require(try DocumentStore(readingOnly: folder.path).load(.student("jose-garcia"), as: Portfolio.self).get())
        let r = try #require(p.rehearsals.last)
        #expect(r.isFinished && r.partnerName == "Zoë")
        #expect(r.teacherSeen == ["welcome"])
        #expect(r.teacherFeedback?.map(\.text) == ["Miraste a Zoë al saludar"])
        #expect(r.workedWell == "Mostraste los dientes del tiburón mientras explicabas")
        let json = try String(contentsOfFile: folder.file("students/jose-garcia.json"), encoding: .utf8)
        #expect(json.contains("\"teacherFeedback\"") && json.contains("Miraste a Zoë al saludar"))
    }

    @Test func ctrlCQuitsCleanly() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path])
        try tmux.unlock()
        try tmux.keys("C-c")
        try expectExit(tmux, 0)
    }

    @Test func studentModeShowsOnlyThatStudent() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let tmux = try Tmux(width: 100, height: 30, arguments: ["--data", folder.path, "--student", "zoe-muller"])
        var screen = try tmux.wait(for: "Zoë's Ocean of Work")
        try tmux.keys("Escape")
        usleep(200_000)
        screen = try tmux.screen()
        #expect(screen.contains("Zoë's Ocean of Work"), "Esc does not lead out of the student's portfolio")
        for other in ["José García", "Nguyễn Văn An", "Students (10)"] { #expect(!screen.contains(other)) }
        try tmux.keys("q", "y")
        try expectExit(tmux, 0)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aTerminalWithoutCursorAddressingIsRefusedClearly() throws {
        // script(1) gives the program a real pty, as a dumb serial console would.
        let folder = TempFolder()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        p.arguments = ["-q", "-e", "-c", "'\(Binary.path)' --data '\(folder.path)'", "/dev/null"]
        p.environment = ProcessInfo.processInfo.environment.merging(["TERM": "dumb"]) { $1 }
        let out = Pipe()
        p.standardOutput = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        #expect(text.contains("needs a terminal that can move the cursor (TERM=dumb cannot)"), "\(text)")
        #expect(!text.contains("\u{1B}["), "no escape sequences were sent to a terminal that cannot use them")
    }
}

@Suite struct NotATerminalTests {
    @Test func aPipeIsRefusedWithAMessageNotEscapes() throws {
        let folder = TempFolder()
        let run = try learnerled(["--data", folder.path])
        #expect(run.status == 1)
        #expect(run.err.contains("needs a terminal"))
        #expect(!run.out.contains("\u{1B}"))
    }

    @Test func anUnknownStudentIsSaidBeforeAnythingStarts() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let run = try learnerled(["--data", folder.path, "--student", "nobody"])
        #expect(run.status == 1)
        #expect(run.err.contains("there is no student \"nobody\""))
    }
}

/// The program ended with this status; on failure the last screen is shown.
func expectExit(_ tmux: Tmux, _ status: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let actual = try tmux.waitForExit()
    let screen = try tmux.screen()
    #expect(actual == status, "exit \(String(describing: actual)); screen:\n\(screen)", sourceLocation: sourceLocation)
}

/// Column counting for screen captures (tmux pads with spaces, wide characters take two columns).
enum DisplayWidthProbe {
    static func columns(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { sum, s in
            let v = s.value
            if (0x300...0x36F).contains(v) || v == 0xFE0F || v == 0x200D { return sum }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0x1F300...0x1FAFF).contains(v)
            return sum + (wide ? 2 : 1)
        }
    }
}

@Suite(.enabled(if: Tmux.available, "needs tmux (.ci/run installs it)"))
struct JournalProgramTests {
    @Test func twoEndOfLessonEntriesWithDifferentStartersLandInTheJSON() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path, "--student", "zoe-muller"])
        try tmux.wait(for: "Zoë's Ocean of Work")
        try tmux.keys("w", "2")
        try tmux.type("measuring with a ruler 📏")
        try tmux.keys("Enter")
        try tmux.wait(for: "Kept in your journal")
        try tmux.keys("w", "6")
        try tmux.type("why Zoë's plant grew faster")
        try tmux.keys("Enter", "J")
        let screen = try tmux.wait(for: "Journal — Zoë Müller")
        #expect(screen.contains("I am wondering…"))
        try tmux.keys("Escape", "q", "y")
        try expectExit(tmux, 0)

        let p = try #require(try DocumentStore(readingOnly: folder.path).load(.student("zoe-muller"), as: Portfolio.self).get())
        let added = p.journal.suffix(2)
        #expect(added.map(\.starter) == ["Today, I succeeded by…", "I am wondering…"])
        #expect(added.map(\.words) == ["measuring with a ruler 📏", "why Zoë's plant grew faster"])
        #expect(added.allSatisfy { $0.artifactID != nil }, "written from the portfolio: about the artifact under the cursor")
    }
}
