/// Small drawing helpers every screen shares. Each draws into a rectangle and touches nothing outside it.
public enum Widgets {
    /// A single-line border with an optional title on the top edge.
    public static func box(_ canvas: inout Canvas, _ rect: Rect, title: String? = nil, border: Slot = .border,
                           titleSlot: Slot = .title) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        func edge(_ y: Int, _ left: String, _ right: String) {
            canvas.symbol(left, x: rect.x, y: y, slot: border)
            canvas.symbol("─", x: rect.x + 1, y: y, count: rect.width - 2, slot: border)
            canvas.symbol(right, x: rect.maxX - 1, y: y, slot: border)
        }
        edge(rect.y, "┌", "┐")
        edge(rect.maxY - 1, "└", "┘")
        canvas.symbol("│", x: rect.x, y: rect.y + 1, downward: rect.height - 2, slot: border)
        canvas.symbol("│", x: rect.maxX - 1, y: rect.y + 1, downward: rect.height - 2, slot: border)
        if let title, !title.isEmpty, rect.width > 6 {
            canvas.text(" \(title) ", x: rect.x + 2, y: rect.y, slot: titleSlot, limit: rect.width - 4, ellipsis: true)
        }
    }

    /// A one-line text field showing the editor's text, scrolled so the cursor stays visible.
    /// When focused it places the terminal cursor.
    public static func field(_ canvas: inout Canvas, _ rect: Rect, _ editor: TextEditor, focused: Bool,
                             placeholder: String = "") {
        guard rect.width > 0, rect.height > 0 else { return }
        canvas.fill(rect.row(0), focused ? .input : .muted)
        // A placeholder stays dim, focused or not, so it never looks like something typed; the first key replaces it.
        if editor.characters.isEmpty, !placeholder.isEmpty {
            canvas.text(placeholder, in: rect, slot: .muted)
        }
        // Scroll by whole glyphs so the cursor column fits, keeping a column for the cursor itself.
        var start = 0
        var before = DisplayText(String(editor.characters[0..<editor.cursor])).width
        while before > rect.width - 1, start < editor.cursor {
            before -= DisplayText(String(editor.characters[start])).width
            start += 1
        }
        let visible = String(editor.characters[start...])
        canvas.text(visible, x: rect.x, y: rect.y, slot: focused ? .input : .text, limit: rect.width)
        if focused { canvas.cursor = Point(x: rect.x + before, y: rect.y) }
    }

    /// A multi-line area: the text wrapped to the width, scrolled to keep the cursor in view.
    public static func area(_ canvas: inout Canvas, _ rect: Rect, _ editor: TextEditor, focused: Bool) {
        guard rect.width > 1, rect.height > 0 else { return }
        canvas.fill(rect, focused ? .input : .background)
        let width = rect.width - 1
        let lines = Wrap.lines(editor.text, width: width)
        // Find the cursor's line and column by walking the wrapped lines.
        var remaining = editor.cursor
        var cursorLine = lines.count - 1
        var cursorColumn = DisplayWidth.of(lines.last ?? "")
        for (i, line) in lines.enumerated() {
            let count = line.count
            if remaining <= count {
                cursorLine = i
                cursorColumn = DisplayWidth.of(String(line.prefix(remaining)))
                break
            }
            remaining -= count + 1
        }
        let top = max(0, cursorLine - rect.height + 1)
        for (row, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
            canvas.text(line, x: rect.x, y: rect.y + row, slot: focused ? .input : .text, limit: width)
        }
        if focused { canvas.cursor = Point(x: rect.x + min(cursorColumn, width), y: rect.y + cursorLine - top) }
    }

    /// Text wrapped into a rectangle; returns the rows used. Cut text ends in "…".
    @discardableResult
    public static func paragraph(_ canvas: inout Canvas, _ rect: Rect, _ text: String, slot: Slot) -> Int {
        // One line more than fits, to know the text is cut.
        let lines = Wrap.lines(text, width: rect.width, limit: rect.height + 1)
        for (i, line) in lines.prefix(rect.height).enumerated() {
            let last = i == rect.height - 1 && lines.count > rect.height
            canvas.text(last ? line + "…" : line, x: rect.x, y: rect.y + i, slot: slot, limit: rect.width, ellipsis: last)
        }
        return min(lines.count, rect.height)
    }

    /// The bottom line: each key's label highlighted and its help beside it, as many as fit.
    public static func helpBar<A>(_ canvas: inout Canvas, _ rect: Rect, _ bindings: [KeyBinding<A>]) {
        canvas.fill(rect.row(0), .statusBar)
        var x = rect.x
        for binding in bindings where binding.inBar {
            let needed = DisplayWidth.of(binding.label) + DisplayWidth.of(binding.help) + 3
            guard x + needed <= rect.maxX else { break }
            x = canvas.text(binding.label, x: x, y: rect.y, slot: .helpKey)
            // The spaces around the words are the bar's own blank cells: the words are not copied to add them.
            x = canvas.text(binding.help, x: x + 1, y: rect.y, slot: .statusBar) + 2
        }
    }

    /// A centred dialog asking a yes/no question.
    public static func confirm(_ canvas: inout Canvas, in area: Rect, question: String, yes: String = "y  Yes",
                               no: String = "n  No") {
        let buttonsWidth = DisplayWidth.of(yes) + DisplayWidth.of(no) + 3
        let width = min(area.width - 4, max(30, DisplayWidth.of(question) + 6, buttonsWidth + 4))
        let lines = Wrap.lines(question, width: width - 4)
        let rect = area.centered(width: width, height: lines.count + 4)
        canvas.fill(rect, .background)
        box(&canvas, rect, border: .accent)
        for (i, line) in lines.enumerated() {
            canvas.text(line, x: rect.x + 2, y: rect.y + 1 + i, slot: .text, limit: width - 4)
        }
        let buttons = rect.y + lines.count + 2
        let after = canvas.text(yes, x: rect.x + 2, y: buttons, slot: .helpKey)
        canvas.text(no, x: after + 3, y: buttons, slot: .helpKey)
    }
}

/// Which rows of a long list are visible. Only those are drawn, so a list of 10,000 costs what a screenful does.
public enum ListScroll {
    /// The first visible row: unchanged while the selection stays in view, moved just enough when it leaves.
    public static func offset(selected: Int, current: Int, visible: Int, count: Int) -> Int {
        guard visible > 0, count > visible else { return 0 }
        var top = min(current, count - visible)
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        return max(0, top)
    }
}
