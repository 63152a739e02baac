import Testing
@testable import TerminalKit

@Suite struct CanvasTests {
    /// The terminal passes over a row as it was with one memcmp: that needs equal cells to be equal bytes, which
    /// padding inside a cell would break.
    @Test func aCellIsWholeWordsWithoutPadding() {
        #expect(MemoryLayout<Canvas.Cell>.size == MemoryLayout<Canvas.Cell>.stride)
        #expect(MemoryLayout<Canvas.Cell>.size == 24)
        var cell = Canvas.Cell(text: "学", width: 2, slot: .helpKey)
        #expect(cell.width == 2 && cell.slot == .helpKey && cell.slotOrdinal == Slot.helpKey.ordinal)
        cell.slot = .input
        cell.width = 1
        #expect(cell.width == 1 && cell.slot == .input && cell.text == "学")
    }

    @Test func wideAndCombiningCharactersTakeTheirColumns() {
        var c = Canvas(width: 12, height: 1)
        let end = c.text("学e\u{301}½", x: 0, y: 0, slot: .text)
        #expect(end == 4)
        #expect(c[0, 0].text == "学" && c[0, 0].width == 2)
        #expect(c[1, 0].isContinuation)
        #expect(c[2, 0].text == "e\u{301}" && c[2, 0].width == 1)
        #expect(c[3, 0].text == "½")
        #expect(c.text == "学é½")
    }

    @Test func clippingNeverSplitsAWideCharacter() {
        var c = Canvas(width: 10, height: 1)
        c.text("ab学生学生", x: 0, y: 0, slot: .text, limit: 5)
        #expect(c.rowText(0) == "ab学      ")
        #expect(c[4, 0] == .blank(.background))
        var d = Canvas(width: 5, height: 1)
        d.text("abcd学", x: 0, y: 0, slot: .text)
        #expect(d.rowText(0) == "abcd ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var c = Canvas(width: 6, height: 1)
        c.text("学生", x: 0, y: 0, slot: .text)
        c.text("x", x: 1, y: 0, slot: .accent)
        #expect(c.rowText(0) == " x生  ")
        c.text("y", x: 2, y: 0, slot: .accent)
        #expect(c.rowText(0) == " xy   ")
    }

    @Test func escapeSequencesAreDrawnAsHarmlessText() {
        var c = Canvas(width: 30, height: 1)
        c.text("hi\u{1B}[2Jthere\u{7}\u{9B}x\u{7F}", x: 0, y: 0, slot: .text)
        #expect(c.text == "hi^[[2Jthere^G<9B>x^?")
        #expect(!c.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
    }

    @Test func ellipsisMarksCutText() {
        var c = Canvas(width: 10, height: 1)
        c.text("José García López", x: 0, y: 0, slot: .text, limit: 8, ellipsis: true)
        #expect(c.text == "José Ga…")
    }

    @Test func styleRunsRecordColourAsWellAsText() {
        var c = Canvas(width: 8, height: 2)
        c.text("ok", x: 1, y: 0, slot: .success)
        c.paint(Rect(x: 0, y: 1, width: 8, height: 1), .selection)
        #expect(c.styleRuns == "0: 1-2 success\n1: 0-7 selection")
    }

    /// A text's width measured by its code points where each stands alone is the width its graphemes are drawn at.
    @Test func aTextIsAsWideAsItIsDrawn() {
        let texts = ["José 1 · 500 artifacts", "美玲 4", "Nguyễn Văn An", "Zoë's “río” — ½ ✓ →", "한국어 テスト ｶﾀｶﾅ",
                     "e\u{301}tude", "👩‍👧 family", "🇪🇸 España", "a\u{200B}b", "ᄀ\u{1161}", "Ελληνικά Кириллица", "x\u{FE0F}",
                     "\u{0915}\u{094D}\u{0937}", "tab\there", "ﬁ", "\u{00AD}soft"]
        for text in texts {
            #expect(DisplayWidth.of(text) == DisplayText(text).width, "\(text)")
        }
    }

    /// The blocks answered without the tables must answer as the tables do, code point by code point, and a code
    /// point said to stand alone must be drawn at that width on its own.
    @Test func aCodePointStandsAloneAtTheWidthTheTablesGive() {
        let blocks: [ClosedRange<UInt32>] = [0xA0...0x2FF, 0x370...0x482, 0x48A...0x52F, 0x1E00...0x1EFF, 0x2010...0x2027,
                                             0x2030...0x205E, 0x2190...0x23FF, 0x2500...0x27BF, 0x3041...0x3096,
                                             0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF60]
        var mismatches: [String] = []
        for v in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let plain = v < 0x80 ? v >= 0x20 && v < 0x7F : blocks.contains { $0.contains(v) } && v != 0xAD
                && !DisplayWidth.isUnprintable(scalar) && DisplayWidth.of(scalar) > 0
            let expected = plain ? DisplayWidth.of(scalar) : 0
            let got = DisplayText.standingWidth(scalar)
            if got != expected || (got > 0 && DisplayText(String(scalar)).width != got) {
                mismatches.append(String(v, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        #expect(DisplayText.standingWidth("—") == 1 && DisplayText.standingWidth("美") == 2)
        #expect(DisplayText.standingWidth("\u{301}") == 0 && DisplayText.standingWidth("\u{00AD}") == 0)
    }

    @Test func widthsMatchTheCLibrary() {
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of("学生") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("Nguyễn Văn An") == 13)
        #expect(DisplayWidth.of("📚") == 2)
        #expect(DisplayWidth.of("½") == 1)
        #expect(DisplayWidth.of("\u{200B}") == 0)
    }

    @Test func aLoneCombiningMarkGetsSomethingToSitOn() {
        var c = Canvas(width: 4, height: 1)
        c.text("\u{301}a", x: 0, y: 0, slot: .text)
        #expect(c[0, 0].text == "◌\u{301}")
        #expect(c[1, 0].text == "a")
    }
}

@Suite struct WrapTests {
    @Test func wrapsAtSpacesByColumns() {
        #expect(Wrap.lines("I am proud of my graph because", width: 12) == ["I am proud", "of my graph", "because"])
    }

    @Test func breaksLongWordsAndWideText() {
        #expect(Wrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(Wrap.lines("学生学生学", width: 4) == ["学生", "学生", "学"])
    }

    /// A limit gives the first lines of the whole wrap, never others.
    @Test func aLimitGivesTheFirstLinesOfTheWholeWrap() {
        let texts = ["I am proud of my graph because it shows\nwhat I learned about 美玲's plants", "abcdefghijklmnop qr",
                     "学生学生学 and more words", "a\n\nb c d e f g", "", "short"]
        for text in texts {
            for width in [1, 3, 4, 12] {
                let whole = Wrap.lines(text, width: width)
                for limit in 1...(whole.count + 1) {
                    #expect(Wrap.lines(text, width: width, limit: limit) == Array(whole.prefix(limit)), "\(text) \(width) \(limit)")
                }
            }
        }
    }

    @Test func keepsNewlinesAndNeverReturnsNothing() {
        #expect(Wrap.lines("a\nb", width: 10) == ["a", "b"])
        #expect(Wrap.lines("", width: 10) == [""])
    }
}

@Suite struct ListScrollTests {
    @Test func scrollsOnlyWhenTheSelectionLeavesTheWindow() {
        #expect(ListScroll.offset(selected: 3, current: 0, visible: 5, count: 100) == 0)
        #expect(ListScroll.offset(selected: 5, current: 0, visible: 5, count: 100) == 1)
        #expect(ListScroll.offset(selected: 2, current: 4, visible: 5, count: 100) == 2)
        #expect(ListScroll.offset(selected: 99, current: 0, visible: 5, count: 100) == 95)
        #expect(ListScroll.offset(selected: 3, current: 7, visible: 5, count: 4) == 0)
    }
}

/// Emoji sequences that the C library, ncurses and terminals measure differently are drawn as something they
/// all measure alike, so nothing after them on the line moves (issue 16).
@Suite struct LineSafeGlyphTests {
    @Test(arguments: [
        ("❤️", "❤", 1), ("✏️", "✏", 1), ("👩‍🔬", "👩", 2), ("🇻🇳", "VN", 2), ("👍🏽", "👍", 2), ("1️⃣", "1", 1),
        ("👨‍👩‍👧", "👨", 2), ("⚽", "⚽", 2), ("é", "é", 1), ("美", "美", 2),
    ])
    func drawnAsSomethingEveryoneMeasuresAlike(_ text: String, _ drawn: String, _ width: Int) throws {
        let glyphs = DisplayText(text).glyphs
        #expect(glyphs.map(\.text).joined() == drawn)
        #expect(DisplayText(text).width == width)
        #expect(DisplayWidth.of(try #require(text.first)) == width)
    }

    @Test func joinersInNamesStay() {
        let persian = "مهر\u{200C}انگیز"
        #expect(DisplayText(persian).glyphs.map(\.text).joined() == persian)
        let hindi = "क्\u{200D}ष"
        #expect(DisplayText(hindi).glyphs.map(\.text).joined() == hindi)
    }

    @Test func aLineWithEmojiKeepsItsRightBorder() {
        var canvas = Canvas(width: 30, height: 1)
        canvas.text("│ ❤️ ✏️ 👩‍🔬 🇻🇳 done", x: 0, y: 0, slot: .text)
        canvas.text("│", x: 29, y: 0, slot: .border)
        #expect(canvas.rowText(0).hasSuffix("│"))
        #expect(DisplayText(canvas.rowText(0)).width == 30)
    }

    /// A cell keeps its grapheme inline; what it holds reads back the same, and equal text means equal cells.
    @Test func aCellHoldsItsGraphemeInline() {
        for text in [" ", "a", "é", "e\u{301}", "美", "🗺", "ệ", "क्ष", "◌\u{301}", ""] {
            let cell = Canvas.Cell(text: text, width: 1, slot: .text)
            #expect(cell.text == text)
            #expect(cell == Canvas.Cell(text: String(text), width: 1, slot: .text))
            #expect(cell != Canvas.Cell(text: text, width: 1, slot: .muted))
        }
        #expect(Canvas.Cell(text: "a", width: 1, slot: .text).ascii == UInt8(ascii: "a"))
        #expect(Canvas.Cell(text: "é", width: 1, slot: .text).ascii == nil)
        // Stacked marks beyond 15 bytes: the base and the whole marks that fit, never half a scalar.
        let zalgo = Canvas.Cell(text: "a" + String(repeating: "\u{301}", count: 12), width: 1, slot: .text)
        #expect(zalgo.text == "a" + String(repeating: "\u{301}", count: 7))
        let cut = Canvas.Cell(text: "a" + String(repeating: "\u{1F3FD}", count: 5), width: 1, slot: .text)
        #expect(cut.text == "a" + String(repeating: "\u{1F3FD}", count: 3))
    }

    @Test func asciiTextIsClippedAndEllipsised() {
        var canvas = Canvas(width: 10, height: 1)
        canvas.text("美美美美美", x: 0, y: 0, slot: .text)
        canvas.text("abcdefgh", x: 1, y: 0, slot: .text, limit: 5, ellipsis: true)
        // The wide glyph cut at the left edge is blanked, and so is the one the last letter cut.
        #expect(canvas.rowText(0) == " abcd…美美")
        canvas.text("xyz", x: 6, y: 0, slot: .text)
        #expect(canvas.rowText(0) == " abcd…xyz ")
        #expect(DisplayText(canvas.rowText(0)).width == 10)
    }

    /// The second cell of a wide glyph is the empty grapheme of no width, made without a String.
    @Test func aContinuationCellIsTheEmptyGraphemeOfNoWidth() {
        for slot in [Slot.title, .background, .selection] {
            #expect(Canvas.Cell.continuation(slot) == Canvas.Cell(text: "", width: 0, slot: slot))
        }
        var canvas = Canvas(width: 4, height: 1)
        canvas.text("美", x: 1, y: 0, slot: .title)
        #expect(canvas[2, 0].isContinuation && canvas[2, 0].slot == .title && canvas[2, 0].text == "")
    }

    /// Text of code points that stand alone is drawn without DisplayText's glyphs; cell for cell it must be what
    /// the glyph path draws, cut, clipped and with ellipsis, and text that needs graphemes must still take that path.
    @Test(arguments: ["José García", "Zoë Müller", "Nguyễn Văn An", "美玲 4", " ● Ψυχή Сергей ", "★ “done” → ½ — ok…",
                      "한국어 テスト ＡＢＣ", "e\u{301}cole", "👩‍👧 family", "🇵🇪 Perú", "✔\u{FE0F} yes", "각\u{11A8}", "a\u{200D}b"])
    func plainTextIsDrawnAsTheGlyphPathDrawsIt(_ text: String) {
        for (x, limit) in [(0, 40), (0, 5), (3, 4), (8, 12), (-1, 6), (9, 3), (11, 0)] {
            for ellipsis in [false, true] {
                var fast = Canvas(width: 12, height: 1)
                fast.text("xxxxxxxxxxxx", x: 0, y: 0, slot: .muted)
                var slow = fast
                let a = fast.text(text, x: x, y: 0, slot: .title, limit: limit, ellipsis: ellipsis)
                let columns = max(0, min(limit, slow.width - x))
                let b = slow.glyphs(DisplayText(text).prefix(columns: columns, ellipsis: ellipsis), x: x, y: 0, slot: .title)
                #expect(a == b && fast.cells == slow.cells, "\(text) at \(x), \(limit) columns, ellipsis \(ellipsis)")
            }
        }
    }
}
