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

    /// The whole way out: ncurses starts on a file (a fixed size, tig's trick), terminfo gives xterm-256color's
    /// sequences, a frame is drawn; a model terminal reads everything written back, cell by cell.
    @Test func aCanvasArrivesOnTheTerminalCellForCell() throws {
        setenv("TERM", "xterm-256color", 1)
        setenv("LINES", "6", 1)
        setenv("COLUMNS", "30", 1)
        defer {
            unsetenv("LINES")
            unsetenv("COLUMNS")
        }
        let out = try #require(tmpfile())
        let input = try #require(fopen("/dev/null", "r"))
        defer {
            fclose(out)
            fclose(input)
        }
        var readSoFar: off_t = 0
        /// What was written to the file since the last call.
        func written(to file: UnsafeMutablePointer<FILE>) throws -> [UInt8] {
            fflush(file)
            let end = lseek(fileno(file), 0, SEEK_CUR)
            var bytes = [UInt8](repeating: 0, count: Int(end - readSoFar))
            try #require(pread(fileno(file), &bytes, bytes.count, readSoFar) == bytes.count)
            readSoFar = end
            return bytes
        }
        let terminal = Terminal()
        try terminal.start(output: out, input: input)
        defer { terminal.stop() }
        #expect(terminal.size.width == 30 && terminal.size.height == 6)
        #expect(terminal.colorDepth == .full)
        terminal.apply(Theme.classic)

        var canvas = Canvas(width: 30, height: 6)
        canvas.text("José 学生 e\u{301}", x: 0, y: 0, slot: .title)
        canvas.text("a\u{1B}[31mb", x: 0, y: 1, slot: .text)
        canvas.text("Zoë", x: 27, y: 5, slot: .statusBar)
        terminal.draw(canvas)
        var model = TerminalModel(width: 30, height: 6, filler: "#")
        model.feed(try written(to: out))
        #expect(model.errors.isEmpty, "\(model.errors)")
        #expect(model.row(0).hasPrefix("José 学生 e\u{301} "))
        #expect(model[5, 0].text == "学" && model[6, 0].text == "")
        #expect(model[0, 0].bold, "the title slot is bold in classic")
        #expect(model[0, 0].fg == Theme.classic.style(.title).fg)
        #expect(model.row(1).hasPrefix("a^[[31mb  "), "a control is shown, never sent")
        #expect(model.row(5).hasSuffix("Zoë"), "the bottom-right cell too: xterm's margin does not scroll")
        #expect(model[29, 5].bg == Theme.classic.style(.statusBar).bg)

        // A change sends that change: one cell here.
        let before = model
        canvas.text("Zoe", x: 27, y: 5, slot: .statusBar)
        terminal.draw(canvas)
        model.feed(try written(to: out))
        #expect(model.written == [5 * 30 + 29])
        #expect(model.row(5).hasSuffix("Zoe") && model.row(0) == before.row(0))

        // A whole frame on another theme: cleared in the theme's background (xterm erases in the current colour),
        // so the blank cells are ocean's blue without being sent one by one.
        let ocean = try #require(ThemeCatalog()["ocean"])
        terminal.apply(ocean)
        terminal.draw(canvas)
        model.feed(try written(to: out))
        #expect(model[20, 3].text == " " && model[20, 3].bg == ocean.style(.background).bg)
        #expect(!model.written.contains(3 * 30 + 20))
        #expect(model[0, 0].text == "J" && model[0, 0].fg == ocean.style(.title).fg)
    }
}
