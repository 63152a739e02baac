import LearnerLedCore
import TerminalKit

/// The sticky wall: chosen artifacts in conference order on the left, the class rules and a checklist on the right.
func renderPrepare(_ s: PrepareState, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let portfolio = state.portfolios[s.studentID]
    let (wallRect, sideRect) = body.splitLeft(Layout.portfolioSplit(body.width))
    Widgets.box(&canvas, wallRect, title: "Sticky wall — \(state.displayName(s.studentID))")
    let inner = wallRect.inset(dx: 2, dy: 1)
    if s.notes.isEmpty {
        Widgets.paragraph(&canvas, inner, "No sticky notes yet. In your portfolio, press Space on an artifact you want to share.",
                          slot: .muted)
    }
    let noteHeight = 4
    let visible = max(1, inner.height / noteHeight)
    let top = ListScroll.offset(selected: s.selected, current: 0, visible: visible, count: s.notes.count)
    for (offset, _) in s.notes.dropFirst(top).prefix(visible).enumerated() {
        let index = top + offset
        guard let portfolio, let artifact = s.artifact(at: index, in: portfolio), let note = artifact.stickyNote else { continue }
        let y = inner.y + offset * noteHeight
        let selected = index == s.selected
        let rect = Rect(x: inner.x - 1, y: y, width: inner.width + 2, height: noteHeight - 1)
        if selected { canvas.fill(rect, .selection) }
        let reasonSlot: Slot = selected ? .selection : note.reason == .strength ? .strength : .challenge
        let base: Slot = selected ? .selection : .text
        var x = canvas.text("\(index + 1) ● \(note.reason.rawValue)", x: inner.x, y: y, slot: reasonSlot)
        if let subject = state.classroom?.subject(artifact.subjectID) {
            x = canvas.text("  \(subject.symbol) \(subject.name)", x: x, y: y, slot: selected ? .selection : .muted,
                            limit: inner.maxX - x, ellipsis: true)
        }
        canvas.text(artifact.title, x: inner.x + 2, y: y + 1, slot: base, limit: inner.width - 2, ellipsis: true)
        let said = artifact.reflection.completedParts
        let words = note.words.isEmpty ? "" : " · “\(note.words)”"
        canvas.text((said == 3 ? "ready to say ✓" : "said \(said) of 3") + words, x: inner.x + 2, y: y + 2,
                    slot: selected ? .selection : (said == 3 ? .success : .muted), limit: inner.width - 2, ellipsis: true)
    }

    Widgets.box(&canvas, sideRect, title: "Class rules")
    let side = sideRect.inset(dx: 2, dy: 1)
    var y = side.y
    if s.rules.isEmpty, y < side.maxY {
        canvas.text("The class has no rules yet.", x: side.x, y: y, slot: .muted, limit: side.width)
        y += 1
    }
    for rule in s.rules where y < side.maxY {
        let mark = rule.isMet ? "✓ " : "• "
        canvas.text(mark, x: side.x, y: y, slot: rule.isMet ? .success : .warning)
        y += Widgets.paragraph(&canvas, Rect(x: side.x + 2, y: y, width: side.width - 2, height: min(3, side.maxY - y)),
                               rule.message, slot: rule.isMet ? .muted : .warning)
    }
    if let agreed = state.classroom?.boundaries.agreedOn, y < side.maxY {
        canvas.text("Agreed together on \(agreed)", x: side.x, y: y, slot: .muted, limit: side.width, ellipsis: true)
        y += 1
    }
    y += 1
    guard let r = s.readiness, y + 3 < side.maxY else { return }
    canvas.text("Ready for the conference?", x: side.x, y: y, slot: .title, limit: side.width)
    let checks = [
        (r.notesChosen > 0, "Notes chosen: \(r.notesChosen)"),
        (r.rulesMet, r.rulesMet ? "Class rules met" : "Class rules: \(r.rulesUnmet) to meet"),
        (r.notesChosen > 0 && r.reflectionsComplete == r.notesChosen, "What I'll say: \(r.reflectionsComplete) of \(r.notesChosen)"),
    ]
    for (i, (done, text)) in checks.enumerated() {
        canvas.text((done ? "✓ " : "• ") + text, x: side.x, y: y + 1 + i, slot: done ? .success : .text, limit: side.width,
                    ellipsis: true)
    }
    y += checks.count + 2
    if let record = portfolio?.conference, record.status == .done, y + 1 < side.maxY {
        let next = record.nextSteps.isEmpty ? "" : " Next: " + record.nextSteps.joined(separator: "; ")
        y += Widgets.paragraph(&canvas, Rect(x: side.x, y: y, width: side.width, height: min(3, side.maxY - y)),
                               "✓ Conference done \(record.finishedAt.map { Day($0).shortTitle } ?? "")." + next, slot: .success) + 1
    }
    guard let summary = state.summaries[s.studentID], y < side.maxY else { return }
    let times = summary.rehearsals == 1 ? "once" : "\(summary.rehearsals) times"
    canvas.text(summary.rehearsals == 0 ? "Not rehearsed yet — press r" : "Rehearsed \(times)", x: side.x, y: y,
                slot: summary.rehearsals == 0 ? .muted : .title, limit: side.width, ellipsis: true)
    if let last = summary.lastRehearsal, y + 1 < side.maxY {
        let feedback = [last.workedWell, last.tryNext].filter { !$0.isEmpty }.map { "“\($0)”" }.joined(separator: " ")
        Widgets.paragraph(&canvas, Rect(x: side.x, y: y + 1, width: side.width, height: min(3, side.maxY - y - 1)),
                          "Last, \(last.partner.describe(last.partnerName)): \(feedback)", slot: .muted)
    }
}

func renderStickyNote(_ f: StickyNoteForm, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let rect = body.centered(width: min(body.width - 4, 64), height: 9)
    canvas.fill(rect, .background)
    Widgets.box(&canvas, rect, title: f.isNew ? "A sticky note" : "Change the sticky note", border: .accent)
    let inner = rect.inset(dx: 2, dy: 1)
    canvas.text("“\(f.artifact.title)”", in: inner.row(0), slot: .title)
    canvas.text("Why share it?", x: inner.x, y: inner.y + 2, slot: f.focus == .reason ? .accent : .text)
    var x = inner.x + 15
    for reason in StickyNote.Reason.allCases {
        let chosen = f.reason == reason
        let label = reason == .strength ? " s  a strength " : " c  a challenge "
        let slot: Slot = chosen ? (f.focus == .reason ? .selection : (reason == .strength ? .strength : .challenge)) : .muted
        x = canvas.text((chosen ? "●" : "○") + label, x: x, y: inner.y + 2, slot: slot) + 1
    }
    canvas.text("A few words", x: inner.x, y: inner.y + 4, slot: f.focus == .words ? .accent : .text)
    Widgets.field(&canvas, Rect(x: inner.x + 15, y: inner.y + 4, width: inner.width - 15, height: 1), f.words,
                  focused: f.focus == .words, placeholder: "e.g. I'm proud of my graph")
    canvas.text("Enter puts it on · Esc cancels", x: inner.x, y: inner.y + 6, slot: .muted, limit: inner.width)
}

func renderReflection(_ f: ReflectionForm, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let starters = state.classroom?.starters(for: state.classroom?.student(f.studentID)?.preferredLanguage).artifact
        ?? Defaults.english.artifact
    let rect = body.inset(dx: 1, dy: 0)
    Widgets.box(&canvas, rect, title: "What I will say about “\(f.artifact.title)”")
    let inner = rect.inset(dx: 2, dy: 1)
    if let note = f.artifact.stickyNote {
        let words = note.words.isEmpty ? "" : " — “\(note.words)”"
        canvas.text("● I chose it to show a \(note.reason.rawValue)\(words)", x: inner.x, y: inner.y,
                    slot: note.reason == .strength ? .strength : .challenge, limit: inner.width, ellipsis: true)
    }
    // Two rows of header, a row of progress, and for each part a starter line, its text and a gap.
    let areaHeight = max(1, min(4, (inner.height - 3) / 3 - 2))
    var y = inner.y + 2
    for (i, part) in f.parts.enumerated() {
        let starter = starters[part]
        let focused = i == f.focus
        canvas.text(starter, x: inner.x, y: y, slot: focused ? .accent : .title, limit: inner.width, ellipsis: true)
        Widgets.area(&canvas, Rect(x: inner.x + 2, y: y + 1, width: inner.width - 2, height: areaHeight), f.editor(part),
                     focused: focused)
        y += areaHeight + 2
    }
    let done = f.reflection.completedParts
    if y < inner.maxY {
        canvas.text("\(done) of 3 written · Enter goes on to the next, and keeps it after the last", x: inner.x,
                    y: y - 1, slot: done == 3 ? .success : .muted, limit: inner.width, ellipsis: true)
    }
}

func renderBoundaries(_ f: BoundariesForm, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let subjects = state.classroom?.subjects ?? []
    let rect = body.inset(dx: 1, dy: 0)
    Widgets.box(&canvas, rect, title: "Class rules for choosing what to share")
    let inner = rect.inset(dx: 2, dy: 1)
    let labelWidth = 34
    var y = inner.y
    for (i, field) in f.fields.enumerated() where y < inner.maxY - 1 {
        let focused = i == f.focus
        let valueRect = Rect(x: inner.x + labelWidth, y: y, width: min(12, inner.width - labelWidth), height: 1)
        switch field {
        case .maxPerSubject, .minTotal, .maxTotal, .agreedOn:
            let (label, editor, hint): (String, TextEditor, String) = switch field {
            case .maxPerSubject: ("At most, from one subject", f.maxPerSubject, "no limit")
            case .minTotal: ("At least, in all", f.minTotal, "no limit")
            case .maxTotal: ("At most, in all", f.maxTotal, "no limit")
            default: ("Agreed with the class on", f.agreedOn, "2026-10-06")
            }
            if field == .agreedOn { y += 1 }
            canvas.text(label, x: inner.x, y: y, slot: focused ? .accent : .text, limit: labelWidth - 1)
            Widgets.field(&canvas, Rect(x: valueRect.x, y: y, width: valueRect.width, height: 1), editor, focused: focused,
                          placeholder: hint)
        case .strengthAndChallenge:
            canvas.text("Show a strength and a challenge", x: inner.x, y: y, slot: focused ? .accent : .text, limit: labelWidth - 1)
            choice(&canvas, valueRect, f.strengthAndChallenge ? "✓ yes" : "no", focused: focused)
        case .required(let n):
            if n == 0 {
                canvas.text("Must include one from:", x: inner.x, y: y, slot: .text)
                y += 1
            }
            let subject = subjects[n]
            let on = f.required.contains(subject.id)
            canvas.text("  \(on ? "[✓]" : "[ ]") \(subject.symbol) \(subject.name)", x: inner.x, y: y,
                        slot: focused ? .selection : (on ? .accent : .text), limit: labelWidth + 10)
        }
        y += 1
    }
    let message = f.error.map { "⚠ " + $0 } ?? "Tab moves · Space or ←→ ticks · Enter keeps the rules · Esc leaves them as they were"
    canvas.text(message, x: inner.x, y: inner.maxY - 1, slot: f.error == nil ? .muted : .warning, limit: inner.width, ellipsis: true)
}
