import CNcursesw
import TerminalKit

/// Turns what get_wch returns into Keys. Codes for Ctrl-arrows and Shift-arrows differ per terminal;
/// ncurses knows them by name from terminfo, so they are looked up once at start.
struct KeyDecoder {
    private var named: [Int32: Key] = [:]

    init() {
        for (name, key) in [("kLFT5", Key.ctrlLeft), ("kRIT5", .ctrlRight), ("kUP2", .shiftUp), ("kDN2", .shiftDown),
                            ("kUP", .shiftUp), ("kDN", .shiftDown)] {
            let code = key_defined(name)
            if code > 0 { named[code] = key }
        }
    }

    func decode(function code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return .resize
        case KEY_SR: return .shiftUp
        case KEY_SF: return .shiftDown
        case KEY_SLEFT: return .ctrlLeft
        case KEY_SRIGHT: return .ctrlRight
        case KEY_F0 + 1...KEY_F0 + 24: return .function(Int(code - KEY_F0))
        default: return named[code]
        }
    }

    func decode(character value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(UnicodeScalar(value + 96)!))
        case 0..<32: return nil
        default:
            guard let scalar = UnicodeScalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
