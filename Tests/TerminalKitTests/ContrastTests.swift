import Foundation
import Testing
@testable import TerminalKit

/// Every slot of every shipped theme can be read, at 256 colours and at 8: its foreground is never its
/// background, and the two differ by a WCAG contrast ratio of at least 3:1 (AA for large text and for user
/// interface parts; a terminal's cells are bold or large enough in practice, and 8 colours leave no room for more).
@Suite struct ContrastTests {
    static let minimum = 3.0

    /// xterm's eight colours.
    static let rgb8: [SlotStyle.Color8: (Double, Double, Double)] = [
        .black: (0, 0, 0), .red: (205, 0, 0), .green: (0, 205, 0), .yellow: (205, 205, 0), .blue: (0, 0, 238),
        .magenta: (205, 0, 205), .cyan: (0, 205, 205), .white: (229, 229, 229),
    ]

    static func rgb256(_ n: Int) -> (Double, Double, Double) {
        if n < 16 {
            let base: [(Double, Double, Double)] = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
                                                    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0),
                                                    (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
            return base[n]
        }
        if n >= 232 {
            let v = Double(8 + (n - 232) * 10)
            return (v, v, v)
        }
        let steps: [Double] = [0, 95, 135, 175, 215, 255]
        let i = n - 16
        return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
    }

    static func luminance(_ c: (Double, Double, Double)) -> Double {
        func channel(_ v: Double) -> Double {
            let s = v / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }

    static func ratio(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    @Test(arguments: BuiltInThemes.files.map(\.name).filter { $0 != "monochrome" })
    func everySlotCanBeReadAtEveryColourDepth(_ name: String) throws {
        let theme = try #require(ThemeCatalog()[name])
        for slot in Slot.allCases {
            let style = theme.style(slot)
            if style.fg8 != .default, style.bg8 != .default, let fg = Self.rgb8[style.fg8], let bg = Self.rgb8[style.bg8] {
                #expect(style.fg8 != style.bg8, "\(name) \(slot.rawValue) at 8 colours: \(style.fg8) on \(style.bg8)")
                let r = Self.ratio(fg, bg)
                #expect(r >= Self.minimum, "\(name) \(slot.rawValue) at 8 colours: \(style.fg8) on \(style.bg8) is \(r)")
            }
            if let fg = style.fg, let bg = style.bg {
                let r = Self.ratio(Self.rgb256(fg), Self.rgb256(bg))
                #expect(r >= Self.minimum, "\(name) \(slot.rawValue) at 256 colours: \(fg) on \(bg) is \(r)")
            }
        }
    }
}
