import CNcursesw
import TerminalKit

extension TerminalCodes {
    /// This terminal's sequences from its terminfo entry (after newterm), with the theme's styles at its colour depth.
    static func fromTerminfo(_ theme: Theme, colorDepth: Terminal.ColorDepth) -> TerminalCodes {
        let cup = capability("cup") ?? ""
        let moveTo: (Int, Int) -> [UInt8]
        if cup == "\u{1B}[%i%p1%d;%p2%dH" {
            moveTo = ansiMove
        } else {
            moveTo = { y, x in
                let bytes: UnsafePointer<CChar>? = ll_tiparm2(cup, Int32(y), Int32(x))
                return Array(withoutPadding(bytes.map { String(cString: $0) } ?? "").utf8)
            }
        }
        let plain = Array((capability("sgr0") ?? "").utf8)
        var sequences = Sequences()
        let styles = Slot.allCases.map { slot in
            style(theme.style(slot), plain: plain, colorDepth: colorDepth, &sequences)
        }
        let background = theme.style(.background)
        let backgroundIsTerminals = background.attrs.isEmpty
            && (colorDepth == .none || colors(background, colorDepth) == (-1, -1))
        let clear = capability("clear")
        return TerminalCodes(
            moveTo: moveTo,
            clear: clear.map { Array($0.utf8) } ?? moveTo(0, 0),
            plain: plain,
            styles: styles,
            // Without a clear, every cell is painted.
            clearsToBackground: clear != nil && (backgroundIsTerminals || (background.attrs.isEmpty && ll_tigetflag("bce") != 0)),
            scrollsAtLastCell: ll_tigetflag("am") != 0 && ll_tigetflag("xenl") == 0)
    }

    /// The capabilities a style is made of, each looked up once (and each colour's sequence made once): the
    /// theme's sixteen slots share most of them.
    private struct Sequences {
        var found: [String: [UInt8]?] = [:]
        var colors: [String: [Int: [UInt8]]] = [:]

        mutating func capability(_ name: String) -> [UInt8]? {
            if let known = found[name] { return known }
            let bytes = TerminalCodes.capability(name).map { Array($0.utf8) }
            found[name] = bytes
            return bytes
        }

        mutating func color(_ name: String, _ n: Int) -> [UInt8] {
            if let known = colors[name]?[n] { return known }
            let bytes = TerminalCodes.capability(name).map { TerminalCodes.parameterised($0, n) } ?? []
            colors[name, default: [:]][n] = bytes
            return bytes
        }
    }

    private static func style(_ style: SlotStyle, plain: [UInt8], colorDepth: Terminal.ColorDepth,
                              _ sequences: inout Sequences) -> [UInt8] {
        var bytes = plain
        for attribute in style.attrs {
            let name = switch attribute {
            case .bold: "bold"
            case .dim: "dim"
            case .underline: "smul"
            case .reverse: "rev"
            case .italic: "sitm"
            }
            bytes += sequences.capability(name) ?? []
        }
        guard colorDepth != .none else { return bytes }
        let (fg, bg) = colors(style, colorDepth)
        // The terminal's own colour for either: back to its pair first (sgr0 need not reset colours everywhere).
        if fg < 0 || bg < 0, let op = sequences.capability("op") { bytes += op }
        if fg >= 0 { bytes += sequences.color("setaf", fg) }
        if bg >= 0 { bytes += sequences.color("setab", bg) }
        return bytes
    }

    private static func colors(_ style: SlotStyle, _ depth: Terminal.ColorDepth) -> (Int, Int) {
        depth == .full ? (style.fg ?? -1, style.bg ?? -1) : (color8(style.fg8), color8(style.bg8))
    }

    static func color8(_ c: SlotStyle.Color8) -> Int {
        switch c {
        case .default: -1
        case .black: Int(COLOR_BLACK)
        case .red: Int(COLOR_RED)
        case .green: Int(COLOR_GREEN)
        case .yellow: Int(COLOR_YELLOW)
        case .blue: Int(COLOR_BLUE)
        case .magenta: Int(COLOR_MAGENTA)
        case .cyan: Int(COLOR_CYAN)
        case .white: Int(COLOR_WHITE)
        }
    }

    fileprivate static func parameterised(_ capability: String, _ n: Int) -> [UInt8] {
        let bytes: UnsafePointer<CChar>? = ll_tiparm1(capability, Int32(n))
        return Array(withoutPadding(bytes.map { String(cString: $0) } ?? "").utf8)
    }

    fileprivate static func capability(_ name: String) -> String? {
        ll_tigetstr(name).map { withoutPadding(String(cString: $0)) }
    }

    /// Drops terminfo delays ("$<5>", "$<2*/>"): for hardware terminals that needed time; a terminal emulator does not.
    /// Byte by byte: Foundation's `contains` went through NSString, ~0.3 M instructions on its first call.
    static func withoutPadding(_ s: String) -> String {
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "$"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "<"),
               let end = bytes[(i + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                i = end + 1
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out.count == bytes.count ? s : String(decoding: out, as: UTF8.self)
    }
}
