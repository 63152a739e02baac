import LearnerLedCore
import TerminalKit

func renderClassList(_ s: ClassListState, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let roster = state.shownRoster(s)
    let total = state.classroom?.roster.count ?? 0
    Widgets.box(&canvas, body, title: "Students (\(total))" + (s.byNeed ? " · who needs help first" : ""))
    let inner = body.inset(dx: 2, dy: 1)
    // The find line.
    if s.filtering || !s.filter.text.isEmpty {
        canvas.text("Find: ", x: inner.x, y: inner.y, slot: .accent)
        Widgets.field(&canvas, Rect(x: inner.x + 6, y: inner.y, width: min(30, inner.width - 6), height: 1), s.filter,
                      focused: s.filtering)
        canvas.text("\(roster.count) of \(total)", x: inner.x + 38, y: inner.y, slot: .muted)
    } else {
        canvas.text("Choose a student and press Enter to open their portfolio.", in: inner.row(0), slot: .muted)
    }
    let columns = ClassColumn.fitting(inner.width)
    let nameWidth = ClassColumn.nameWidth(inner.width, columns)
    var x = inner.x
    canvas.text("Name", x: x, y: inner.y + 1, slot: .title, limit: nameWidth)
    x += nameWidth + 1
    for column in columns {
        canvas.text(column.title, x: x, y: inner.y + 1, slot: .title, limit: column.width)
        x += column.width + 1
    }
    let rows = Layout.classListRows(canvas.height)
    if roster.isEmpty {
        canvas.text(total == 0 ? "No students yet." : "No student matches “\(s.filter.text)”.", x: inner.x, y: inner.y + 2,
                    slot: .muted, limit: inner.width)
    }
    for (offset, entry) in roster.dropFirst(s.scroll).prefix(rows).enumerated() {
        let index = s.scroll + offset
        let row = Rect(x: body.x + 1, y: inner.y + 2 + offset, width: body.width - 2, height: 1)
        let selected = index == s.selected
        if selected { canvas.fill(row, .selection) }
        var x = inner.x
        canvas.text(entry.displayName, x: x, y: row.y, slot: selected ? .selection : .text, limit: nameWidth, ellipsis: true)
        x += nameWidth + 1
        if let problem = state.unreadable[entry.id] {
            canvas.text(problem.documentIsUnreadable ? "⚠ cannot be read" : "⚠", x: x, y: row.y,
                        slot: selected ? .selection : .warning, limit: inner.maxX - x)
            continue
        }
        guard let summary = state.summaries[entry.id] else {
            canvas.text("…", x: x, y: row.y, slot: selected ? .selection : .muted)
            continue
        }
        for column in columns {
            let (text, slot) = column.cell(summary)
            let shown = selected ? Slot.selection : slot
            if column.alignRight {
                canvas.text(text, x: x + column.width - 1 - DisplayWidth.of(text), y: row.y, slot: shown)
            } else {
                canvas.text(text, x: x, y: row.y, slot: shown, limit: column.width, ellipsis: true)
            }
            x += column.width + 1
        }
    }
    if roster.count > rows {
        canvas.text(" \(s.selected + 1)/\(roster.count) ", x: body.maxX - 12, y: body.maxY - 1, slot: .border)
    }
    // The selected student's last rehearsal, in words, on the last row.
    if roster.indices.contains(s.selected), let last = state.summaries[roster[s.selected].id]?.lastRehearsal {
        let feedback = [last.workedWell.isEmpty ? nil : "worked: “\(last.workedWell)”",
                        last.tryNext.isEmpty ? nil : "try: “\(last.tryNext)”"].compactMap { $0 }.joined(separator: " · ")
        let line = "Last rehearsal \(Day(last.startedAt).shortTitle), \(last.partner.describe(last.partnerName))"
            + (feedback.isEmpty ? "" : " — " + feedback)
        canvas.text(line, x: inner.x, y: inner.maxY - 1, slot: .muted, limit: inner.width, ellipsis: true)
    }
}

func renderTrash(_ s: TrashState, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let items = Array((state.portfolios[s.studentID]?.trash ?? []).reversed())
    Widgets.box(&canvas, body, title: "Trash — \(state.displayName(s.studentID))")
    let inner = body.inset(dx: 2, dy: 1)
    canvas.text(items.isEmpty ? "The trash is empty." : "Things moved to the trash. Press r to put one back.",
                in: inner.row(0), slot: .muted)
    for (offset, artifact) in items.dropFirst(s.scroll).prefix(Layout.trashRows(canvas.height)).enumerated() {
        let index = s.scroll + offset
        let row = Rect(x: body.x + 1, y: inner.y + 1 + offset, width: body.width - 2, height: 1)
        let selected = index == s.selected
        if selected { canvas.fill(row, .selection) }
        let subject = state.classroom?.subject(artifact.subjectID)
        let date = artifact.date.shortTitle.padding(toLength: 7, withPad: " ", startingAt: 0)
        let line = "\(date) \(subject?.symbol ?? "·") \(artifact.title)"
        canvas.text(line, x: inner.x, y: row.y, slot: selected ? .selection : .text, limit: inner.width, ellipsis: true)
    }
}

/// The class list's columns after the name. On a narrow screen the least needed go first, so the name keeps
/// room to be read.
enum ClassColumn: CaseIterable {
    case artifacts, notes, prepared, practised, conference, last

    var title: String {
        switch self {
        case .artifacts: return "Artifacts"
        case .notes: return "Notes"
        case .prepared: return "Prepared"
        case .practised: return "Practised"
        case .conference: return "Conference"
        case .last: return "Last"
        }
    }

    var width: Int {
        switch self {
        case .artifacts: return 9
        case .notes: return 5
        case .prepared: return 18
        case .practised: return 9
        case .conference: return 11
        case .last: return 7
        }
    }

    var alignRight: Bool { self == .artifacts || self == .notes || self == .practised }

    static let minimumName = 16

    static func nameWidth(_ width: Int, _ columns: [ClassColumn]) -> Int {
        width - columns.reduce(0) { $0 + $1.width + 1 } - 1
    }

    static func fitting(_ width: Int) -> [ClassColumn] {
        var columns = allCases
        for drop in [ClassColumn.last, .practised, .notes, .artifacts] where nameWidth(width, columns) < minimumName {
            columns.removeAll { $0 == drop }
        }
        return columns
    }

    func cell(_ s: StudentSummary) -> (String, Slot) {
        let r = s.readiness
        switch self {
        case .artifacts: return (String(s.artifacts), .text)
        case .notes: return (r.notesChosen == 0 ? "—" : String(r.notesChosen), .text)
        case .prepared: return (r.summary, r.isReady ? .success : r.notesChosen == 0 ? .muted : .text)
        case .practised: return (s.rehearsals == 0 ? "—" : "\(s.rehearsals)×", .text)
        case .conference:
            return (s.conferenceText, s.conference == .done ? .success : s.conference == .inProgress ? .accent : .muted)
        case .last: return (s.lastActivity?.shortTitle ?? "—", .muted)
        }
    }
}
