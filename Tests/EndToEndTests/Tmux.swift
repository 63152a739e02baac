import Foundation
import Glibc

/// The real program in a real terminal: tmux on a socket of its own, keys sent, screen read back.
final class Tmux {
    static let available = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
        || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")

    /// A socket of its own in the temporary folder, removed afterwards (tmux leaves `-L` sockets behind).
    let socket: String

    /// Runs `learnerled` with `arguments`, or another program (`ssh` to a class server) when `program` is given.
    init(width: Int, height: Int, arguments: [String], environment: [String: String] = [:], program executable: String? = nil) throws {
        let name = "learnerled-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        socket = NSTemporaryDirectory() + "\(name).sock"
        var env = ["SWIFT_BACKTRACE": "interactive=no", "TERM": "xterm-256color"]
        env.merge(environment) { $1 }
        statusFile = NSTemporaryDirectory() + "\(name).status"
        // tmux's own record of the exit status races with the pty closing, so the shell writes it down.
        let program = (["env"] + env.map { "\($0.key)=\($0.value)" } + [executable ?? Binary.path] + arguments)
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        // The short sleep lets tmux settle the pane's size first; output before that can be lost in a reflow.
        let command = "sleep 0.2; \(program); echo $? > '\(statusFile)'"
        // The pane stays after the program ends, so its exit status and last screen can be read.
        config = NSTemporaryDirectory() + "\(name).conf"
        try "set-option -g remain-on-exit on\n".write(toFile: config, atomically: true, encoding: .utf8)
        try run(["-f", config, "new-session", "-d", "-x", "\(width)", "-y", "\(height)", command])
    }

    private let config: String
    private let statusFile: String

    deinit {
        _ = try? run(["kill-server"])
        unlink(socket)
        unlink(config)
        unlink(statusFile)
    }

    /// Runs one tmux command and returns what it printed. Spawned and reaped by hand: Foundation's Process
    /// waits for descriptors that the tmux server it starts keeps open, and would hang.
    @discardableResult
    func run(_ args: [String]) throws -> String {
        let path = NSTemporaryDirectory() + "tmux-out-\(UUID().uuidString)"
        defer { unlink(path) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-S", socket] + args
        var cargs = argv.map { strdup($0) } + [nil]
        defer { cargs.forEach { free($0) } }
        // A clean signal state: the test runner's blocked signals must not reach the program under test.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, "tmux", &actions, &attributes, &cargs, environ)
        guard rc == 0 else { throw SpawnFailed(code: rc) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    struct SpawnFailed: Error { let code: Int32 }

    /// tmux key names: "Enter", "Escape", "Down", "C-c", or a plain letter.
    func keys(_ keys: String...) throws {
        for key in keys {
            try run(["send-keys", key])
            usleep(60_000)
        }
    }

    /// Types text literally, Unicode and all.
    func type(_ text: String) throws {
        try run(["send-keys", "-l", text])
        usleep(100_000)
    }

    func screen() throws -> String { try run(["capture-pane", "-p"]) }

    /// The screen once it has stopped changing (two captures 150 ms apart alike), so a check never reads a frame
    /// half drawn after a resize on a busy machine.
    func settled(timeout: Double = 3) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try screen()
        while Date() < deadline {
            usleep(150_000)
            let now = try screen()
            if now == last { return now }
            last = now
        }
        return last
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// From the sign-in screen to the class list: F2, the teacher's passphrase (the demo's unless told), Enter.
    @discardableResult
    func unlock(passphrase: String = "room12", students: Int = 10) throws -> String {
        try wait(for: "who are you?")
        try keys("F2")
        try wait(for: "The teacher's side")
        try type(passphrase)
        try keys("Enter")
        return try wait(for: "Students (\(students))")
    }

    /// Waits until the screen shows `text`; returns the screen it saw last.
    @discardableResult
    func wait(for text: String, timeout: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            usleep(50_000)
        }
        throw Timeout(text: text, screen: last)
    }

    /// Waits until one line of the screen holds all of `parts` (a row of a table, say).
    @discardableResult
    func wait(forLineWith parts: [String], timeout: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.split(separator: "\n").contains(where: { line in parts.allSatisfy { line.contains($0) } }) { return last }
            usleep(50_000)
        }
        throw Timeout(text: parts.joined(separator: " … "), screen: last)
    }

    struct Timeout: Error, CustomStringConvertible {
        let text: String
        let screen: String
        var description: String { "timed out waiting for “\(text)”; the screen was:\n\(screen)" }
    }

    /// The exit status once the program has ended, or nil while it runs.
    func exitStatus() -> Int32? {
        guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func waitForExit(timeout: Double = 10) throws -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = exitStatus() { return status }
            usleep(50_000)
        }
        return nil
    }

    /// The program's process id (the pane runs a shell, which runs the program).
    var pid: Int32? {
        guard let shell = Int32((try? run(["list-panes", "-F", "#{pane_pid}"]))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""),
              let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8) else { return nil }
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }
}
