import Foundation
import Glibc
import Testing
import LearnerLedCore

/// A real OpenSSH server on 127.0.0.1 with its own host key and config, whose ForceCommand is `learnerled kiosk`,
/// and a real `ssh` client in tmux: the class server as children and the teacher meet it (notes/openssh.md).
@Suite(.enabled(if: Tmux.available && ClassServer.available, "needs tmux and OpenSSH's sshd and ssh (.ci/run installs them)"))
struct ClassServerTests {
    @Test func childrenSignInWorkLeaveAndTheTeacherUnlocks() throws {
        let server = try ClassServer()
        defer { server.stop() }
        let ssh = try server.connect()
        try ssh.wait(for: "who are you?", timeout: 20)

        // Zoë: her name, her two pictures, an end-of-lesson entry, done.
        try ssh.type("zo")
        try ssh.keys("Enter")
        try ssh.wait(for: "Pick your two pictures")
        try ssh.keys("1", "3")
        try ssh.wait(for: "Those are not your pictures")
        try ssh.keys("1", "2")
        try ssh.wait(for: "Zoë's Ocean of Work")
        try ssh.keys("w", "2")
        try ssh.type("sharing my magnets")
        try ssh.keys("Enter")
        try ssh.wait(for: "Kept in your journal")
        try ssh.keys("q")
        var screen = try ssh.wait(for: "who are you?")
        #expect(!screen.contains("magnets") && !screen.contains("Ocean of Work"), "nothing of hers left for the next child")

        // José, the next child at the same terminal.
        try ssh.type("jos")
        try ssh.keys("Enter")
        try ssh.wait(for: "Elige tus dos dibujos")
        try ssh.keys("5", "9")
        try ssh.wait(for: "Los trabajos de José")
        try ssh.keys("w", "3")
        try ssh.type("las fracciones")
        try ssh.keys("Enter")
        try ssh.wait(for: "Guardado en tu diario")
        try ssh.keys("C-c")   // a child's Ctrl-C is "I'm done" here, never the end of the session
        try ssh.wait(for: "who are you?")
        #expect(ssh.exitStatus() == nil)

        // The teacher's side refuses a wrong passphrase, then opens on the right one with both entries.
        try ssh.keys("F2")
        try ssh.type("not it")
        try ssh.keys("Enter")
        try ssh.wait(for: "That is not the teacher's passphrase")
        try ssh.type(DemoClassroom.passphrase)
        try ssh.keys("Enter")
        try ssh.wait(for: "Students (10)")
        try ssh.keys("Down", "Enter", "J")
        try ssh.wait(for: "magnets")
        try ssh.keys("Escape", "Escape", "Up", "Enter", "J")
        screen = try ssh.wait(for: "fracciones")
        try ssh.keys("Escape", "Escape", "q")
        #expect(try ssh.waitForExit(timeout: 10) == 0, "the teacher, once unlocked, can end the session")

        let files = try FileManager.default.contentsOfDirectory(atPath: server.data + "/students")
        for file in files where file.hasSuffix(".json") {
            var st = stat()
            #expect(stat(server.data + "/students/" + file, &st) == 0 && st.st_mode & 0o777 == 0o600)
        }
        let zoe = try #require(try DocumentStore(readingOnly: server.data).load(.student("zoe-muller"), as: Portfolio.self).get())
        #expect(zoe.journal.contains { $0.words == "sharing my magnets" })
    }

    @Test func anyCommandAskedForStillGetsTheKiosk() throws {
        let server = try ClassServer()
        defer { server.stop() }
        let ssh = try server.connect(command: ["cat", "/etc/passwd"])
        let screen = try ssh.wait(for: "who are you?", timeout: 20)
        #expect(!screen.contains("root:x:0:0"))
        try ssh.keys("q", "C-c")
        #expect(ssh.exitStatus() == nil, "no child's key ends the kiosk")
    }
}

/// sshd on a free loopback port, in a folder of its own; stopped by its own pid, never by name.
final class ClassServer {
    static let sshd = "/usr/sbin/sshd"
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: sshd) && FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh")
            && geteuid() == 0
    }

    let folder = TempFolder()
    let port = ClassServer.freePort()
    var data: String { folder.file("class") }

    init() throws {
        try learnerled(["demo", "--data", data])
        // Picture passwords on: Zoë's are 🐢 then ⭐, José's 🐱 then 🐟.
        let store = try DocumentStore(root: data)
        _ = try store.update(.access, create: { Access() }) { (a: inout Access) throws(StoreError) in
            a.settings.picturePasswords = true
            a.pictures["zoe-muller"] = [0, 1]
            a.pictures["jose-garcia"] = [4, 8]
        }.get()
        for key in ["hostkey", "client"] {
            try run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", folder.file(key)])
        }
        try FileManager.default.copyItem(atPath: folder.file("client.pub"), toPath: folder.file("authorized_keys"))
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        let config = """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(folder.file("hostkey"))
        PidFile \(folder.file("sshd.pid"))
        AuthorizedKeysFile \(folder.file("authorized_keys"))
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        UsePAM no
        StrictModes no
        PermitRootLogin prohibit-password
        AllowTcpForwarding no
        X11Forwarding no
        ForceCommand \(Binary.path) kiosk --data \(data)

        """
        try config.write(toFile: folder.file("sshd_config"), atomically: true, encoding: .utf8)
        try run(Self.sshd, ["-t", "-f", folder.file("sshd_config")])
        try run(Self.sshd, ["-f", folder.file("sshd_config"), "-E", folder.file("sshd.log")])
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: folder.file("sshd.pid")) { usleep(50_000) }
    }

    /// A loopback port nobody uses now: the kernel's choice for a socket bound to port 0.
    static func freePort() -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int32(UInt16(bigEndian: address.sin_port))
    }

    func connect(command: [String] = []) throws -> Tmux {
        try Tmux(width: 80, height: 24, arguments: ["-tt", "-p", "\(port)", "-i", folder.file("client"), "-o", "StrictHostKeyChecking=no",
                                                    "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR",
                                                    "root@127.0.0.1"] + command, program: "/usr/bin/ssh")
    }

    func stop() {
        if let text = try? String(contentsOfFile: folder.file("sshd.pid"), encoding: .utf8),
           let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(pid, SIGTERM)
        }
    }

    private func run(_ executable: String, _ arguments: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw Failed(command: ([executable] + arguments).joined(separator: " ")) }
    }

    struct Failed: Error { let command: String }
}
