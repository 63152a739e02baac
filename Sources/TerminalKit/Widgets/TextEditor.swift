/// The editing state of a text field or text area: the text as graphemes and a cursor between them.
/// Works in graphemes, so an accented letter, a CJK character or a flag moves and deletes as one.
public struct TextEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// 0...characters.count
    public private(set) var cursor: Int
    public var maxLength: Int

    public init(_ text: String = "", maxLength: Int = 2000) {
        characters = Array(text.prefix(maxLength))
        cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String { String(characters) }

    /// Applies an editing key. Returns false for keys that are not editing keys (the screen handles them).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            insert(c)
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .ctrlLeft: cursor = wordStart(before: cursor)
        case .ctrlRight: cursor = wordEnd(after: cursor)
        case .control("w"):
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"):
            characters.removeSubrange(cursor..<characters.count)
        default:
            return false
        }
        return true
    }

    public mutating func insert(_ c: Character) {
        // Newlines and other controls arrive from pastes; a field holds one paragraph of plain text.
        let c: Character = c.isNewline || c == "\t" ? " " : c
        guard characters.count < maxLength, !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return }
        // A combining mark typed alone joins the character before the cursor, as the text would render.
        if cursor > 0, c.unicodeScalars.allSatisfy({ DisplayWidth.of($0) == 0 }) {
            let joined = String(characters[cursor - 1]) + String(c)
            if joined.count == 1 {
                characters[cursor - 1] = Character(joined)
                return
            }
        }
        characters.insert(c, at: cursor)
        cursor += 1
    }

    public mutating func setText(_ text: String) {
        characters = Array(text.prefix(maxLength))
        cursor = characters.count
    }

    private func wordStart(before i: Int) -> Int {
        var j = i
        while j > 0, characters[j - 1].isWhitespace { j -= 1 }
        while j > 0, !characters[j - 1].isWhitespace { j -= 1 }
        return j
    }

    private func wordEnd(after i: Int) -> Int {
        var j = i
        while j < characters.count, characters[j].isWhitespace { j += 1 }
        while j < characters.count, !characters[j].isWhitespace { j += 1 }
        return j
    }

    /// Display columns from the start of the text to the cursor.
    var cursorColumn: Int { DisplayWidth.of(String(characters[0..<cursor])) }
}
