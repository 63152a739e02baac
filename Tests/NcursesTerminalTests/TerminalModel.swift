import TerminalKit

/// A small xterm, enough to read back what the program sends: cursor moves (CUP, home), clearing (ED, which erases
/// in the current background colour, as a terminal with bce does), SGR (bold, dim, 256 and 8 colours, resets) and
/// UTF-8 text placed by grapheme with its display width. Other sequences are skipped whole; a byte it cannot place
/// is an error, so a test fails rather than reading garbage as text.
struct TerminalModel {
    struct Cell: Equatable {
        var text = " "
        var bold = false
        var dim = false
        var fg = -1
        var bg = -1
    }

    let width: Int
    let height: Int
    var cells: [Cell]
    var x = 0
    var y = 0
    var pen = Cell()
    /// Every cell a glyph was written to, in order (to see what a frame sent).
    var written: [Int] = []
    var errors: [String] = []

    init(width: Int, height: Int, filler: String = " ") {
        self.width = width
        self.height = height
        cells = Array(repeating: Cell(text: filler), count: width * height)
    }

    subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    func row(_ y: Int) -> String {
        (0..<width).map { cells[y * width + $0].text }.joined()
    }

    mutating func feed(_ bytes: [UInt8]) {
        written = []
        var i = 0
        var text: [UInt8] = []
        func flushText() {
            guard !text.isEmpty else { return }
            for character in String(decoding: text, as: UTF8.self) { put(String(character)) }
            text = []
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x1B {
                flushText()
                i = escape(bytes, i)
            } else if b < 0x20 || b == 0x7F {
                flushText()
                switch b {
                case 0x0D: x = 0
                case 0x0A: y = min(height - 1, y + 1)
                case 0x0E, 0x0F: break  // shift out / in (character sets)
                default: errors.append("control byte \(b) at \(i)")
                }
                i += 1
            } else {
                text.append(b)
                i += 1
            }
        }
        flushText()
    }

    private mutating func put(_ glyph: String) {
        let w = DisplayWidth.of(glyph)
        guard y < height, x + w <= width else {
            errors.append("\(glyph) written outside the screen at \(x),\(y)")
            return
        }
        var cell = pen
        cell.text = glyph
        cells[y * width + x] = cell
        written.append(y * width + x)
        if w == 2 {
            cell.text = ""
            cells[y * width + x + 1] = cell
        }
        x = min(width - 1, x + w)
    }

    /// Skips one escape sequence starting at i, acting on those it knows; returns the index after it.
    private mutating func escape(_ bytes: [UInt8], _ start: Int) -> Int {
        var i = start + 1
        guard i < bytes.count else { return i }
        switch bytes[i] {
        case 0x5B:  // CSI
            i += 1
            var parameters: [UInt8] = []
            while i < bytes.count, !(0x40...0x7E).contains(bytes[i]) {
                parameters.append(bytes[i])
                i += 1
            }
            guard i < bytes.count else { return i }
            csi(String(decoding: parameters, as: UTF8.self), final: bytes[i])
            return i + 1
        case 0x28, 0x29:  // character set designation: ESC ( B
            return i + 2
        default:  // ESC = , ESC > , ESC 7 ...
            return i + 1
        }
    }

    private mutating func csi(_ parameters: String, final: UInt8) {
        if parameters.hasPrefix("?") || parameters.hasPrefix(">") { return }  // private modes
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        switch final {
        case 0x48:  // H
            y = max(0, (numbers.first ?? 1) - 1)
            x = max(0, (numbers.count > 1 ? numbers[1] : 1) - 1)
        case 0x4A:  // J: the whole screen here (the writer clears only after homing the cursor)
            for i in cells.indices { cells[i] = Cell(text: " ", fg: pen.fg, bg: pen.bg) }
        case 0x6D:  // m
            var k = 0
            let list = numbers.isEmpty ? [0] : numbers
            while k < list.count {
                switch list[k] {
                case 0: pen = Cell()
                case 1: pen.bold = true
                case 2: pen.dim = true
                case 30...37: pen.fg = list[k] - 30
                case 39: pen.fg = -1
                case 40...47: pen.bg = list[k] - 40
                case 49: pen.bg = -1
                case 38 where k + 2 < list.count && list[k + 1] == 5:
                    pen.fg = list[k + 2]
                    k += 2
                case 48 where k + 2 < list.count && list[k + 1] == 5:
                    pen.bg = list[k + 2]
                    k += 2
                default: break
                }
                k += 1
            }
        default:
            break
        }
    }
}
