import Foundation
import LearnerLedCore
import TerminalKit

/// The live view in parts: the top line (who, and the slot timer kept with the conference), the agenda with the
/// criteria, the "now" pane for the row the teacher is on, the questions, the teacher's notes, and the note line.
extension LiveSupportScreen {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        guard let classroom = state.classroom else { return }
        let p = state.portfolios[student]
        let s = session(p)
        renderTopLine(state, classroom, p, s, body, &canvas)

        let panels = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 2)
        let (leftRect, rightRect) = panels.splitLeft(max(26, panels.width * 36 / 100))
        Widgets.box(&canvas, leftRect, title: state.tr("Agenda"), border: focus == .agenda ? .accent : .border)
        Widgets.box(&canvas, rightRect, title: state.tr("Now"), border: .border)
        renderAgenda(p, s, Self.criteria(state, classroom), state.strings, leftRect.inset(dx: 1, dy: 1), &canvas)
        let right = rightRect.inset(dx: 2, dy: 1)
        var y = renderNow(state, p, s, right, &canvas)
        if !isRehearsal {
            y = renderQuestions(state, classroom, p?.conference ?? ConferenceRecord(), Rect(x: right.x, y: y, width: right.width, height: right.maxY - y), &canvas)
        }
        renderNotes(state, p, Rect(x: right.x, y: y, width: right.width, height: right.maxY - y), &canvas)
        renderNoteLine(state, Rect(x: body.x, y: body.maxY - 1, width: body.width, height: 1), &canvas)
    }

    /// Who, and the time since the child started (kept with the conference, so every terminal shows the same).
    private func renderTopLine(_ state: AppState, _ classroom: Classroom, _ p: Portfolio?, _ s: Session, _ body: Rect,
                               _ canvas: inout Canvas) {
        let name = state.displayName(student)
        let title: String
        let right: String
        var slot: Slot = .muted
        if let r = rehearsal(p) {
            title = state.tr("Rehearsal") + " · \(name) · " + r.partner.describe(r.partnerName, state.strings)
            right = s.isDone ? "✓ " + state.tr("done") : state.tr("step \(min(s.step + 1, max(1, steps.count))) of \(steps.count)")
        } else {
            let who = p?.conference?.attendees ?? []
            title = state.tr("Conference") + " · \(name)" + (who.isEmpty ? "" : " · " + state.tr("with \(who.joined(separator: ", "))"))
            let length = classroom.conference.slotMinutes * 60
            if let start = s.startedAt {
                let elapsed = max(0, Int((s.finishedAt ?? state.clock).timeIntervalSince(start)))
                right = (s.isDone ? "✓ " : "⏱ ") + state.tr("\(clockText(elapsed)) of \(clockText(length))")
                slot = s.isDone ? .success : elapsed >= length ? .error : elapsed >= length - 120 ? .warning : .muted
            } else {
                right = state.tr("not started")
            }
        }
        canvas.text(" " + title, x: body.x, y: body.y, slot: .title, limit: body.width - DisplayWidth.of(right) - 3, ellipsis: true)
        canvas.text(right + " ", x: body.maxX - DisplayWidth.of(right) - 1, y: body.y, slot: slot)
    }

    /// The student's place ▶ (with "2/3" inside an artifact), covered ✓, the teacher's place highlighted; the
    /// success criteria below.
    private func renderAgenda(_ p: Portfolio?, _ s: Session, _ criteria: [SuccessCriterion], _ tr: Strings, _ left: Rect,
                              _ canvas: inout Canvas) {
        let here = studentRow(s)
        let starter = starterPlace(s, in: p)
        let covered = p?.conference?.artifactsCovered ?? []
        let agendaHeight = max(1, left.height - criteria.count - 1)
        let top = ListScroll.offset(selected: agendaIndex, current: 0, visible: agendaHeight, count: rows.count)
        for (offset, row) in rows.enumerated().dropFirst(top).prefix(agendaHeight) {
            let line = Rect(x: left.x, y: left.y + offset - top, width: left.width, height: 1)
            let selected = offset == agendaIndex && focus != .criteria
            if selected { canvas.fill(line, .selection) }
            var text: String
            var isCovered = false
            switch row {
            case .opening: text = "  " + tr("Opening")
            case .closing: text = "  " + tr("Closing")
            case .done: text = "  " + tr("Done")
            case .artifact(let id):
                isCovered = covered.contains(id)
                text = "\(offset) " + (agendaArtifact(id, in: p)?.title ?? "")
                if let starter, starter.artifact == id { text = "\(offset) \(starter.index)/3 " + (agendaArtifact(id, in: p)?.title ?? "") }
            }
            let mark = offset == here ? "▶" : isCovered ? "✓" : " "
            canvas.text(mark + " " + text, in: line, slot: selected ? .selection : offset == here ? .accent : isCovered ? .success : .text)
        }
        let y = left.y + agendaHeight
        canvas.text(tr("Success criteria (Tab)"), x: left.x, y: y, slot: focus == .criteria ? .accent : .title, limit: left.width)
        for (i, c) in criteria.enumerated() where y + 1 + i < left.maxY {
            let seen = s.seen.contains(c.id)
            let row = Rect(x: left.x, y: y + 1 + i, width: left.width, height: 1)
            let focused = focus == .criteria && i == criterionIndex
            if focused { canvas.fill(row, .selection) }
            canvas.text((seen ? "✓ " : "· ") + c.text, in: row, slot: focused ? .selection : seen ? .success : .muted)
        }
    }

    /// What the row the teacher is on holds. Returns the next free row.
    private func renderNow(_ state: AppState, _ p: Portfolio?, _ s: Session, _ rect: Rect, _ canvas: inout Canvas) -> Int {
        let tr = state.strings
        let row = rows.indices.contains(agendaIndex) ? rows[agendaIndex] : .opening
        switch row {
        case .opening, .closing:
            let opening = row == .opening
            canvas.text(opening ? tr("Opening: the welcome and the agenda") : tr("Closing: goals, and questions from the family"),
                        x: rect.x, y: rect.y, slot: .title, limit: rect.width, ellipsis: true)
            var y = rect.y + 1
            for (i, step) in steps.enumerated() where y < rect.y + 7 {
                let matches: Bool = { if case .opening = step.kind { return opening } else if case .closing = step.kind { return !opening } else { return false } }()
                guard matches else { continue }
                let now = !s.isDone && i == s.step
                for (row, line) in Wrap.lines(step.prompt, width: rect.width - 2).prefix(2).enumerated() where y < rect.y + 7 {
                    canvas.text((row == 0 && now ? "▶ " : "  ") + line, x: rect.x, y: y, slot: now ? .accent : .text, limit: rect.width)
                    y += 1
                }
            }
            return y + 1
        case .artifact(let id):
            return renderArtifact(state, p, s, id, rect, &canvas)
        case .done:
            return renderDone(state, p, rect, &canvas)
        }
    }

    private func renderArtifact(_ state: AppState, _ p: Portfolio?, _ s: Session, _ id: ArtifactID, _ rect: Rect,
                                _ canvas: inout Canvas) -> Int {
        let tr = state.strings
        guard let artifact = agendaArtifact(id, in: p) else { return rect.y }
        var y = rect.y
        canvas.text(artifact.title, x: rect.x, y: y, slot: .title, limit: rect.width, ellipsis: true)
        y += 1
        if let note = artifact.stickyNote {
            let words = note.words.isEmpty ? "" : " — “\(note.words)”"
            canvas.text("● " + (note.reason == .strength ? tr("strength") : tr("challenge")) + words, x: rect.x, y: y,
                        slot: note.reason == .strength ? .strength : .challenge, limit: rect.width, ellipsis: true)
            y += 1
        }
        let starter = starterPlace(s, in: p)
        let labels: [ReflectionPart: String] = [.succeeding: tr("Succeeding:"), .challenged: tr("Challenged:"), .future: tr("Next:")]
        let partLines = max(1, (rect.height - 14) / 3)
        for part in ReflectionPart.order(for: artifact.stickyNote?.reason) {
            let words = artifact.reflection[part]
            let saying = starter?.artifact == id && starter?.part == part
            canvas.text((saying ? "▶" : " ") + labels[part]!, x: rect.x, y: y, slot: saying ? .accent : .muted)
            y += Widgets.paragraph(&canvas, Rect(x: rect.x + 13, y: y, width: rect.width - 13, height: partLines),
                                   words.isEmpty ? tr("(not written)") : words, slot: words.isEmpty ? .muted : .text)
        }
        if let starter, starter.artifact == id {
            canvas.text(tr("Saying starter \(starter.index) of 3"), x: rect.x, y: y, slot: .accent, limit: rect.width)
            y += 1
        }
        return y
    }

    /// The end: the agreed next steps and who came, or how the rehearsal went by the child's own checklist.
    private func renderDone(_ state: AppState, _ p: Portfolio?, _ rect: Rect, _ canvas: inout Canvas) -> Int {
        let tr = state.strings
        var lines: [(String, Slot)]
        if let r = rehearsal(p) {
            let seen = r.criteria.values.filter { $0 }.count
            lines = [("✓ " + tr("Rehearsal done"), .success), (tr("The child's checklist: \(seen) of \(r.criteria.count) seen"), .text)]
            if !r.workedWell.isEmpty { lines.append((tr("worked: “\(r.workedWell)”"), .text)) }
            if !r.tryNext.isEmpty { lines.append((tr("try: “\(r.tryNext)”"), .text)) }
        } else {
            let record = p?.conference ?? ConferenceRecord()
            lines = [("✓ " + tr("Conference done") + (record.attendees.isEmpty ? "" : " · " + tr("with \(record.attendees.joined(separator: ", "))")), .success),
                     (tr("Next steps we agreed on"), .title)]
            lines += record.nextSteps.isEmpty ? [(tr("(none written down)"), .muted)] : record.nextSteps.map { ("• " + $0, .text) }
            lines.append((tr("\(key(.open, state)) shows the whole record."), .muted))
        }
        var y = rect.y
        for (text, slot) in lines where y < rect.maxY - 1 {
            y += Widgets.paragraph(&canvas, Rect(x: rect.x, y: y, width: rect.width, height: min(2, rect.maxY - y)), text, slot: slot)
        }
        return y + 1
    }

    /// The questions on number keys, the pinned ones first (★), the used ones ticked. Returns the next free row.
    private func renderQuestions(_ state: AppState, _ classroom: Classroom, _ record: ConferenceRecord, _ rect: Rect,
                                 _ canvas: inout Canvas) -> Int {
        guard rect.height > 2 else { return rect.y }
        let pinned = state.teacherNotes[student]?.pinnedQuestions ?? []
        let questions = Self.questions(pinned: pinned, bank: bank(classroom))
        var y = rect.y
        canvas.text(state.tr("Questions"), x: rect.x, y: y, slot: .title)
        y += 1
        // Leave three rows for the notes below.
        let bottom = max(rect.y + 2, rect.maxY - 3)
        for (i, q) in questions.prefix(Self.questionKeys).enumerated() where y < bottom {
            let used = record.questionsUsed.contains(q)
            let number = i == 9 ? "0" : "\(i + 1)"
            let lines = Wrap.lines(q, width: rect.width - 4)
            for (row, line) in lines.prefix(2).enumerated() where y < bottom {
                let prefix = row == 0 ? "\(number)\(used ? "✓" : pinned.contains(q) ? "★" : " ") " : "   "
                canvas.text(prefix + line, x: rect.x, y: y, slot: used ? .success : .text, limit: rect.width, ellipsis: row == 1 && lines.count > 2)
                y += 1
            }
        }
        return y + 1
    }

    /// The teacher's notes so far, newest last (a conference's are the teacher's own; a rehearsal's feedback is
    /// in its record), and the teacher's reflections about the child.
    private func renderNotes(_ state: AppState, _ p: Portfolio?, _ rect: Rect, _ canvas: inout Canvas) {
        guard rect.height > 1 else { return }
        let notes: [TimedNote] = isRehearsal ? rehearsal(p)?.teacherFeedback ?? [] : state.teacherNotes[student]?.conferenceNotes ?? []
        canvas.text(isRehearsal ? state.tr("My feedback (\(notes.count))") : state.tr("My notes (\(notes.count))"), x: rect.x, y: rect.y, slot: .title)
        var y = rect.y + 1
        if notes.isEmpty {
            let mine = state.teacherNotes[student]?.reflections ?? ""
            let hint = isRehearsal ? state.tr("\(key(.writeNote, state)) writes feedback the child will see with this rehearsal.")
                : mine.isEmpty ? state.tr("\(key(.writeNote, state)) writes a note only you will see.") : state.tr("Mine: \(mine)")
            Widgets.paragraph(&canvas, Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y), hint, slot: .muted)
            return
        }
        // The latest that fit.
        for note in notes.suffix(max(1, rect.maxY - y)) where y < rect.maxY {
            canvas.text(PrintableDocument.time(note.at) + " " + note.text, x: rect.x, y: y, slot: .text, limit: rect.width, ellipsis: true)
            y += 1
        }
    }

    private func renderNoteLine(_ state: AppState, _ row: Rect, _ canvas: inout Canvas) {
        if focus == .note {
            let label = " " + (isRehearsal ? state.tr("Feedback:") : state.tr("Note:")) + " "
            let x = canvas.text(label, x: row.x, y: row.y, slot: .accent)
            Widgets.field(&canvas, Rect(x: x, y: row.y, width: row.maxX - x - 1, height: 1), note, focused: true)
        } else {
            let write = key(.writeNote, state)
            canvas.text(" " + (isRehearsal ? state.tr("\(write) writes feedback for this rehearsal") : state.tr("\(write) writes a note (teacher-only)")),
                        in: row, slot: .muted)
        }
    }
}
