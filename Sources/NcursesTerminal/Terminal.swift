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
    private var attributes: [Slot: attr_t] = [:]
    private var pairs: [Slot: Int16] = [:]
    private var previous: Canvas?
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
        setlocale(LC_ALL, "")
        if String(cString: ll_codeset()) != "UTF-8" { setlocale(LC_ALL, "C.UTF-8") }
        setenv("NCURSES_NO_UTF8_ACS", "1", 0)
        setenv("ESCDELAY", "25", 0)
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        Signals.installQuitHandlers()
        guard let screen = newterm(nil, output, input) else { throw StartError.unknownTerminal(term) }
        self.screen = screen
        set_term(screen)
        guard ll_has_cursor_addressing() != 0 else {
            endwin()
            delscreen(screen)
            self.screen = nil
            throw StartError.noCursorAddressing(term)
        }
        sendFramesWhole()
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
        decoder = KeyDecoder()
    }

    /// ncurses 6.4 (Debian's) writes to the terminal after every cursor move it makes until the screen has been
    /// resumed once: a newterm screen stays "initial", and a frame went out as dozens of small writes, each one a
    /// wake-up for the terminal at the other end (for a Down key, 9 writes; for a first frame, 60). One endwin and
    /// refresh before anything is drawn puts it in its running state, where a frame is one write. It runs before
    /// colours start, so the resume does not reset the terminal's palette (an OSC 104 that would undo a palette the
    /// person set); the terminal sees the alternate screen left and entered again before anything is on it.
    private func sendFramesWhole() {
        endwin()
        refresh()
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

    /// Sets the colour pairs and attributes for each slot from a theme, for this terminal's colour depth.
    public func apply(_ theme: Theme) {
        attributes = [:]
        pairs = [:]
        for (i, slot) in Slot.allCases.enumerated() {
            let style = theme.style(slot)
            var attr = LL_A_NORMAL
            for a in style.attrs {
                switch a {
                case .bold: attr |= LL_A_BOLD
                case .dim: attr |= LL_A_DIM
                case .underline: attr |= LL_A_UNDERLINE
                case .reverse: attr |= LL_A_REVERSE
                case .italic: attr |= LL_A_ITALIC
                }
            }
            attributes[slot] = attr
            let pair = Int16(i + 1)
            switch colorDepth {
            case .full:
                init_pair(pair, Int16(style.fg ?? -1), Int16(style.bg ?? -1))
                pairs[slot] = pair
            case .eight:
                init_pair(pair, Self.color8(style.fg8), Self.color8(style.bg8))
                pairs[slot] = pair
            case .none:
                pairs[slot] = 0
            }
        }
        // An erased screen is the theme's background, so a whole frame need not send its blank cells one by one.
        ll_set_background(ll_stdscr(), attributes[.background] ?? LL_A_NORMAL, pairs[.background] ?? 0)
        previous = nil
    }

    static func color8(_ c: SlotStyle.Color8) -> Int16 {
        switch c {
        case .default: return -1
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        }
    }

    /// Copies the canvas to the screen. Only cells that changed since the last frame are sent to ncurses,
    /// which then sends only what changed to the terminal.
    public func draw(_ canvas: Canvas) {
        let window = ll_stdscr()
        let full = previous.map { $0.width != canvas.width || $0.height != canvas.height } ?? true
        if full { werase(window) }
        let old = full ? [] : previous?.cells ?? []
        // Every cell is compared on every frame (3,000 at 100x30): over raw buffers, without bounds checks.
        old.withUnsafeBufferPointer { old in
            canvas.cells.withUnsafeBufferPointer { cells in copyChanged(cells, over: old, width: canvas.width, to: window) }
        }
        if let cursor = canvas.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(window)
        previous = canvas
    }

    /// Puts the cells that differ from `old` into the ncurses window; when `old` is empty (the window was just
    /// erased to the background) every cell that is not blank background.
    private func copyChanged(_ cells: UnsafeBufferPointer<Canvas.Cell>, over old: UnsafeBufferPointer<Canvas.Cell>,
                             width: Int, to window: UnsafeMutablePointer<WINDOW>?) {
        var chars = [wchar_t](repeating: 0, count: 8)
        // Neighbouring cells nearly always share a slot: its style is looked up once per run, not per cell.
        var style: (slot: Slot, attributes: attr_t, pair: Int16)?
        let erased = Canvas.Cell.blank(.background)
        for i in cells.indices {
            let cell = cells[i]
            if cell.isContinuation { continue }
            if old.isEmpty ? cell == erased : old[i] == cell { continue }
            if style?.slot != cell.slot {
                style = (cell.slot, attributes[cell.slot] ?? LL_A_NORMAL, pairs[cell.slot] ?? 0)
            }
            if let ascii = cell.ascii {
                chars[0] = wchar_t(ascii)
                chars[1] = 0
            } else {
                var n = 0
                for scalar in cell.text.unicodeScalars.prefix(Int(CCHARW_MAX)) {
                    chars[n] = wchar_t(bitPattern: scalar.value)
                    n += 1
                }
                chars[n] = 0
            }
            ll_put_grapheme(window, Int32(i / width), Int32(i % width), chars, style!.attributes, style!.pair)
        }
    }

    /// Forces the next draw to repaint everything (after a resize, a theme change or Ctrl-L).
    public func invalidate() {
        previous = nil
        clearok(ll_stdscr(), true)
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
        wtimeout(window, 0)
        var ch: wint_t = 0
        var result = ll_get_wch(window, &ch)
        if result == ERR, timeoutMs > 0 {
            var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            if poll(&input, 1, timeoutMs) == 0 { return nil }
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
