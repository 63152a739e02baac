import LearnerLedCore
import TerminalKit

/// The wall: the notes in conference order on the left; the class rules, the checklist and the rehearsals on the right.
extension WallScreen {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let (wallRect, sideRect) = body.splitLeft(PortfolioLayout.split(body.width))
        Widgets.box(&canvas, wallRect, title: state.tr("Sticky wall") + " — \(state.displayName(student))")
        renderNotes(state, body, wallRect.inset(dx: 2, dy: 1), &canvas)
        Widgets.box(&canvas, sideRect, title: state.tr("Class rules"))
        let side = sideRect.inset(dx: 2, dy: 1)
        var y = renderRules(state, side, &canvas) + 1
        guard let r = readiness, y + 3 < side.maxY else { return }
        y = renderReadiness(r, state.strings, Rect(x: side.x, y: y, width: side.width, height: side.maxY - y), &canvas)
        if let record = state.portfolios[student]?.conference, record.status == .done, y + 1 < side.maxY {
            let next = record.nextSteps.isEmpty ? "" : " " + state.tr("Next: \(record.nextSteps.joined(separator: "; "))")
            y += Widgets.paragraph(&canvas, Rect(x: side.x, y: y, width: side.width, height: min(3, side.maxY - y)),
                                   "✓ " + state.tr("Conference done \(record.finishedAt.map { Day($0).shortTitle(state.strings) } ?? "").") + next,
                                   slot: .success) + 1
        }
        renderRehearsals(state, Rect(x: side.x, y: y, width: side.width, height: side.maxY - y), &canvas)
    }

    private func renderNotes(_ state: AppState, _ body: Rect, _ inner: Rect, _ canvas: inout Canvas) {
        if notes.isEmpty {
            let space = PortfolioScreen(studentID: student).key(.toggleNote, state)
            Widgets.paragraph(&canvas, inner, state.tr("No sticky notes yet. In your portfolio, press \(space) on an artifact you want to share."),
                              slot: .muted)
        }
        guard let portfolio = state.portfolios[student] else { return }
        let visible = Self.visibleNotes(body)
        let top = cursor.firstRow(visible: visible, count: notes.count)
        for (offset, _) in notes.dropFirst(top).prefix(visible).enumerated() {
            let index = top + offset
            guard let artifact = artifact(at: index, in: portfolio), let note = artifact.stickyNote else { continue }
            let y = inner.y + offset * Self.noteHeight
            let selected = index == cursor.selected
            if selected { canvas.fill(Rect(x: inner.x - 1, y: y, width: inner.width + 2, height: Self.noteHeight - 1), .selection) }
            let reasonSlot: Slot = selected ? .selection : note.reason == .strength ? .strength : .challenge
            var x = canvas.text("\(index + 1) ● " + (note.reason == .strength ? state.tr("strength") : state.tr("challenge")), x: inner.x, y: y, slot: reasonSlot)
            if let subject = state.classroom?.subject(artifact.subjectID) {
                x = canvas.text("  \(subject.symbol) \(subject.name)", x: x, y: y, slot: selected ? .selection : .muted,
                                limit: inner.maxX - x, ellipsis: true)
            }
            canvas.text(artifact.title, x: inner.x + 2, y: y + 1, slot: selected ? .selection : .text, limit: inner.width - 2, ellipsis: true)
            let said = artifact.reflection.completedParts
            let words = note.words.isEmpty ? "" : " · “\(note.words)”"
            canvas.text((said == 3 ? state.tr("ready to say") + " ✓" : state.tr("written \(said) of 3 parts")) + words, x: inner.x + 2, y: y + 2,
                        slot: selected ? .selection : (said == 3 ? .success : .muted), limit: inner.width - 2, ellipsis: true)
        }
    }

    /// Each rule met ✓ or said in plain words. Returns the next free row.
    private func renderRules(_ state: AppState, _ side: Rect, _ canvas: inout Canvas) -> Int {
        var y = side.y
        if rules.isEmpty, y < side.maxY {
            canvas.text(state.tr("The class has no rules yet."), x: side.x, y: y, slot: .muted, limit: side.width)
            y += 1
        }
        for rule in rules where y < side.maxY {
            canvas.text(rule.isMet ? "✓ " : "• ", x: side.x, y: y, slot: rule.isMet ? .success : .warning)
            y += Widgets.paragraph(&canvas, Rect(x: side.x + 2, y: y, width: side.width - 2, height: min(3, side.maxY - y)),
                                   rule.message, slot: rule.isMet ? .muted : .warning)
        }
        if let agreed = state.classroom?.boundaries.agreedOn, y < side.maxY {
            canvas.text(state.tr("Agreed together on \(agreed.longTitle(state.strings))"), x: side.x, y: y, slot: .muted, limit: side.width, ellipsis: true)
            y += 1
        }
        return y
    }

    /// The checklist for the conference. Returns the next free row.
    private func renderReadiness(_ r: Readiness, _ tr: Strings, _ rect: Rect, _ canvas: inout Canvas) -> Int {
        canvas.text(tr("Ready for the conference?"), x: rect.x, y: rect.y, slot: .title, limit: rect.width)
        let checks = [
            (r.notesChosen > 0, tr("Notes chosen: \(r.notesChosen)")),
            (r.rulesMet, r.rulesMet ? tr("Class rules met") : tr("Class rules: \(r.rulesUnmet) to meet")),
            (r.notesChosen > 0 && r.reflectionsComplete == r.notesChosen, tr("Notes ready to say: \(r.reflectionsComplete) of \(r.notesChosen)")),
        ]
        for (i, (done, text)) in checks.enumerated() {
            canvas.text((done ? "✓ " : "• ") + text, x: rect.x, y: rect.y + 1 + i, slot: done ? .success : .text, limit: rect.width,
                        ellipsis: true)
        }
        return rect.y + checks.count + 2
    }

    private func renderRehearsals(_ state: AppState, _ rect: Rect, _ canvas: inout Canvas) {
        guard let summary = state.summaries[student], rect.height > 0 else { return }
        let rehearse = key(.rehearse, state)
        canvas.text(summary.rehearsals == 0 ? state.tr("Not rehearsed yet — press \(rehearse)") : state.tr("Rehearsed \(count: summary.rehearsals) times"), x: rect.x, y: rect.y,
                    slot: summary.rehearsals == 0 ? .muted : .title, limit: rect.width, ellipsis: true)
        // Every rehearsal with its feedback, newest first: each whole, as many as fit, then how many more.
        let finished = Array((state.portfolios[student]?.rehearsals ?? []).enumerated().filter { $0.element.isFinished }.reversed())
        var y = rect.y + 1
        for (shown, (number, r)) in finished.enumerated() {
            let when = Day(r.startedAt).shortTitle(state.strings)
            var block = ["\(number + 1). \(when), " + r.partner.describe(r.partnerName, state.strings)]
            let said = [r.workedWell, r.tryNext].filter { !$0.isEmpty }.map { "“\($0)”" }
                + (r.teacherFeedback ?? []).map { state.tr("Teacher: “\($0.text)”") }
            block += said.flatMap { Wrap.lines($0, width: rect.width - 2).map { "  " + $0 } }
            let more = shown < finished.count - 1
            guard shown == 0 || y + block.count + (more ? 1 : 0) <= rect.maxY else {
                if y < rect.maxY {
                    canvas.text(state.tr("… and \(finished.count - shown) earlier"), x: rect.x, y: y, slot: .muted, limit: rect.width)
                }
                break
            }
            for (i, line) in block.enumerated() where y < rect.maxY {
                canvas.text(line, x: rect.x, y: y, slot: i == 0 ? .text : .muted, limit: rect.width, ellipsis: true)
                y += 1
            }
        }
    }
}
