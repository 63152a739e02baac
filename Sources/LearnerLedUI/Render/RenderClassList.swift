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
    // The last-activity column only where there is room; the conference column always.
    let countWidth = 9, notesWidth = 5, preparedWidth = 18, practisedWidth = 9, conferenceWidth = 10
    let lastWidth = inner.width >= 96 ? 8 : 0
    let nameWidth = max(10, inner.width - countWidth - notesWidth - preparedWidth - practisedWidth - conferenceWidth
                        - (lastWidth > 0 ? lastWidth + 1 : 0) - 5)
    var columns = [(nameWidth, "Name"), (countWidth, "Artifacts"), (notesWidth, "Notes"), (preparedWidth, "Prepared"),
                   (practisedWidth, "Practised"), (conferenceWidth, "Conference")]
    if lastWidth > 0 { columns.append((lastWidth, "Last")) }
    var x = inner.x
    for (w, title) in columns {
        canvas.text(title, x: x, y: inner.y + 1, slot: .title, limit: w)
        x += w + 1
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
        let slot: Slot = selected ? .selection : .text
        var x = inner.x
        canvas.text(entry.displayName, x: x, y: row.y, slot: slot, limit: nameWidth, ellipsis: true)
        x += nameWidth + 1
        if let problem = state.unreadable[entry.id] {
            canvas.text(problem.documentIsUnreadable ? "⚠ cannot be read" : "⚠", x: x, y: row.y,
                        slot: selected ? .selection : .warning, limit: inner.maxX - x)
            continue
        }
        guard let summary = state.summaries[entry.id] else {
            canvas.text("…", x: x + countWidth - 1, y: row.y, slot: selected ? .selection : .muted)
            continue
        }
        let count = String(summary.artifacts)
        canvas.text(count, x: x + countWidth - count.count, y: row.y, slot: slot)
        x += countWidth + 1
        let readiness = summary.readiness
        let notes = readiness.notesChosen == 0 ? "—" : String(readiness.notesChosen)
        canvas.text(notes, x: x + notesWidth - notes.count, y: row.y, slot: slot)
        x += notesWidth + 1
        let preparedSlot: Slot = selected ? .selection : readiness.isReady ? .success : readiness.notesChosen == 0 ? .muted : .text
        canvas.text(readiness.summary, x: x, y: row.y, slot: preparedSlot, limit: preparedWidth)
        x += preparedWidth + 1
        let practised = summary.rehearsals == 0 ? "—" : "\(summary.rehearsals)×"
        canvas.text(practised, x: x + practisedWidth - 1 - DisplayWidth.of(practised), y: row.y, slot: slot)
        x += practisedWidth + 1
        let conferenceSlot: Slot = selected ? .selection : summary.conference == .done ? .success
            : summary.conference == .inProgress ? .accent : .muted
        canvas.text(summary.conferenceText, x: x, y: row.y, slot: conferenceSlot, limit: conferenceWidth)
        x += conferenceWidth + 1
        if lastWidth > 0 {
            canvas.text(summary.lastActivity?.shortTitle ?? "—", x: x, y: row.y, slot: selected ? .selection : .muted,
                        limit: lastWidth)
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
