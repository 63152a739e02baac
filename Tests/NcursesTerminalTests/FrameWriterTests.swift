import LearnerLedCore
import Testing
import TerminalKit
@testable import NcursesTerminal

/// The bytes a frame becomes, read back with a model terminal: the screen must always end up as the canvas.
struct FrameWriterTests {
    /// ANSI sequences, each slot its own foreground colour (its ordinal), so the model can tell slots apart.
    static func codes(clearsToBackground: Bool = true, scrollsAtLastCell: Bool = false) -> TerminalCodes {
        TerminalCodes(moveTo: TerminalCodes.ansiMove, clear: Array("\u{1B}[H\u{1B}[2J".utf8), plain: Array("\u{1B}[0m".utf8),
                      styles: Slot.allCases.map { Array("\u{1B}[0;38;5;\($0.ordinal)m".utf8) },
                      clearsToBackground: clearsToBackground, scrollsAtLastCell: scrollsAtLastCell)
    }

    /// Cells of the model that differ from the canvas, as "x,y" (empty when the screen is the canvas).
    static func differences(_ model: TerminalModel, _ canvas: Canvas, skippingLast: Bool = false) -> [String] {
        var out: [String] = []
        for (i, cell) in canvas.cells.enumerated() where !(skippingLast && i == canvas.cells.count - 1) {
            let seen = model.cells[i]
            let text = cell.isContinuation ? "" : cell.text
            if seen.text != text || (!cell.isContinuation && seen.fg != cell.slot.ordinal) {
                out.append("\(i % canvas.width),\(i / canvas.width) '\(seen.text)'/\(seen.fg) not '\(text)'/\(cell.slot.ordinal)")
            }
        }
        return out
    }

    @Test func aWholeFrameAndThenOnlyWhatChanged() {
        let writer = FrameWriter(codes: Self.codes())
        var model = TerminalModel(width: 30, height: 4, filler: "#")
        var first = Canvas(width: 30, height: 4)
        first.text("José 学生 e\u{301} 🌳 Nguyễn", x: 0, y: 0, slot: .title)
        first.text("Zoë Müller", x: 2, y: 2, slot: .selection)
        model.feed(writer.bytes(for: first, over: nil))
        #expect(model.errors.isEmpty)
        #expect(Self.differences(model, first).isEmpty, "\(Self.differences(model, first))")
        #expect(model.row(0).hasPrefix("José 学生 e\u{301} 🌳 Nguyễn"))

        var second = first
        second.text("Zoe", x: 2, y: 2, slot: .selection)
        let bytes = writer.bytes(for: second, over: first)
        model.feed(bytes)
        #expect(Self.differences(model, second).isEmpty)
        #expect(model.written == [2 * 30 + 4], "only the one letter that changed")
        #expect(bytes.count < 30, "a move, a style, a letter, attributes off: \(bytes.count) bytes")
        #expect(writer.bytes(for: second, over: second).isEmpty, "nothing changed, nothing sent")
    }

    /// Slots this terminal draws alike (here text and background: the same bytes) are one style: a row that passes
    /// from one to the other is sent with one style sequence, not one at every change.
    @Test func slotsDrawnAlikeAreOneStyle() {
        var codes = Self.codes()
        codes.styles[Slot.text.ordinal] = codes.styles[Slot.background.ordinal]
        let writer = FrameWriter(codes: codes)
        // Every cell changes: the row passes from background to text and back four times before "ok".
        var before = Canvas(width: 20, height: 1)
        before.text(String(repeating: "x", count: 20), x: 0, y: 0, slot: .muted)
        var after = Canvas(width: 20, height: 1)
        after.text("José", x: 1, y: 0, slot: .text)
        after.text("12", x: 8, y: 0, slot: .text)
        after.text("ok", x: 18, y: 0, slot: .muted)
        let bytes = writer.bytes(for: after, over: before)
        let text = String(decoding: bytes, as: UTF8.self)
        let shared = String(decoding: codes.styles[Slot.background.ordinal], as: UTF8.self)
        #expect(text.components(separatedBy: shared).count - 1 == 1, "one style for text and background: \(text.debugDescription)")
        #expect(text.contains(String(decoding: codes.styles[Slot.muted.ordinal], as: UTF8.self)), "a style that differs is still sent")
        var model = TerminalModel(width: 20, height: 1)
        model.feed(writer.bytes(for: before, over: nil))
        model.feed(bytes)
        #expect(model.row(0) == " José   12        ok")
        before = after
        #expect(writer.bytes(for: after, over: before).isEmpty)
    }

    /// "Students (" over "Synthetic c" at the same place shares letters: sent whole rather than as pieces with
    /// cursor moves between, which also costs fewer bytes.
    @Test func aShortUnchangedGapIsSentAgainRatherThanJumpedOver() {
        let writer = FrameWriter(codes: Self.codes())
        var before = Canvas(width: 30, height: 2)
        before.text("Synthetic c", x: 2, y: 1, slot: .title)
        var after = before
        after.text("Students (", x: 2, y: 1, slot: .title)
        var model = TerminalModel(width: 30, height: 2)
        model.feed(writer.bytes(for: before, over: nil))
        let bytes = writer.bytes(for: after, over: before)
        model.feed(bytes)
        #expect(Self.differences(model, after).isEmpty)
        #expect(String(decoding: bytes, as: UTF8.self).contains("tudents ("), "the S is as it was")
        #expect(String(decoding: bytes, as: UTF8.self).components(separatedBy: "\u{1B}[").count - 1 <= 3, "one move, one style, attributes off")
    }

    @Test func everyCellIsPaintedWhenClearingDoesNotGiveTheBackground() {
        let writer = FrameWriter(codes: Self.codes(clearsToBackground: false))
        var model = TerminalModel(width: 12, height: 3)
        var canvas = Canvas(width: 12, height: 3)
        canvas.text("美玲", x: 1, y: 1, slot: .text)
        model.feed(writer.bytes(for: canvas, over: nil))
        // The model's clear leaves the pen's colours, which here are not what the background slot would be drawn
        // with for every cell: only painting every cell makes them match.
        #expect(model.written.count == 12 * 3 - 2, "every cell but the wide glyphs' second halves")
        #expect(Self.differences(model, canvas).isEmpty)
    }

    @Test func theBottomRightCellIsLeftAloneWhereWritingItWouldScroll() {
        let writer = FrameWriter(codes: Self.codes(scrollsAtLastCell: true))
        var model = TerminalModel(width: 10, height: 2)
        var canvas = Canvas(width: 10, height: 2)
        canvas.fill(canvas.bounds, .statusBar)
        model.feed(writer.bytes(for: canvas, over: nil))
        #expect(!model.written.contains(19))
        #expect(Self.differences(model, canvas, skippingLast: true).isEmpty)

        // A wide glyph in the last two cells would reach the last one too: left alone as well.
        var wide = canvas
        wide.text("美", x: 8, y: 1, slot: .statusBar)
        model.feed(writer.bytes(for: wide, over: canvas))
        #expect(!model.written.contains(18) && !model.written.contains(19))
    }

    @Test func theCursorEndsWhereTheCanvasWantsIt() {
        let writer = FrameWriter(codes: Self.codes())
        var model = TerminalModel(width: 20, height: 3)
        var canvas = Canvas(width: 20, height: 3)
        canvas.text("Hoy aprendí 美", x: 0, y: 1, slot: .input)
        canvas.cursor = Point(x: 14, y: 1)
        model.feed(writer.bytes(for: canvas, over: nil))
        #expect(model.x == 14 && model.y == 1)
        var moved = canvas
        moved.cursor = Point(x: 3, y: 1)
        model.feed(writer.bytes(for: moved, over: canvas))
        #expect(model.x == 3 && model.y == 1, "a cursor that moves alone is still sent")
    }

    /// Hundreds of frames, each drawn over the last: text in many scripts (wide, combining, joined emoji) at random
    /// places, slots and sizes. Whatever the writer leaves out or misplaces shows as a difference.
    @Test func randomFramesAlwaysLeaveTheScreenAsTheCanvas() {
        var random = SeededGenerator(seed: 17)
        let words = ["José", "Zoë Müller", "Nguyễn Văn An", "美玲", "e\u{301}te", "🌳", "👩‍👧", "abc", "   ", "│─┐", "Ñandú",
                     "学生の作品", "x", "Fatima Al-Sayed"]
        let slots = Slot.allCases
        for clears in [true, false] {
            let writer = FrameWriter(codes: Self.codes(clearsToBackground: clears))
            var model = TerminalModel(width: 23, height: 7, filler: "#")
            var previous: Canvas?
            for frame in 0..<300 {
                var canvas = previous ?? Canvas(width: 23, height: 7)
                if frame % 50 == 0 { canvas = Canvas(width: 23, height: 7) }
                for _ in 0..<Int(random.next() % 4) {
                    canvas.text(words[Int(random.next() % UInt64(words.count))], x: Int(random.next() % 25),
                                y: Int(random.next() % 7), slot: slots[Int(random.next() % UInt64(slots.count))])
                }
                canvas.cursor = random.next() % 3 == 0 ? Point(x: Int(random.next() % 23), y: Int(random.next() % 7)) : nil
                model.feed(writer.bytes(for: canvas, over: frame % 50 == 0 ? nil : previous))
                let differences = Self.differences(model, canvas)
                #expect(differences.isEmpty && model.errors.isEmpty, "frame \(frame): \(differences) \(model.errors)")
                if !differences.isEmpty { return }
                if let cursor = canvas.cursor { #expect(model.x == cursor.x && model.y == cursor.y) }
                previous = canvas
            }
        }
    }

    @Test func terminfoDelaysAreDropped() {
        #expect(TerminalCodes.withoutPadding("\u{1B}[H\u{1B}[2J$<50>") == "\u{1B}[H\u{1B}[2J")
        #expect(TerminalCodes.withoutPadding("a$<2*/>b$<5>c") == "abc")
        #expect(TerminalCodes.withoutPadding("no delay") == "no delay")
        #expect(TerminalCodes.ansiMove(0, 0) == Array("\u{1B}[1;1H".utf8))
        #expect(TerminalCodes.ansiMove(29, 119) == Array("\u{1B}[30;120H".utf8))
    }

    @Test func everySlotHasItsPlaceInAllCases() {
        for (i, slot) in Slot.allCases.enumerated() { #expect(slot.ordinal == i, "\(slot)") }
    }
}
