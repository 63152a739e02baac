import Foundation
import LearnerLedCore
import TerminalKit

/// A student making their portfolio theirs: theme, cover title, symbol.
struct DecorateForm: FormScreen {
    var drawsFromPreview: Bool { true }
    enum Field: CaseIterable, Equatable, Sendable { case theme, title, symbol }

    static let symbols = ["★", "⚽", "🐬", "🌳", "🌸", "🚀", "🌻", "⭐", "🦋", "🐱", "🌙", "🎨", "📚", "🦖",
                                 "🐢", "🌈", "🎵", "🏀", "🍎", "🐼", "🦊", "🌊", "🔭", "✿"]

    let student: StudentID
    var studentID: StudentID? { student }
    var original: Cover
    var focus: Field = .title
    var error: String?
    let themeNames: [String]
    var themeIndex: Int
    var title: TextEditor
    var symbolIndex: Int
    /// Symbols to choose from: the list above plus the current one if it is not in it.
    var symbolChoices: [String]

    init(studentID: StudentID, cover: Cover, themeNames: [String]) {
        student = studentID
        self.themeNames = themeNames
        original = cover
        themeIndex = themeNames.firstIndex(of: cover.themeName) ?? 0
        title = TextEditor(cover.title, maxLength: 60)
        symbolChoices = Self.symbols.contains(cover.symbol) ? Self.symbols : [cover.symbol] + Self.symbols
        symbolIndex = symbolChoices.firstIndex(of: cover.symbol) ?? 0
    }

    func fields(_ app: AppState) -> [Field] { Field.allCases }

    func kind(of field: Field) -> FieldKind { field == .title ? .text : .choice }

    mutating func edit(_ field: Field, _ key: Key) { title.handle(key) }

    mutating func change(_ field: Field, by step: Int, _ app: AppState) {
        if field == .theme { themeIndex = themeIndex.cycled(step, in: themeNames.count) }
        if field == .symbol { symbolIndex = symbolIndex.cycled(step, in: symbolChoices.count) }
    }

    var hasChanges: Bool { cover != original }

    var submitHelp: String { "keep it" }

    mutating func submit(_ app: inout AppState, now: Date) -> [Effect] {
        app.close()
        guard hasChanges else { return [] }
        return app.commit(.setCover(cover, base: original), to: student, label: app.tr("the new cover"))
    }

    /// The cover is drawn in the colours being chosen.
    func themeName(_ app: AppState) -> String? { cover.themeName }

    var cover: Cover {
        let title = self.title.text.trimmingCharacters(in: .whitespaces)
        return Cover(themeName: themeNames.isEmpty ? original.themeName : themeNames[themeIndex],
                     title: title.isEmpty ? original.title : title,
                     symbol: symbolChoices[symbolIndex])
    }
}

extension DecorateForm {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let f = self
        let cover = f.cover
        let (preview, rest) = body.splitTop(PortfolioLayout.coverHeight)
        renderCover(cover, name: state.displayName(student), count: state.portfolios[student]?.artifacts.count, state.strings, preview, &canvas)
        let rect = rest.inset(dx: 1, dy: 0)
        Widgets.box(&canvas, rect, title: state.tr("Decorate your portfolio"))
        let inner = rect.inset(dx: 2, dy: 1)
        let rows: [(DecorateForm.Field, String)] = [(.theme, state.tr("Colours")), (.title, state.tr("Cover title")), (.symbol, state.tr("Symbol"))]
        let labelWidth = FormWidgets.labelWidth(rows.map(\.1) + [state.tr("Sample:")], minimum: 13)
        for (i, (field, label)) in rows.enumerated() {
            let y = inner.y + i * 2
            let focused = f.focus == field
            canvas.text(label, x: inner.x, y: y, slot: focused ? .accent : .text, limit: labelWidth - 1)
            let valueRect = Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1)
            switch field {
            case .theme: FormWidgets.choice(&canvas, valueRect, cover.themeName, focused: focused)
            case .title: Widgets.field(&canvas, valueRect, f.title, focused: focused)
            case .symbol: FormWidgets.choice(&canvas, valueRect, cover.symbol, focused: focused)
            }
        }
        let y = inner.y + 7
        if y < inner.maxY {
            canvas.text(state.tr("Sample:"), x: inner.x, y: y, slot: .muted)
            var x = canvas.text(" ● \(state.tr("a strength")) ", x: inner.x + labelWidth, y: y, slot: .strength)
            x = canvas.text(" ● \(state.tr("a challenge")) ", x: x, y: y, slot: .challenge)
            canvas.text(" \(state.tr("chosen")) ", x: x, y: y, slot: .selection)
        }
        if y + 2 < inner.maxY {
            canvas.text(state.tr("←→ change · \(key(.nextField, state)) next · \(key(.open, state)) keeps it · \(key(.back, state)) leaves it as it was"), x: inner.x, y: y + 2, slot: .muted,
                        limit: inner.width, ellipsis: true)
        }
    }
}
