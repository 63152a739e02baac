import CNcursesw
import Foundation
import Glibc
import Testing
import TerminalKit
@testable import NcursesTerminal

/// ncurses itself, drawing into /dev/null with a fixed size (tig's trick), read back cell by cell.
@Suite(.serialized) struct BackendTests {
    @Test func theWidthTableAgreesWithWcwidthForEveryCodePoint() {
        setlocale(LC_ALL, "C.UTF-8")
        var disagreements: [String] = []
        for value in UInt32(0xA0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let c = Int(wcwidth(wchar_t(bitPattern: value)))
            let agrees = c < 0 ? DisplayWidth.isUnprintable(scalar) : DisplayWidth.of(scalar) == c && !DisplayWidth.isUnprintable(scalar)
            if !agrees, disagreements.count < 10 { disagreements.append(String(value, radix: 16)) }
        }
        #expect(disagreements.isEmpty, "differs at U+\(disagreements.joined(separator: ", U+"))")
    }

    @Test func aCanvasArrivesInNcursesCellForCell() throws {
        setenv("TERM", "xterm-256color", 1)
        setenv("LINES", "6", 1)
        setenv("COLUMNS", "30", 1)
        defer {
            unsetenv("LINES")
            unsetenv("COLUMNS")
        }
        let out = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        defer {
            fclose(out)
            fclose(input)
        }
        let terminal = Terminal()
        try terminal.start(output: out, input: input)
        defer { terminal.stop() }
        #expect(terminal.size.width == 30 && terminal.size.height == 6)
        terminal.apply(Theme.classic)

        var canvas = Canvas(width: 30, height: 6)
        canvas.text("José 学生 e\u{301}", x: 0, y: 0, slot: .title)
        canvas.text("a\u{1B}[31mb", x: 0, y: 1, slot: .text)
        terminal.draw(canvas)

        func cell(_ x: Int, _ y: Int) -> (text: String, attrs: attr_t) {
            var chars = [wchar_t](repeating: 0, count: 8)
            var attrs: attr_t = 0
            var pair: Int16 = 0
            let n = ll_read_cell(ll_stdscr(), Int32(y), Int32(x), &chars, 8, &attrs, &pair)
            let text = String(String.UnicodeScalarView(chars.prefix(Int(max(0, n))).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
            return (text, attrs)
        }
        #expect(cell(0, 0).text == "J")
        #expect(cell(3, 0).text == "é")
        #expect(cell(5, 0).text == "学")
        #expect(cell(7, 0).text == "生")
        #expect(cell(10, 0).text == "e\u{301}")
        #expect(cell(0, 0).attrs & LL_A_BOLD != 0, "the title slot is bold in classic")
        let row1 = (0..<10).map { cell($0, 1).text }.joined()
        #expect(row1 == "a^[[31mb  ")

        // A whole frame sends only what is not blank background: the rest is the erased window, in the theme's
        // background colours too (ocean's is not the terminal's own).
        terminal.apply(try #require(ThemeCatalog()["ocean"]))
        terminal.draw(canvas)
        var chars = [wchar_t](repeating: 0, count: 8)
        var attrs: attr_t = 0
        var pair: Int16 = 0
        #expect(ll_read_cell(ll_stdscr(), 5, 29, &chars, 8, &attrs, &pair) == 1 && chars[0] == 32)
        #expect(pair == 1, "the background slot's colour pair")
        #expect(cell(0, 0).text == "J")
    }
}
