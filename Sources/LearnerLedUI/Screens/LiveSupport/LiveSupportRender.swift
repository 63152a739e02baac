import Foundation
import LearnerLedCore
import TerminalKit

/// The live view in parts: the top line with the timer, the agenda with the criteria, the "now" pane with the
/// child's words and the questions, and the note line.
extension LiveSupportScreen {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        guard let classroom = state.classroom else { return }
        let p = state.portfolios[student]
        let record = p?.conference ?? ConferenceRecord()
        renderTopLine(state, classroom, record, body, &canvas)

        let panels = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 2)
        let (leftRect, rightRect) = panels.splitLeft(max(26, panels.width * 36 / 100))
        Widgets.box(&canvas, leftRect, title: state.tr("Agenda"), border: focus == .agenda ? .accent : .border)
        Widgets.box(&canvas, rightRect, title: state.tr("Now"), border: .border)
        renderAgenda(p, record, Self.criteria(state, classroom), state.strings, leftRect.inset(dx: 1, dy: 1), &canvas)
        let right = rightRect.inset(dx: 2, dy: 1)
        var y = renderNow(p, state.strings, right, &canvas)
        y = renderQuestions(state, classroom, record, Rect(x: right.x, y: y, width: right.width, height: right.maxY - y), &canvas)
        renderReflections(state, Rect(x: right.x, y: y, width: right.width, height: right.maxY - y), &canvas)
        renderNoteLine(state, Rect(x: body.x, y: body.maxY - 1, width: body.width, height: 1), &canvas)
    }

    /// Who, and the slot timer with a quiet warning near the end.
    private func renderTopLine(_ state: AppState, _ classroom: Classroom, _ record: ConferenceRecord, _ body: Rect,
                               _ canvas: inout Canvas) {
        let family = record.attendees.isEmpty ? "" : " · " + state.tr("with \(record.attendees.joined(separator: ", "))")
        canvas.text(" " + state.tr("Conference") + " · \(state.displayName(student))\(family)", x: body.x, y: body.y, slot: .title,
                    limit: body.width - 24, ellipsis: true)
        let slot = classroom.conference.slotMinutes * 60
        let elapsed = elapsed(at: state.clock)
        let timer = "⏱ \(clockText(elapsed)) of \(clockText(slot)) \(timerStartedAt == nil ? "⏸" : "▶") "
        let timerSlot: Slot = elapsed >= slot ? .error : elapsed >= slot - 120 ? .warning : .muted
        canvas.text(timer, x: body.maxX - DisplayWidth.of(timer), y: body.y, slot: timerSlot)
    }

    /// Covered ✓, the student's place ▶, the teacher's place highlighted; the success criteria below.
    private func renderAgenda(_ p: Portfolio?, _ record: ConferenceRecord, _ criteria: [SuccessCriterion], _ tr: Strings, _ left: Rect,
                              _ canvas: inout Canvas) {
        let studentStep = steps.indices.contains(record.currentStep) ? steps[record.currentStep] : nil
        let studentClosing: Bool = { if case .closing? = studentStep?.kind { return true } else { return false } }()
        let agendaHeight = max(1, left.height - criteria.count - 1)
        let entries: [(ArtifactID?, String)] = agendaRows.indices.map { i in
            (agendaRows[i].artifactID, p.flatMap { agendaArtifact(i, in: $0)?.title } ?? "")
        } + [(nil, tr("Closing"))]
        let top = ListScroll.offset(selected: agendaIndex, current: 0, visible: agendaHeight, count: entries.count)
        for (offset, (id, title)) in entries.dropFirst(top).prefix(agendaHeight).enumerated() {
            let index = top + offset
            let row = Rect(x: left.x, y: left.y + offset, width: left.width, height: 1)
            let selected = index == agendaIndex && focus != .criteria
            if selected { canvas.fill(row, .selection) }
            let here = id == nil ? studentClosing : id == studentStep?.artifactID
            let covered = id.map(record.artifactsCovered.contains) ?? false
            let mark = here ? "▶" : covered ? "✓" : " "
            let number = id == nil ? "  " : "\(index + 1) "
            canvas.text("\(mark) \(number)\(title)", in: row, slot: selected ? .selection : here ? .accent : covered ? .success : .text)
        }
        let y = left.y + agendaHeight
        canvas.text(tr("Success criteria (Tab)"), x: left.x, y: y, slot: focus == .criteria ? .accent : .title, limit: left.width)
        for (i, c) in criteria.enumerated() where y + 1 + i < left.maxY {
            let seen = record.criteriaSeen.contains(c.id)
            let row = Rect(x: left.x, y: y + 1 + i, width: left.width, height: 1)
            let focused = focus == .criteria && i == criterionIndex
            if focused { canvas.fill(row, .selection) }
            canvas.text((seen ? "✓ " : "· ") + c.text, in: row, slot: focused ? .selection : seen ? .success : .muted)
        }
    }

    /// The artifact at the teacher's place, with the words the child prepared. Returns the next free row.
    private func renderNow(_ p: Portfolio?, _ tr: Strings, _ right: Rect, _ canvas: inout Canvas) -> Int {
        var y = right.y
        guard let artifact = p.flatMap({ agendaArtifact(agendaIndex, in: $0) }) else {
            canvas.text(agendaIndex >= agendaRows.count ? tr("Closing: goals, and questions from the family") : tr("No artifacts chosen"),
                        x: right.x, y: y, slot: .title, limit: right.width)
            return y + 1
        }
        canvas.text(artifact.title, x: right.x, y: y, slot: .title, limit: right.width, ellipsis: true)
        y += 1
        if let note = artifact.stickyNote {
            let words = note.words.isEmpty ? "" : " — “\(note.words)”"
            canvas.text("● " + (note.reason == .strength ? tr("strength") : tr("challenge")) + words, x: right.x, y: y, slot: note.reason == .strength ? .strength : .challenge,
                        limit: right.width, ellipsis: true)
            y += 1
        }
        let labels: [ReflectionPart: String] = [.succeeding: tr("Succeeding:"), .challenged: tr("Challenged:"), .future: tr("Next:")]
        let partLines = max(1, (right.height - 14) / 3)
        for part in ReflectionPart.order(for: artifact.stickyNote?.reason) {
            let words = artifact.reflection[part]
            canvas.text(labels[part]!, x: right.x, y: y, slot: .muted)
            y += Widgets.paragraph(&canvas, Rect(x: right.x + 12, y: y, width: right.width - 12, height: partLines),
                                   words.isEmpty ? tr("(not written)") : words, slot: words.isEmpty ? .muted : .text)
        }
        return y
    }

    /// The questions on number keys, the pinned ones first (★), the used ones ticked. Returns the next free row.
    private func renderQuestions(_ state: AppState, _ classroom: Classroom, _ record: ConferenceRecord, _ rect: Rect,
                                 _ canvas: inout Canvas) -> Int {
        let pinned = state.teacherNotes[student]?.pinnedQuestions ?? []
        let questions = Self.questions(pinned: pinned, bank: bank(classroom))
        var y = rect.y
        canvas.text(state.tr("Questions"), x: rect.x, y: y, slot: .title)
        y += 1
        let shown = Array(questions.prefix(Self.questionKeys))
        for (i, q) in shown.enumerated() where y < rect.maxY - 1 {
            let used = record.questionsUsed.contains(q)
            let number = i == 9 ? "0" : "\(i + 1)"
            // A question takes a second row when the rows left can still give every later one its own.
            let lines = Wrap.lines(q, width: rect.width - 4)
            let spare = (rect.maxY - 1 - y) - (shown.count - i)
            let rows = lines.count > 1 && spare >= 1 ? 2 : 1
            for (row, line) in lines.prefix(rows).enumerated() {
                let cut = row == rows - 1 && lines.count > rows
                let prefix = row == 0 ? "\(number)\(used ? "✓" : pinned.contains(q) ? "★" : " ") " : "   "
                canvas.text(prefix + line + (cut ? "…" : ""), x: rect.x, y: y, slot: used ? .success : .text, limit: rect.width,
                            ellipsis: true)
                y += 1
            }
        }
        return y
    }

    /// The teacher's own reflections: only ever drawn here, in the teacher's session.
    private func renderReflections(_ state: AppState, _ rect: Rect, _ canvas: inout Canvas) {
        guard rect.height > 0 else { return }
        let mine = state.teacherNotes[student]?.reflections ?? ""
        let write = PortfolioScreen(studentID: student).key(.editTeacherNotes, state)
        canvas.text(state.tr("Mine:"), x: rect.x, y: rect.y, slot: .title)
        Widgets.paragraph(&canvas, Rect(x: rect.x + 6, y: rect.y, width: rect.width - 6, height: rect.height),
                          mine.isEmpty ? state.tr("(none yet — \(write) in the portfolio writes them)") : mine, slot: mine.isEmpty ? .muted : .text)
    }

    private func renderNoteLine(_ state: AppState, _ row: Rect, _ canvas: inout Canvas) {
        if focus == .note {
            canvas.text(" " + state.tr("Note:") + " ", x: row.x, y: row.y, slot: .accent)
            Widgets.field(&canvas, Rect(x: row.x + 7, y: row.y, width: row.width - 8, height: 1), note, focused: true)
        } else {
            let count = state.teacherNotes[student]?.conferenceNotes.count ?? 0
            let write = key(.writeNote, state)
            canvas.text(" " + state.tr("\(write) writes a note (teacher-only) · \(count: count) notes so far"), in: row, slot: .muted)
        }
    }
}
