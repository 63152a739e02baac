import Foundation
import Glibc
import Testing
import LearnerLedCore
import TerminalKit

/// Reproductions from the outside battery (issue 16), each as the command a person or a script would run.
@Suite struct HardeningTests {
    func write(_ object: [String: Any], to path: String) throws {
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
    }

    @Test func fieldsAddedByAScriptSurviveArtifactAdd() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        var p = try folder.json("students/zoe-muller.json")
        p["addedByScript"] = ["house": "Blue", "laptop": 12]
        var artifacts = p["artifacts"] as! [[String: Any]]
        artifacts[0]["scannedPage"] = "scan-0001.pdf"
        p["artifacts"] = artifacts
        try write(p, to: folder.file("students/zoe-muller.json"))
        var c = try folder.json("classroom.json")
        c["schoolCode"] = "R12-2026"
        try write(c, to: folder.file("classroom.json"))

        let add = try learnerled(["artifact", "add", "--data", folder.path, "--student", "zoe-muller", "--subject", "math",
                                  "--title", "Tangram", "--date", "2026-11-20"])
        #expect(add.status == 0, "\(add.err)")
        let after = try folder.json("students/zoe-muller.json")
        #expect((after["addedByScript"] as? [String: Any])?["house"] as? String == "Blue")
        #expect((after["artifacts"] as! [[String: Any]]).contains { $0["scannedPage"] as? String == "scan-0001.pdf" })
        #expect((after["artifacts"] as! [[String: Any]]).contains { $0["title"] as? String == "Tangram" })
        #expect(after["schemaVersion"] as? Int == 2)

        let csv = folder.file("more.csv")
        try "name\nNew Child\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let roster = try learnerled(["roster", "import", "--data", folder.path, csv])
        #expect(roster.status == 0, "\(roster.err)")
        #expect(try folder.json("classroom.json")["schoolCode"] as? String == "R12-2026")
    }
}

/// Files that are not files, and folders that are links: refused by name, without waiting, without writing.
@Suite struct OddFilesTests {
    @Test func aFIFOInPlaceOfAStudentFileIsRefusedAtOnce() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        unlink(folder.file("students/zoe-muller.json"))
        #expect(mkfifo(folder.file("students/zoe-muller.json"), 0o600) == 0)
        let check = try learnerled(["check", "--data", folder.path], timeout: 10)
        #expect(check.status == 1)
        #expect(check.out.contains("students/zoe-muller.json: is a FIFO (named pipe), not a file"), "\(check.out)")
        let add = try learnerled(["artifact", "add", "--data", folder.path, "--student", "zoe-muller", "--subject", "math",
                                  "--title", "x"], timeout: 10)
        #expect(add.status == 1)
        #expect(add.err.contains("students/zoe-muller.json is a FIFO (named pipe)"), "\(add.err)")
        let list = try learnerled(["list", "artifacts", "--data", folder.path, "--student", "zoe-muller"], timeout: 10)
        #expect(list.status == 1 && list.err.contains("FIFO"))
        var st = stat()
        #expect(lstat(folder.file("students/zoe-muller.json"), &st) == 0 && st.st_mode & S_IFMT == S_IFIFO, "left as it was")
    }

    @Test func aFIFOInPlaceOfTheClassroomIsRefusedByEveryCommand() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        unlink(folder.file("classroom.json"))
        #expect(mkfifo(folder.file("classroom.json"), 0o600) == 0)
        for command in [["check"], ["list", "students"], ["schedule"], ["export", "--student", "zoe-muller"]] {
            let run = try learnerled(command + ["--data", folder.path], timeout: 10)
            #expect(run.status == 1, "\(command)")
            #expect((run.out + run.err).contains("classroom.json"), "\(command): \(run.out)\(run.err)")
            #expect((run.out + run.err).contains("FIFO"), "\(command): \(run.out)\(run.err)")
        }
    }

    @Test func aSymlinkedStudentsFolderIsNeverFollowed() throws {
        let folder = TempFolder()
        let elsewhere = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        try FileManager.default.moveItem(atPath: folder.file("students"), toPath: elsewhere.file("students"))
        chmod(elsewhere.file("students"), 0o755)
        #expect(symlink(elsewhere.file("students"), folder.file("students")) == 0)
        let check = try learnerled(["check", "--data", folder.path], timeout: 10)
        #expect(check.status == 1)
        #expect(check.out.contains("students: is a symbolic link, not a folder"), "\(check.out)")
        let add = try learnerled(["artifact", "add", "--data", folder.path, "--student", "zoe-muller", "--subject", "math",
                                  "--title", "Outside"], timeout: 10)
        #expect(add.status == 1)
        #expect(add.err.contains("students is a symbolic link"), "\(add.err)")
        let files = try FileManager.default.contentsOfDirectory(atPath: elsewhere.file("students"))
        #expect(!files.contains { $0.hasPrefix(".") }, "nothing written there")
        var st = stat()
        #expect(stat(elsewhere.file("students"), &st) == 0 && st.st_mode & 0o777 == 0o755, "its mode untouched")
    }

    @Test func checkNamesFoldersAndLinksForWhatTheyAre() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        try FileManager.default.createDirectory(atPath: folder.file("students/odd.json"), withIntermediateDirectories: false)
        #expect(symlink("/etc/hostname", folder.file("students/linked.json")) == 0)
        let check = try learnerled(["check", "--data", folder.path], timeout: 10)
        let lines = check.out.split(separator: "\n").map(String.init)
        #expect(lines.contains("students/odd.json: is a folder, not a file"), "\(check.out)")
        #expect(lines.contains("students/linked.json: is a symbolic link, not a file (LearnerLed does not follow links)"), "\(check.out)")
        #expect(!check.out.contains("mode 7"), "no mode talk for a folder or a link")
    }

    @Test func anInvalidIDIsShownAsTyped() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        try Data("{}".utf8).write(to: URL(fileURLWithPath: folder.file("students/Bad Name.json")))
        let check = try learnerled(["check", "--data", folder.path], timeout: 10)
        #expect(check.out.contains("not a usable student id: Bad Name"), "\(check.out)")
        #expect(!check.out.contains("student-"), "not the lock's name")
    }
}

/// What the command line says is what happened.
@Suite struct CommandTruthTests {
    static let hasStrace = FileManager.default.isExecutableFile(atPath: "/usr/bin/strace")

    @Test(.enabled(if: hasStrace, "needs strace (.ci/run installs it)"))
    func aFailedFolderSyncAfterTheRenameSaysSavedAndARetryAddsNothingTwice() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let args = ["artifact", "add", "--data", folder.path, "--student", "zoe-muller", "--subject", "math", "--title", "Tangram",
                    "--date", "2026-11-20", "--id", "tangram-1"]
        // The save's fsyncs: the temp file, then the folder (twice: it is tried once more). Only the folder's fail.
        let run = try learnerled(args, timeout: 30,
                                 wrapper: ["/usr/bin/strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=fsync",
                                           "-e", "inject=fsync:error=EIO:when=2+"])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.err.contains("Saved, but the disk did not confirm it"), "\(run.err)")
        #expect(!run.err.contains("Not saved"))
        let again = try learnerled(args, timeout: 10)
        #expect(again.status == 0)
        #expect(again.out.contains("Already there"), "\(again.out)")
        let p = try folder.json("students/zoe-muller.json")
        #expect((p["artifacts"] as! [[String: Any]]).filter { $0["id"] as? String == "tangram-1" }.count == 1)
        var other = args
        other[other.firstIndex(of: "Tangram")!] = "Another"
        let clash = try learnerled(other, timeout: 10)
        #expect(clash.status == 1 && clash.err.contains("already has an artifact with the id tangram-1"), "\(clash.err)")
    }

    @Test func busyFromTheCommandLineIsTriedAgainThenSaidPlainly() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let lock = open(folder.file("locks/student-zoe-muller.lock"), O_RDWR | O_CREAT, 0o600)
        defer { close(lock) }
        #expect(flock(lock, LOCK_EX) == 0)
        let args = ["artifact", "add", "--data", folder.path, "--student", "zoe-muller", "--subject", "math", "--title", "Busy day"]
        let started = Date()
        let refused = try learnerled(args, timeout: 20)
        let waited = Date().timeIntervalSince(started)
        #expect(refused.status == 1)
        #expect(waited > 3 && waited < 10, "tried again for a few seconds, not 0.27 s: \(waited)")
        #expect(refused.err.contains("Not saved") && refused.err.contains("Nothing was changed"), "\(refused.err)")
        #expect(!refused.err.contains("kept here") && !refused.err.contains("Trying again"))

        // Released while the command waits: it lands.
        DispatchQueue.global().asyncAfter(deadline: .now() + 1) { flock(lock, LOCK_UN) }
        let landed = try learnerled(args, timeout: 20)
        #expect(landed.status == 0, "\(landed.err)")
        #expect(landed.out.contains("Added “Busy day”"))
    }

    @Test func anExportIsNeverReadableByOthersEvenForAMoment() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let out = folder.file("jose.html")
        let old = umask(0)
        defer { umask(old) }
        let run = try learnerled(["export", "--data", folder.path, "--student", "jose-garcia", "--format", "html", "--out", out])
        #expect(run.status == 0, "\(run.err)")
        var st = stat()
        #expect(stat(out, &st) == 0 && st.st_mode & 0o777 == 0o600)
        let strace = "/usr/bin/strace"
        guard Self.hasStrace else { return }   // the mode was checked above; the trace shows it was 0600 from the start
        let traced = folder.file("trace")
        try learnerled(["export", "--data", folder.path, "--student", "jose-garcia", "--format", "txt", "--out", folder.file("j.txt")],
                       wrapper: [strace, "-f", "-qq", "-o", traced, "-e", "trace=openat,open,creat"])
        let opens = try String(contentsOfFile: traced, encoding: .utf8).split(separator: "\n").filter { $0.contains("j.txt") && $0.contains("O_CREAT") }
        #expect(!opens.isEmpty)
        #expect(opens.allSatisfy { $0.contains("0600") }, "created 0600: \(opens)")
    }

    @Test func anUnterminatedQuoteIsRefusedWithItsLine() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let csv = folder.file("class.csv")
        try "name,language\nAna,es\n\"unterminated,x\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let before = try folder.json("classroom.json")["roster"] as! [Any]
        let run = try learnerled(["roster", "import", "--data", folder.path, "--skip-bad", csv])
        #expect(run.status == 1)
        #expect(run.err.contains("line 3: a quoted field starts here and is never closed"), "\(run.err)")
        #expect((try folder.json("classroom.json")["roster"] as! [Any]).count == before.count, "nothing imported, not even Ana")
    }
}

/// Controls in children's words and in files reach the terminal as harmless text.
@Suite struct PrintedTextTests {
    static let hostile = "x\u{1B}]0;PWNED\u{07}y\u{9B}2J\u{7F}\u{202E}gnp.exe\u{200B}\u{FEFF}"

    func folderWithHostileTitle() throws -> TempFolder {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let add = try learnerled(["artifact", "add", "--data", folder.path, "--student", "zoe-muller", "--subject", "math",
                                  "--title", Self.hostile, "--date", "2026-11-20"])
        #expect(add.status == 0)
        #expect(!add.out.contains("\u{1B}"), "the confirmation shows the title harmlessly")
        // A sticky note on it, so the family's summary shows it too.
        let store = try DocumentStore(root: folder.path)
        _ = try store.update(.student("zoe-muller"), create: { Portfolio(studentID: "zoe-muller") }) { p throws(StoreError) in
            let i = p.artifacts.firstIndex { $0.title == Self.hostile }!
            p.artifacts[i].stickyNote = StickyNote(reason: .strength, words: Self.hostile, order: 9)
        }.get()
        return folder
    }

    func harmless(_ text: String) -> Bool {
        !text.unicodeScalars.contains { s in
            (s.value < 0x20 && s.value != 0x0A && s.value != 0x09) || (0x7F...0x9F).contains(s.value)
                || [0x202E, 0x200B, 0xFEFF].contains(s.value)
        }
    }

    @Test func listExportAndScheduleShowControlsAsText() throws {
        let folder = try folderWithHostileTitle()
        for command in [["list", "artifacts"], ["list", "artifacts", "--student", "zoe-muller"], ["list", "artifacts", "--json"],
                        ["export", "--student", "zoe-muller", "--format", "txt"], ["export", "--student", "zoe-muller", "--format", "md"]] {
            let run = try learnerled(command + ["--data", folder.path])
            #expect(run.status == 0, "\(command): \(run.err)")
            #expect(harmless(run.out), "\(command) printed a control")
            // Markdown escapes the "]" (a link's bracket) with a backslash.
            #expect(run.out.contains("^[]0;PWNED^Gy") || run.out.contains("^[\\]0;PWNED^Gy") || run.out.contains("\\u001b]0;PWNED\\u0007y"),
                    "\(command): \(run.out.prefix(300))")
        }
        let json = try learnerled(["list", "artifacts", "--json", "--data", folder.path])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as! [[String: Any]]
        #expect(decoded.contains { $0["title"] as? String == Self.hostile }, "the JSON is escaped, not changed")
    }

    @Test func messagesEchoNamesHarmlessly() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let run = try learnerled(["export", "--data", folder.path, "--student", "\u{1B}[2Jwho"])
        #expect(run.status == 1)
        #expect(harmless(run.err) && run.err.contains("^[[2Jwho"), "\(run.err)")
    }

    @Test func spreadsheetFormulasAreDefused() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        try learnerled(["artifact", "add", "--data", folder.path, "--student", "zoe-muller", "--subject", "math",
                        "--title", "=HYPERLINK(\"http://x\")", "--date", "2026-11-20"])
        let run = try learnerled(["list", "artifacts", "--student", "zoe-muller", "--data", folder.path])
        #expect(run.out.contains("\t'=HYPERLINK"), "\(run.out)")
    }

    @Test func joinersStayInNames() {
        let names = ["مهر\u{200C}انگیز", "क्\u{200D}ष", "👩‍🔬"]
        for name in names { #expect(PrintableText.terminal(name) == name) }
        #expect(PrintableText.terminal("a \u{200D}b") == "a <U+200D>b")
    }
}

/// The full-screen program with the same faults: it shows them and goes on, it never hangs or breaks a line.
@Suite(.enabled(if: Tmux.available, "needs tmux (.ci/run installs it)"))
struct OddFilesProgramTests {
    @Test func aFIFOStudentFileIsShownAsAProblemAndKeysStillWork() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        unlink(folder.file("students/zoe-muller.json"))
        #expect(mkfifo(folder.file("students/zoe-muller.json"), 0o600) == 0)
        let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path])
        try tmux.unlock()
        try tmux.wait(forLineWith: ["Zoë Müller", "cannot be read"])
        try tmux.keys("Down", "Enter")
        try tmux.wait(for: "is a FIFO (named pipe)")
        try tmux.keys("Escape", "Escape", "Down")
        try tmux.wait(for: "Students (10)")
        try tmux.keys("q")
        try expectExit(tmux, 0)
    }

    @Test func aFIFOClassroomIsShownAtOnce() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        unlink(folder.file("classroom.json"))
        #expect(mkfifo(folder.file("classroom.json"), 0o600) == 0)
        let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path])
        try tmux.wait(for: "classroom.json is a FIFO")
        try tmux.keys("q")
        try expectExit(tmux, 0)
    }

    @Test func emojiSequencesInATitleNeverMoveTheBorder() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let title = "❤️ ✏️ 👩‍🔬 🇻🇳 👍🏽 Science fair"
        try learnerled(["artifact", "add", "--data", folder.path, "--student", "zoe-muller", "--subject", "math",
                        "--title", title, "--date", "2026-12-01"])
        let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path, "--student", "zoe-muller"])
        try tmux.wait(for: "Science fair")
        try tmux.keys("Down", "Up", "Tab", "Tab")
        let screen = try tmux.wait(for: "Science fair")
        for (row, line) in screen.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where (4...20).contains(row) {
            let text = String(line)
            #expect(DisplayWidthProbe.columns(text) <= 80, "row \(row) is too wide: \(text)")
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            #expect(trimmed.hasSuffix("│") || trimmed.hasSuffix("┐") || trimmed.hasSuffix("┘"), "row \(row) lost its border: \(text)")
            #expect(DisplayWidthProbe.columns(trimmed) + text.prefix { $0 == " " }.count == 80, "row \(row): \(text)")
        }
        try tmux.keys("q", "y")
        try expectExit(tmux, 0)
    }
}

/// Time: retries and refreshes follow a monotonic clock, so a wall clock set back never stalls them.
@Suite(.enabled(if: Tmux.available, "needs tmux (.ci/run installs it)"))
struct ClockTests {
    static let faketime = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: ClockTests.faketime), "needs libfaketime (.ci/run installs faketime)"))
    func aSaveWaitingToBeRetriedLandsAfterTheClockIsSetBack() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let clock = folder.file("clock")
        try "+0\n".write(toFile: clock, atomically: true, encoding: .utf8)
        let lock = open(folder.file("locks/student-zoe-muller.lock"), O_RDWR | O_CREAT, 0o600)
        defer { close(lock) }
        #expect(flock(lock, LOCK_EX) == 0)
        // Swift sees no command-line arguments under libfaketime, so the data folder comes from the environment.
        let tmux = try Tmux(width: 80, height: 24, arguments: [], environment: [
            "LEARNERLED_DATA": folder.path,
            "LD_PRELOAD": Self.faketime, "FAKETIME_TIMESTAMP_FILE": clock, "FAKETIME_NO_CACHE": "1", "DONT_FAKE_MONOTONIC": "1",
        ])
        try tmux.unlock()
        try tmux.keys("Down", "Enter")
        try tmux.wait(for: "Zoë's Ocean of Work")
        try tmux.keys("a")
        try tmux.type("Shadow puppets")
        try tmux.keys("Enter")
        try tmux.wait(for: "Busy — not saved yet")
        try "-1h\n".write(toFile: clock, atomically: true, encoding: .utf8)   // the wall clock goes back an hour
        usleep(1_500_000)
        flock(lock, LOCK_UN)
        try tmux.wait(for: "Saved ✓", timeout: 8)
        try tmux.keys("Escape", "q")
        try expectExit(tmux, 0)
        let p = try folder.json("students/zoe-muller.json")
        #expect((p["artifacts"] as! [[String: Any]]).contains { $0["title"] as? String == "Shadow puppets" })
    }

    @Test func aClassChangeInTheFirstSecondIsShown() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let csv = folder.file("one.csv")
        try "name\nNew Child\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 80, height: 24, arguments: ["--data", folder.path])
        try tmux.wait(for: "who are you?", timeout: 15)
        let run = try learnerled(["roster", "import", "--data", folder.path, csv])
        #expect(run.status == 0)
        try tmux.wait(for: "New Child", timeout: 5)
        try tmux.keys("q")
        try expectExit(tmux, 0)
    }
}

@Suite struct RosterSameNameCommandTests {
    @Test func theImportSaysWhatItTookAsTheSameChildAndHowToAddASecond() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let csv = folder.file("c.csv")
        try "name\nZoë Müller\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let same = try learnerled(["roster", "import", "--data", folder.path, csv])
        #expect(same.status == 0)
        #expect(same.err.contains("Taken as children already listed (same name): Zoë Müller. If one is a second child"), "\(same.err)")
        let second = try learnerled(["roster", "import", "--data", folder.path, "--same-name", "second", csv])
        #expect(second.status == 0 && second.out.contains("Added 1 student"))
        let roster = try folder.json("classroom.json")["roster"] as! [[String: Any]]
        #expect(roster.contains { $0["id"] as? String == "zoe-muller-2" })
    }
}
