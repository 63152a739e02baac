import Foundation
import LearnerLedCore
import TerminalKit

func renderJournal(_ s: JournalState, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let p = state.portfolios[s.studentID]
    let (listRect, detailRect) = body.splitLeft(Layout.portfolioSplit(body.width))
    Widgets.box(&canvas, listRect, title: "Journal — \(state.displayName(s.studentID))")
    let inner = listRect.inset(dx: 1, dy: 1)
    FindLine.render(s.filter, filtering: s.filtering, hint: " w writes · / finds by words, starter or subject", in: inner, &canvas)
    if s.rows.isEmpty {
        let text = s.filter.text.isEmpty ? "No reflections yet. Press w at the end of a lesson." : "Nothing matches “\(s.filter.text)”."
        Widgets.paragraph(&canvas, Rect(x: inner.x + 1, y: inner.y + 2, width: inner.width - 2, height: 2), text, slot: .muted)
    }
    let byID = Dictionary((p?.journal ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for (offset, id) in s.rows.dropFirst(s.scroll).prefix(Layout.journalRows(canvas.height)).enumerated() {
        guard let e = byID[id] else { continue }
        let index = s.scroll + offset
        let row = Rect(x: inner.x, y: inner.y + 1 + offset, width: inner.width, height: 1)
        let selected = index == s.selected
        if selected { canvas.fill(row, .selection) }
        let symbol = e.subjectID.flatMap { state.classroom?.subject($0)?.symbol } ?? "·"
        var x = canvas.text(" \(Day(e.date).shortTitle.padding(toLength: 7, withPad: " ", startingAt: 0)) \(symbol) ",
                            x: row.x, y: row.y, slot: selected ? .selection : .muted)
        x = canvas.text(e.starter + " ", x: x, y: row.y, slot: selected ? .selection : .accent, limit: row.maxX - x, ellipsis: true)
        canvas.text(e.words, x: x, y: row.y, slot: selected ? .selection : .text, limit: row.maxX - x, ellipsis: true)
    }

    Widgets.box(&canvas, detailRect, title: "The whole entry")
    let detail = detailRect.inset(dx: 2, dy: 1)
    guard s.rows.indices.contains(s.selected), let e = byID[s.rows[s.selected]] else { return }
    var y = detail.y
    canvas.text(Day(e.date).description + (e.subjectID.flatMap { state.classroom?.subject($0) }.map { " · \($0.symbol) \($0.name)" } ?? ""),
                x: detail.x, y: y, slot: .muted, limit: detail.width, ellipsis: true)
    y += 2
    y += Widgets.paragraph(&canvas, Rect(x: detail.x, y: y, width: detail.width, height: detail.maxY - y - 2),
                           "\(e.starter) \(e.words)", slot: .text) + 1
    if let artifact = e.artifactID.flatMap({ p?.artifact($0) }), y < detail.maxY {
        canvas.text("About: \(artifact.title)", x: detail.x, y: y, slot: .accent, limit: detail.width, ellipsis: true)
    }
}

func renderJournalEntry(_ f: JournalForm, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    guard let classroom = state.classroom else { return }
    let starters = classroom.starters(for: classroom.student(f.studentID)?.preferredLanguage).lesson
    let rect = body.inset(dx: 1, dy: 0)
    Widgets.box(&canvas, rect, title: f.original == nil ? "End of the lesson — what I think" : "Change my reflection")
    let inner = rect.inset(dx: 2, dy: 1)
    canvas.text("Pick a starter by its number:", x: inner.x, y: inner.y, slot: f.focus == .starter ? .accent : .text)
    for (i, starter) in starters.enumerated() {
        let row = Rect(x: inner.x, y: inner.y + 1 + i, width: inner.width, height: 1)
        let chosen = i == f.starterIndex
        if chosen, f.focus == .starter { canvas.fill(row, .selection) }
        canvas.text("\(i + 1)  \(starter)", in: row, slot: chosen ? (f.focus == .starter ? .selection : .accent) : .muted)
    }
    var y = inner.y + starters.count + 2
    let starter = starters.indices.contains(f.starterIndex) ? starters[f.starterIndex] : ""
    canvas.text(starter, x: inner.x, y: y, slot: .title, limit: inner.width, ellipsis: true)
    let areaHeight = max(1, min(4, inner.maxY - y - 5))
    Widgets.area(&canvas, Rect(x: inner.x + 2, y: y + 1, width: inner.width - 2, height: areaHeight), f.words, focused: f.focus == .words)
    y += areaHeight + 2
    let subject = f.subjectIndex == 0 ? "—" : "\(classroom.subjects[f.subjectIndex - 1].symbol) \(classroom.subjects[f.subjectIndex - 1].name)"
    canvas.text("Subject", x: inner.x, y: y, slot: f.focus == .subject ? .accent : .text)
    choice(&canvas, Rect(x: inner.x + 14, y: y, width: inner.width - 14, height: 1), subject, focused: f.focus == .subject)
    canvas.text("About", x: inner.x, y: y + 1, slot: f.focus == .artifact ? .accent : .text)
    choice(&canvas, Rect(x: inner.x + 14, y: y + 1, width: inner.width - 14, height: 1), f.artifactChoices[f.artifactIndex].title,
           focused: f.focus == .artifact)
    if let error = f.error, y + 2 < inner.maxY {
        canvas.text("⚠ " + error, x: inner.x, y: y + 2, slot: .warning, limit: inner.width)
    }
}

/// Digits five rows tall, drawn in blocks, for a countdown a whole class can read from the back.
enum BigDigits {
    static let glyphs: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"], "1": [" █ ", "██ ", " █ ", " █ ", "███"],
        "2": ["███", "  █", "███", "█  ", "███"], "3": ["███", "  █", "███", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"], "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"], "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"], "9": ["███", "█ █", "███", "  █", "███"],
        ":": [" ", "█", " ", "█", " "],
    ]

    /// Five lines for the text, each block doubled in width so the digits look square.
    static func lines(_ text: String) -> [String] {
        (0..<5).map { row in
            text.compactMap { glyphs[$0]?[row] }.map { String($0.flatMap { [$0, $0] }) }.joined(separator: "  ")
        }
    }
}

func renderClassReflection(_ s: ClassReflectionState, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    guard let classroom = state.classroom else { return }
    let remaining = s.remaining(at: state.clock)
    let running = s.startedAt != nil
    let done = remaining == 0 && (running || s.secondsLeft == 0)
    Widgets.box(&canvas, body, title: "Reflection time — \(s.minutes) minute\(s.minutes == 1 ? "" : "s")")
    let inner = body.inset(dx: 2, dy: 1)
    let big = BigDigits.lines(clockText(remaining))
    let slot: Slot = done ? .success : remaining <= 60 && running ? .warning : .title
    for (i, line) in big.enumerated() {
        canvas.text(line, x: inner.x + max(0, (inner.width - DisplayWidth.of(line)) / 2), y: inner.y + i, slot: slot)
    }
    var y = inner.y + 6
    let status = done ? "Time is up!" : running ? "Writing time…" : "Space starts · ←→ changes the minutes"
    canvas.text(status, x: inner.x + max(0, (inner.width - DisplayWidth.of(status)) / 2), y: y, slot: done ? .success : .muted)
    y += 2
    if done {
        let roster = classroom.roster
        let wrote = roster.filter { state.wroteToday($0.id) }.map(\.displayName)
        let notYet = roster.filter { !state.wroteToday($0.id) }.map(\.displayName)
        y += Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 3),
                               "Wrote today (\(wrote.count)): " + (wrote.isEmpty ? "nobody yet" : wrote.joined(separator: ", ")),
                               slot: .success) + 1
        Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: max(0, inner.maxY - y)),
                          "Not yet (\(notYet.count)): " + notYet.joined(separator: ", "), slot: .text)
        return
    }
    // The class's anchor chart: the six starters.
    let starters = classroom.starters(for: "en").lesson
    let columns = inner.width >= 70 ? 2 : 1
    let columnWidth = inner.width / columns
    for (i, starter) in starters.enumerated() {
        let x = inner.x + (i / ((starters.count + columns - 1) / columns)) * columnWidth
        let row = y + i % ((starters.count + columns - 1) / columns)
        guard row < inner.maxY else { continue }
        canvas.text("\(i + 1)  \(starter)", x: x + 2, y: row, slot: .accent, limit: columnWidth - 2, ellipsis: true)
    }
}
