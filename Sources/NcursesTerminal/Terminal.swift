import CNcursesw
import Foundation
import Glibc
import TerminalKit

/// The ncurses screen: starts and restores the terminal, copies a Canvas to it, reads keys.
/// The only type in the program that talks to ncurses.
public final class Terminal {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case unknownTerminal(String)
        case noCursorAddressing(String)

        public var description: String {
            switch self {
            case .notATerminal:
                return "needs a terminal: standard input and output must not be a pipe or a file."
            case .unknownTerminal(let term):
                return "cannot use this terminal (TERM=\(term)). Try TERM=xterm-256color."
            case .noCursorAddressing(let term):
                return "needs a terminal that can move the cursor (TERM=\(term) cannot). Try TERM=xterm-256color."
            }
        }
    }

    public enum ColorDepth: Sendable { case none, eight, full }

    public private(set) var colorDepth: ColorDepth = .none
    private var screen: OpaquePointer?
    private var decoder = KeyDecoder()
    private var writer: FrameWriter?
    private var output: Int32 = STDOUT_FILENO
    private var cursorShown = false
    private var previous: Canvas?
    /// The bytes of the frame being sent, kept between frames (see `FrameWriter.write`).
    private var frameBytes: [UInt8] = []
    private var stderrCapture: StderrCapture?
    nonisolated(unsafe) private static var active = false

    public init() {}

    /// Takes over the terminal. Fails with a clear reason rather than writing escapes into a pipe.
    public func start() throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw StartError.notATerminal }
        // Refuse an unusable terminal before anything is written to it.
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        switch ll_probe_terminal(1) {
        case -1: throw StartError.unknownTerminal(term)
        case 0: throw StartError.noCursorAddressing(term)
        default: break
        }
        try start(output: ll_stdout(), input: ll_stdin())
    }

    /// Starts on any pair of streams; tests use /dev/null with LINES and COLUMNS set.
    func start(output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>) throws {
        // Only the character type: ncursesw needs it for wide characters, and nothing here formats with the C
        // library's numbers, dates or messages (loading all twelve categories was ~40 system calls at every start).
        setlocale(LC_CTYPE, "")
        if String(cString: ll_codeset()) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        setenv("NCURSES_NO_UTF8_ACS", "1", 0)
        setenv("ESCDELAY", "25", 0)
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        Signals.installQuitHandlers()
        guard let screen = newterm(nil, output, input) else { throw StartError.unknownTerminal(term) }
        self.output = fileno(output)
        self.screen = screen
        set_term(screen)
        guard ll_has_cursor_addressing() != 0 else {
            endwin()
            delscreen(screen)
            self.screen = nil
            throw StartError.noCursorAddressing(term)
        }
        Terminal.active = true
        Signals.installCrashHandlers()
        stderrCapture = StderrCapture()
        cbreak()
        noecho()
        nonl()
        keypad(ll_stdscr(), true)
        set_escdelay(25)
        if has_colors() {
            start_color()
            use_default_colors()
            colorDepth = ll_colors() >= 256 ? .full : ll_colors() >= 8 ? .eight : .none
        }
        curs_set(0)
        cursorShown = false
        decoder = KeyDecoder()
    }

    /// Gives the terminal back. Safe to call twice.
    public func stop() {
        guard screen != nil else { return }
        endwin()
        Terminal.active = false
        delscreen(screen)
        screen = nil
        stderrCapture?.replay()
        stderrCapture = nil
    }

    /// Called from the crash handler: only endwin, the one thing that matters then.
    static func emergencyRestore() {
        if active { endwin() }
    }

    public var size: (width: Int, height: Int) {
        var y: Int32 = 0, x: Int32 = 0
        ll_getmaxyx(ll_stdscr(), &y, &x)
        return (Int(x), Int(y))
    }

    /// Sets what each slot looks like on this terminal (its colour depth) from a theme.
    public func apply(_ theme: Theme) {
        writer = FrameWriter(codes: .fromTerminfo(theme, colorDepth: colorDepth))
        previous = nil
    }

    /// Sends the canvas to the terminal: only the cells that changed since the last frame, in one write. Returns
    /// the frame before, no longer needed here, to draw the next one over.
    @discardableResult
    public func draw(_ canvas: Canvas) -> Canvas? {
        guard let writer else { return nil }
        let showCursor = canvas.cursor != nil
        if !showCursor, cursorShown { setCursorShown(false) }
        writer.write(canvas, over: previous, into: &frameBytes)
        send(frameBytes)
        if showCursor, !cursorShown { setCursorShown(true) }
        let before = previous
        previous = canvas
        // ncurses' window is never drawn in, but a resize marks it changed, and its next get_wch would then paint
        // that empty window over the frame. Noting it as up to date (without output) keeps ncurses quiet.
        if is_wintouched(ll_stdscr()) { wnoutrefresh(ll_stdscr()) }
        return before
    }

    private func setCursorShown(_ shown: Bool) {
        curs_set(shown ? 1 : 0)
        cursorShown = shown
    }

    /// Writes all of it, through interruptions; Ctrl-Z waits until the frame is out, as it does for ncurses'
    /// own updates, so the shell never receives half a frame.
    private func send(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        var block = sigset_t(), saved = sigset_t()
        sigemptyset(&block)
        sigaddset(&block, SIGTSTP)
        pthread_sigmask(SIG_BLOCK, &block, &saved)
        defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(output, buffer.baseAddress! + offset, buffer.count - offset)
                if n > 0 {
                    offset += n
                } else if n < 0, errno == EINTR || errno == EAGAIN {
                    var out = pollfd(fd: output, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&out, 1, 100)
                } else {
                    return  // the terminal is gone (hang-up): the loop hears of it as SIGHUP
                }
            }
        }
    }

    /// Forces the next draw to repaint everything (after a resize, a theme change, Ctrl-L or Ctrl-Z and fg).
    public func invalidate() {
        previous = nil
    }

    /// True when the person has typed something not read yet (looked at without waiting).
    public var hasInputWaiting: Bool {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&input, 1, 0) > 0
    }

    /// The next key, or nil when `timeoutMs` passes first or a signal arrives.
    public func readKey(timeoutMs: Int32) -> Key? {
        let window = ll_stdscr()
        // The wait is ours, not ncurses': its timeout counts with the wall clock, so a clock set back an hour would
        // hold the loop (and every retry and refresh) for an hour. poll's timeout is monotonic.
        // Back from Ctrl-Z: ncurses has restored the terminal's modes and cleared the screen; the frame is ours to
        // paint again, as after a resize.
        if Signals.takeResume() { return .resize }
        wtimeout(window, 0)
        var ch: wint_t = 0
        var result = ll_get_wch(window, &ch)
        if result == ERR, timeoutMs > 0 {
            var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            if poll(&input, 1, timeoutMs) == 0 { return nil }
            if Signals.takeResume() { return .resize }
            // Readable, or a signal (a resize comes as KEY_RESIZE now; a quit request is seen by the loop).
            result = ll_get_wch(window, &ch)
        }
        if result == KEY_CODE_YES { return decoder.decode(function: Int32(ch)) }
        guard result == OK else { return nil }
        if ch == 27 {
            // Alt-b / Alt-f move by words, as in readline; anything else after Esc is its own key.
            wtimeout(window, 0)
            var next: wint_t = 0
            let more = ll_get_wch(window, &next)
            if more == OK, next == 98 { return .ctrlLeft }
            if more == OK, next == 102 { return .ctrlRight }
            if more == OK || more == KEY_CODE_YES { unget_wch(wchar_t(bitPattern: next)) }
            return .escape
        }
        return decoder.decode(character: UInt32(ch))
    }
}

/// While curses owns the screen, anything written to stderr would be lost (or scribble on the screen):
/// it goes to a temp file and is printed once the terminal is restored.
final class StderrCapture {
    private let saved: Int32
    private let file: Int32

    init?() {
        var template = Array("/tmp/learnerled-stderr-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        file = fd
        saved = dup(2)
        dup2(fd, 2)
    }

    func replay() {
        dup2(saved, 2)
        close(saved)
        lseek(file, 0, SEEK_SET)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(file, &buffer, buffer.count)
            if n <= 0 { break }
            _ = write(2, buffer, n)
        }
        close(file)
    }
}
