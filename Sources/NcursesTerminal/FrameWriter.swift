import Glibc
import TerminalKit

/// What the frame writer sends for this terminal, read from terminfo once (see `TerminalCodes.fromTerminfo`).
struct TerminalCodes {
    /// The cursor to row y, column x (both from 0).
    var moveTo: (_ y: Int, _ x: Int) -> [UInt8]
    /// Clears the screen and homes the cursor.
    var clear: [UInt8]
    /// Attributes off: ends every frame, so nothing the program set outlives it.
    var plain: [UInt8]
    /// For each slot (by `Slot.ordinal`): attributes off, then the slot's attributes and colours.
    var styles: [[UInt8]]
    /// A cleared screen is blank cells in the background slot's colours (the terminal erases in the current
    /// background colour, or the background slot is the terminal's own colours).
    var clearsToBackground: Bool
    /// Writing the bottom-right cell would scroll the screen (automatic margins without the xterm "newline glitch").
    var scrollsAtLastCell: Bool

    /// `ESC [ row ; column H`, the cup of xterm, tmux, screen and the Linux console, without the terminfo interpreter.
    static func ansiMove(_ y: Int, _ x: Int) -> [UInt8] {
        var bytes: [UInt8] = [0x1B, 0x5B]
        appendDecimal(y + 1, to: &bytes)
        bytes.append(0x3B)
        appendDecimal(x + 1, to: &bytes)
        bytes.append(0x48)
        return bytes
    }

    static func appendDecimal(_ n: Int, to bytes: inout [UInt8]) {
        if n >= 10 { appendDecimal(n / 10, to: &bytes) }
        bytes.append(UInt8(0x30 + n % 10))
    }
}

/// Turns a frame into the bytes that take the terminal from the last frame to this one: only the cells that changed,
/// a cursor move where a run of them starts, a style where it changes. Knows nothing of ncurses, so tests read its
/// bytes back with a small terminal model.
///
/// Why not ncurses' own update: it spent ~1,100 instructions a changed cell (mvcur tries several cursor motions
/// through the terminfo interpreter for every move; every attribute change goes through it again), more than the
/// whole render of a frame. ncurses still owns the terminal: its modes, the keys, resize and suspend.
struct FrameWriter {
    let codes: TerminalCodes
    /// Each slot's style as the first slot whose sequence is the same bytes: slots drawn alike on this terminal (text
    /// and background in the terminal's own colours, most of a list's row) are one style, and passing from one to the
    /// other sends nothing. Sent anyway, they were ~40% of a Down's bytes on the class list.
    private let style: [Int]

    init(codes: TerminalCodes) {
        self.codes = codes
        style = codes.styles.map { sequence in codes.styles.firstIndex(of: sequence)! }
    }

    /// The bytes for `canvas`; `old` is what the terminal shows now, or nil to paint the whole screen.
    func bytes(for canvas: Canvas, over old: Canvas?) -> [UInt8] {
        var out: [UInt8] = []
        write(canvas, over: old, into: &out)
        return out
    }

    /// `bytes(for:over:)` into `out`, emptied first and its memory kept: the terminal passes the same buffer for every
    /// frame, so a key allocates nothing here. (A new one grown past its first 512 bytes on a key's frame was that key's
    /// first allocation of its size, which paid for sorting every block the class's reading had freed: ~85,000
    /// instructions on the first Down after the class list was read.)
    func write(_ canvas: Canvas, over old: Canvas?, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(old == nil ? canvas.width * canvas.height * 2 : 512)
        let width = canvas.width
        let erased = Canvas.Cell.blank(.background)
        let known = old.map { $0.width == width && $0.height == canvas.height } ?? false
        if !known {
            out += codes.styles[Slot.background.ordinal]
            out += codes.clear
        }
        let lastCell = codes.scrollsAtLastCell ? canvas.cells.count - 1 : -1
        var current = known ? -1 : style[Slot.background.ordinal]
        // Where the terminal's cursor is, or -1 when not sure (after a glyph whose width a terminal might see
        // otherwise, and at the right margin).
        var cursor = known ? -1 : 0
        let compared = codes.clearsToBackground || known
        let cells = canvas.cells
        // Compared with what the terminal shows, or after a clear with blank rows.
        let before = known ? old!.cells : [Canvas.Cell](repeating: erased, count: width)
        for row in stride(from: 0, to: cells.count, by: width) {
            let offset = known ? row : 0
            // A cell is whole words without padding: equal bytes are equal cells, so a row as it was costs one memcmp.
            if compared, Self.sameBytes(before, offset, cells, row, count: width) { continue }
            var x = -1
            while x + 1 < width {
                x += 1
                // In a row that changed, eight cells as they were are passed over at once (changes gather in a few
                // places: a title, a highlight).
                if compared, x & 7 == 0, x + 8 <= width, Self.sameBytes(before, offset + x, cells, row + x, count: 8) {
                    x += 7
                    continue
                }
                let i = row + x
                let cell = cells[i]
                // Nothing reaches the bottom-right cell where that would scroll (a wide glyph ends there too).
                if cell.isContinuation || i == lastCell || (cell.width == 2 && i + 1 == lastCell) { continue }
                if compared, before[offset + x] == cell { continue }
                if cursor != i, !rewrote(cells, from: cursor, to: i, inRowFrom: row, in: current, &out) { out += codes.moveTo(row / width, x) }
                let cellStyle = style[cell.slotOrdinal]
                if current != cellStyle {
                    out += codes.styles[cellStyle]
                    current = cellStyle
                }
                if let ascii = cell.ascii {
                    // The canvas shows controls as text; a stray one must still never reach the terminal.
                    out.append(ascii < 0x20 || ascii == 0x7F ? 0x3F : ascii)
                    cursor = x + 1 < width ? i + 1 : -1
                } else {
                    cell.appendUTF8(to: &out)
                    cursor = cell.width == 1 && cell.isOneScalar && x + 1 < width ? i + 1 : -1
                }
            }
        }
        // Nothing changed: nothing is sent (a frame is drawn every second while the program waits).
        if known, out.isEmpty, canvas.cursor == old?.cursor { return }
        out += codes.plain
        if let point = canvas.cursor { out += codes.moveTo(point.y, point.x) }
    }

    /// A short gap of unchanged plain cells in the current style, on the cursor's row, costs fewer bytes sent again
    /// than a cursor move (~8 bytes) and keeps a changed word whole on the wire. False when it is not such a gap.
    private func rewrote(_ cells: [Canvas.Cell], from cursor: Int, to i: Int, inRowFrom row: Int, in current: Int,
                         _ out: inout [UInt8]) -> Bool {
        guard cursor >= row, cursor < i, i - cursor <= 4 else { return false }
        for j in cursor..<i {
            guard let ascii = cells[j].ascii, ascii >= 0x20, ascii != 0x7F, style[cells[j].slotOrdinal] == current else { return false }
        }
        for j in cursor..<i { out.append(cells[j].ascii!) }
        return true
    }

    /// The two runs of cells are byte for byte the same (the arrays are passed whole: a compiler crash in
    /// Swift 6.3.1's SILCombine met typed buffer pointers into them here).
    private static func sameBytes(_ a: [Canvas.Cell], _ aStart: Int, _ b: [Canvas.Cell], _ bStart: Int, count: Int) -> Bool {
        let stride = MemoryLayout<Canvas.Cell>.stride
        return a.withUnsafeBytes { a in
            b.withUnsafeBytes { b in memcmp(a.baseAddress! + aStart * stride, b.baseAddress! + bStart * stride, count * stride) == 0 }
        }
    }
}
