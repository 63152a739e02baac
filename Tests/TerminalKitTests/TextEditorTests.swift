import Testing
@testable import TerminalKit

@Suite struct TextEditorTests {
    func typed(_ text: String) -> TextEditor {
        var e = TextEditor()
        for c in text { e.handle(.character(c)) }
        return e
    }

    @Test func insertsAtTheCursorAndDeletesGraphemes() {
        var e = typed("José")
        e.handle(.left)
        e.handle(.left)
        e.handle(.character("x"))
        #expect(e.text == "Joxsé")
        e.handle(.delete)
        #expect(e.text == "Joxé")
        e.handle(.end)
        e.handle(.backspace)
        #expect(e.text == "Jox")
        #expect(e.cursor == 3)
    }

    @Test func aCJKCharacterAndAnAccentedLetterAreOneStepEach() {
        var e = typed("美玲e\u{301}")
        #expect(e.characters.count == 3)
        e.handle(.backspace)
        #expect(e.text == "美玲")
        e.handle(.left)
        #expect(e.cursorColumn == 2)
    }

    @Test func aCombiningMarkTypedAloneJoinsTheLetterBefore() {
        var e = typed("Zoe")
        e.handle(.character("\u{308}"))
        #expect(e.text == "Zoë")
        #expect(e.characters.count == 3)
    }

    @Test func wordJumpsAndHomeEnd() {
        var e = typed("one two three")
        e.handle(.ctrlLeft)
        #expect(e.cursor == 8)
        e.handle(.ctrlLeft)
        #expect(e.cursor == 4)
        e.handle(.ctrlRight)
        #expect(e.cursor == 7)
        e.handle(.home)
        #expect(e.cursor == 0)
        e.handle(.end)
        #expect(e.cursor == 13)
        e.handle(.control("w"))
        #expect(e.text == "one two ")
    }

    @Test func controlsAndNewlinesNeverGetIn() {
        var e = typed("a\u{1B}b\nc\td")
        #expect(e.text == "ab c d")
    }

    @Test func respectsTheMaximumLength() {
        var e = TextEditor("", maxLength: 3)
        for c in "abcdef" { e.handle(.character(c)) }
        #expect(e.text == "abc")
    }

    @Test func nonEditingKeysAreLeftToTheScreen() {
        var e = TextEditor("abc")
        for key in [Key.enter, .escape, .up, .tab] {
            let handled = e.handle(key)
            #expect(!handled, "\(key)")
        }
        #expect(e.text == "abc" && e.cursor == 3)
    }

    @Test func aFieldScrollsToKeepTheCursorVisible() {
        var c = Canvas(width: 10, height: 1)
        Widgets.field(&c, Rect(x: 0, y: 0, width: 10, height: 1), typed("abcdefghijklmn"), focused: true)
        #expect(c.text == "fghijklmn")
        #expect(c.cursor == Point(x: 9, y: 0))
    }

    @Test func anAreaWrapsAndPlacesTheCursorOnTheRightLine() {
        var c = Canvas(width: 11, height: 3)
        Widgets.area(&c, Rect(x: 0, y: 0, width: 11, height: 3), typed("I am proud of my graph"), focused: true)
        #expect(c.text == "I am proud\nof my\ngraph")
        #expect(c.cursor == Point(x: 5, y: 2))
    }
}
