import Foundation
import LearnerLedCore
import TerminalKit

/// Editing a list the class shares: subjects, criteria, questions, or one language's starters.
struct ListEditorScreen: ScreenFeature {
    enum Kind: Equatable, Sendable { case subjects, criteria, questions, starters(String) }

    var kind: Kind
    var selected = 0
    /// The line being typed, when adding (`adding`) or changing the selected line.
    var editor: TextEditor?
    var adding = false

    init(kind: Kind) { self.kind = kind }

    var takesText: Bool { editor != nil }

    /// Whether lines can be added, removed and reordered (a starter set keeps its shape).
    var isFixed: Bool { if case .starters = kind { return true } else { return false } }

    var title: Phrase {
        switch kind {
        case .subjects: return "Subjects — a symbol, then the name (e.g. 🎵 Music)"
        case .criteria: return "Success criteria"
        case .questions: return "Probing questions (1–9 in the conference view)"
        case .starters(let language): return "Sentence starters — \(language)"
        }
    }

    func keys(_ app: AppState) -> KeyTable {
        if editor != nil {
            return [KeyBinding([.enter], "keep it", .open), KeyBinding([.escape], "cancel", .back)]
        }
        let changing: KeyTable = isFixed ? [] : [
            KeyBinding([.character("a")], "add", .add),
            KeyBinding([.character("d")], "remove", .delete),
            KeyBinding([.character("K"), .shiftUp], "move up", label: "K/J", .moveUp),
            KeyBinding([.character("J"), .shiftDown], "move down", inBar: false, .moveDown),
        ]
        return changing + [
            KeyBinding([.enter, .character("e")], "change", label: "Enter", .edit),
            KeyBinding([.escape], "back", .back),
        ] + Keys.moving
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        var lines = Self.lines(kind, in: app.classroom)
        if let editing = editor { return reduceEditing(editing, action, &lines, &app) }
        var cursor = ListCursor(selected: selected, top: 0)
        if cursor.move(action, count: lines.count, visible: max(1, app.body.height - 3)) {
            selected = cursor.selected
            return []
        }
        switch action {
        case .edit:
            guard lines.indices.contains(selected) else { return [] }
            editor = TextEditor(lines[selected], maxLength: 200)
        case .add where !isFixed:
            editor = TextEditor("", maxLength: 200)
            adding = true
        case .delete where !isFixed && lines.indices.contains(selected):
            if kind == .subjects, lines.count == 1 {
                app.setStatus(app.tr("A class needs at least one subject."), .warning)
                return []
            }
            lines.remove(at: selected)
            selected = min(selected, max(0, lines.count - 1))
            return Self.change(kind, lines, edited: nil, in: app.classroom).map { app.commitClassroom($0) } ?? []
        case .moveUp, .moveDown:
            let target = selected + (action == .moveUp ? -1 : 1)
            guard !isFixed, lines.indices.contains(target), lines.indices.contains(selected) else { return [] }
            lines.swapAt(selected, target)
            selected = target
            return Self.change(kind, lines, edited: nil, in: app.classroom).map { app.commitClassroom($0) } ?? []
        case .back:
            app.close()
        default:
            return nil
        }
        return []
    }

    /// Typing a line: Enter keeps it (added after the selected line, or in its place), Esc leaves it.
    private mutating func reduceEditing(_ editing: TextEditor, _ action: Action, _ lines: inout [String],
                                        _ app: inout AppState) -> [Effect]? {
        var editing = editing
        switch action {
        case .type(let key):
            editing.handle(key)
            editor = editing
        case .back:
            editor = nil
            adding = false
        case .open:
            let text = editing.text.trimmingCharacters(in: .whitespaces)
            let wasAdding = adding
            editor = nil
            adding = false
            guard !text.isEmpty else { return [] }
            let at = wasAdding ? (lines.isEmpty ? 0 : selected + 1) : selected
            if wasAdding {
                lines.insert(text, at: at)
            } else {
                guard lines.indices.contains(at), lines[at] != text else { return [] }
                lines[at] = text
            }
            selected = at
            return Self.change(kind, lines, edited: wasAdding ? nil : at, in: app.classroom).map { app.commitClassroom($0) } ?? []
        default:
            return nil
        }
        return []
    }

    /// The lines a list editor shows, as text.
    static func lines(_ kind: Kind, in classroom: Classroom?) -> [String] {
        guard let c = classroom else { return [] }
        switch kind {
        case .subjects: return c.subjects.map { "\($0.symbol) \($0.name)" }
        case .criteria: return c.successCriteria.map(\.text)
        case .questions: return c.probingQuestions
        case .starters(let language): return c.starterSets.first { $0.language == language }.map { StarterLines.lines($0, in: c).map(\.text) } ?? []
        }
    }

    /// The change that makes the list read `lines`, keeping the ids of what stayed.
    static func change(_ kind: Kind, _ lines: [String], edited: Int?, in classroom: Classroom?) -> ClassroomChange? {
        guard let c = classroom else { return nil }
        switch kind {
        case .subjects:
            var taken = Set<String>()
            let subjects = lines.enumerated().map { i, line -> Subject in
                let (symbol, name) = Self.splitSymbol(line)
                let keep: SubjectID? = i < c.subjects.count && edited != nil && c.subjects.count == lines.count ? c.subjects[i].id : nil
                let existing = keep ?? c.subjects.first { $0.name == name }?.id
                let id = existing ?? SubjectID(Identifier.uniqueSlug(for: name, taken: taken.union(c.subjects.map(\.id.rawValue))))
                taken.insert(id.rawValue)
                return Subject(id: id, name: name, symbol: symbol)
            }
            return .setSubjects(subjects, base: c.subjects)
        case .criteria:
            var taken = Set<String>()
            let criteria = lines.map { text -> SuccessCriterion in
                let id = c.successCriteria.first { $0.text == text }?.id ?? Identifier.uniqueSlug(for: text, taken: taken)
                taken.insert(id)
                return SuccessCriterion(id: id, text: text)
            }
            // An edited line keeps its id, so past rehearsals still point at it.
            var fixed = criteria
            if let edited, c.successCriteria.count == lines.count { fixed[edited].id = c.successCriteria[edited].id }
            return .setCriteria(fixed, base: c.successCriteria)
        case .questions:
            return .setQuestions(lines, base: c.probingQuestions)
        case .starters(let language):
            guard let base = c.starterSets.first(where: { $0.language == language }), let edited else { return nil }
            return .setStarterSet(StarterLines.set(base, replacing: edited, with: lines[edited], in: c), base: base)
        }
    }

    /// "🎵 Music" → ("🎵", "Music"); a name without a symbol gets "•".
    static func splitSymbol(_ line: String) -> (String, String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if let first = trimmed.first, !first.isLetter, !first.isNumber {
            let rest = trimmed.dropFirst().trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { return (String(first), rest) }
        }
        return ("•", trimmed)
    }
}

extension ListEditorScreen {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let e = self
        let rect = body.inset(dx: 1, dy: 0)
        var title = state.tr(e.title)
        if case .starters(let language) = e.kind, let name = state.classroom?.starterSets.first(where: { $0.language == language })?.languageName {
            title = state.tr("Sentence starters — \(name)")
        }
        Widgets.box(&canvas, rect, title: title)
        let inner = rect.inset(dx: 2, dy: 1)
        let lines = Self.lines(kind, in: state.classroom)
        var labels: [String] = []
        if case .starters(let language) = e.kind, let set = state.classroom?.starterSets.first(where: { $0.language == language }) {
            labels = StarterLines.lines(set, in: state.classroom!).map { state.tr($0.label) }
        }
        let labelWidth = labels.isEmpty ? 0 : 22
        // While adding, the new line shows right after the selected one.
        var rows: [(text: String, isNew: Bool)] = lines.map { ($0, false) }
        if e.adding { rows.insert(("", true), at: lines.isEmpty ? 0 : e.selected + 1) }
        let cursor = e.adding ? (lines.isEmpty ? 0 : e.selected + 1) : e.selected
        let visible = max(1, inner.height - 1)
        let top = ListScroll.offset(selected: cursor, current: 0, visible: visible, count: rows.count)
        for (offset, row) in rows.dropFirst(top).prefix(visible).enumerated() {
            let index = top + offset
            let y = inner.y + offset
            let rowRect = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            let field = Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1)
            let selected = index == cursor
            if selected, e.editor == nil { canvas.fill(rowRect, .selection) }
            if index < labels.count, !row.isNew {
                canvas.text(labels[index], x: inner.x, y: y, slot: selected && e.editor == nil ? .selection : .muted, limit: labelWidth - 1)
            }
            if selected, let editor = e.editor {
                Widgets.field(&canvas, field, editor, focused: true)
            } else {
                canvas.text(row.text, in: field, slot: selected ? .selection : .text)
            }
        }
        let table = keys(state)
        func key(_ action: Action) -> String { table.label(of: action) ?? "" }
        let hint = e.editor != nil ? state.tr("\(key(.open)) keeps it · \(key(.back)) leaves it as it was")
            : e.isFixed ? state.tr("\(key(.edit)) changes the line; each language keeps the same lines")
            : state.tr("\(key(.add)) adds · \(key(.edit)) changes · \(key(.delete)) removes · \(key(.moveUp)) moves")
        canvas.text(hint, x: inner.x, y: inner.maxY - 1, slot: .muted, limit: inner.width, ellipsis: true)
    }
}

/// A starter set as labelled lines, and back. A language other than the class's own also words the class's
/// success criteria (same ids) and its probing questions here.
enum StarterLines {
    static func lines(_ s: StarterSet, in c: Classroom) -> [(label: Phrase, text: String)] {
        starterLines(s) + (translates(s, c) ? c.successCriteria(for: s.language).enumerated().map { ("Success criterion \($0.offset + 1)", $0.element.text) }
            + c.probingQuestions(for: s.language).enumerated().map { ("Question \($0.offset + 1)", $0.element) } : [])
    }

    static func starterLines(_ s: StarterSet) -> [(label: Phrase, text: String)] {
        s.lesson.enumerated().map { ("End of lesson \($0.offset + 1)", $0.element) }
            + [("Artifact: succeeding", s.artifact.succeeding), ("Artifact: challenged", s.artifact.challenged),
               ("Artifact: future", s.artifact.future)]
            + s.opening.enumerated().map { ("Opening \($0.offset + 1)", $0.element) }
            + s.closing.enumerated().map { ("Closing \($0.offset + 1)", $0.element) }
    }

    /// The class's own criteria and questions are edited on their own lines of Settings, in the class's language.
    static func translates(_ s: StarterSet, _ c: Classroom) -> Bool { s.language != (c.language ?? "en") }

    static func set(_ base: StarterSet, replacing index: Int, with text: String, in c: Classroom) -> StarterSet {
        let starters = starterLines(base).count
        guard index >= starters else { return setStarter(base, replacing: index, with: text) }
        var s = base
        var criteria = c.successCriteria(for: base.language)
        var questions = c.probingQuestions(for: base.language)
        if index - starters < criteria.count {
            criteria[index - starters].text = text
            s.successCriteria = criteria
        } else if index - starters - criteria.count < questions.count {
            questions[index - starters - criteria.count] = text
            s.probingQuestions = questions
        }
        return s
    }

    static func setStarter(_ base: StarterSet, replacing index: Int, with text: String) -> StarterSet {
        var s = base
        var i = index
        if i < s.lesson.count { s.lesson[i] = text; return s }
        i -= s.lesson.count
        switch i {
        case 0: s.artifact.succeeding = text; return s
        case 1: s.artifact.challenged = text; return s
        case 2: s.artifact.future = text; return s
        default: break
        }
        i -= 3
        if i < s.opening.count { s.opening[i] = text; return s }
        i -= s.opening.count
        if i < s.closing.count { s.closing[i] = text }
        return s
    }
}

