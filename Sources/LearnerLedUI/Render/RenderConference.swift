import Foundation
import LearnerLedCore
import TerminalKit

/// The teacher's view during a conference: what the child planned, where they are, what to ask, what was seen.
func renderLiveSupport(_ s: LiveSupportState, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    guard let classroom = state.classroom else { return }
    let p = state.portfolios[s.studentID]
    let record = p?.conference ?? ConferenceRecord()
    let name = state.displayName(s.studentID)

    // The top line: who, and the slot timer with a quiet warning near the end.
    let family = record.attendees.isEmpty ? "" : " · with \(record.attendees.joined(separator: ", "))"
    canvas.text(" Conference · \(name)\(family)", x: body.x, y: body.y, slot: .title, limit: body.width - 24, ellipsis: true)
    let slot = classroom.conference.slotMinutes * 60
    let elapsed = s.elapsed(at: state.clock)
    let timer = "⏱ \(clockText(elapsed)) of \(clockText(slot)) \(s.timerStartedAt == nil ? "⏸" : "▶") "
    let timerSlot: Slot = elapsed >= slot ? .error : elapsed >= slot - 120 ? .warning : .muted
    canvas.text(timer, x: body.maxX - DisplayWidth.of(timer), y: body.y, slot: timerSlot)

    let panels = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 2)
    let (leftRect, rightRect) = panels.splitLeft(max(26, panels.width * 36 / 100))
    Widgets.box(&canvas, leftRect, title: "Agenda", border: s.focus == .agenda ? .accent : .border)
    Widgets.box(&canvas, rightRect, title: "Now", border: .border)
    let left = leftRect.inset(dx: 1, dy: 1)
    let right = rightRect.inset(dx: 2, dy: 1)

    // Agenda: covered ✓, the student's place ▶, the teacher's place highlighted.
    let studentArtifact = s.steps.indices.contains(record.currentStep) ? s.steps[record.currentStep].artifactID : nil
    let studentClosing = s.steps.indices.contains(record.currentStep) && { if case .closing = s.steps[record.currentStep].kind { return true }; return false }()
    let criteria = classroom.successCriteria
    let agendaRows = max(1, left.height - criteria.count - 1)
    let entries = s.agendaRows.indices.map { i in
        (s.agendaRows[i].artifactID ?? "", p.flatMap { s.agendaArtifact(i, in: $0)?.title } ?? "")
    } + [("", "Closing")]
    let top = ListScroll.offset(selected: s.agendaIndex, current: 0, visible: agendaRows, count: entries.count)
    for (offset, (id, title)) in entries.dropFirst(top).prefix(agendaRows).enumerated() {
        let index = top + offset
        let row = Rect(x: left.x, y: left.y + offset, width: left.width, height: 1)
        let selected = index == s.agendaIndex && s.focus != .criteria
        if selected { canvas.fill(row, .selection) }
        let here = id.isEmpty ? studentClosing : id == studentArtifact
        let covered = record.artifactsCovered.contains(id)
        let mark = here ? "▶" : covered ? "✓" : " "
        let number = id.isEmpty ? "  " : "\(index + 1) "
        canvas.text("\(mark) \(number)\(title)", in: row, slot: selected ? .selection : here ? .accent : covered ? .success : .text)
    }
    var y = left.y + agendaRows
    canvas.text("Success criteria (Tab)", x: left.x, y: y, slot: s.focus == .criteria ? .accent : .title, limit: left.width)
    for (i, c) in criteria.enumerated() where y + 1 + i < left.maxY {
        let seen = record.criteriaSeen.contains(c.id)
        let row = Rect(x: left.x, y: y + 1 + i, width: left.width, height: 1)
        let focused = s.focus == .criteria && i == s.criterionIndex
        if focused { canvas.fill(row, .selection) }
        canvas.text((seen ? "✓ " : "· ") + c.text, in: row, slot: focused ? .selection : seen ? .success : .muted)
    }

    // Now: the artifact at the teacher's place, with the words the child prepared.
    y = right.y
    if let artifact = p.flatMap({ s.agendaArtifact(s.agendaIndex, in: $0) }) {
        canvas.text(artifact.title, x: right.x, y: y, slot: .title, limit: right.width, ellipsis: true)
        y += 1
        if let note = artifact.stickyNote {
            let words = note.words.isEmpty ? "" : " — “\(note.words)”"
            canvas.text("● \(note.reason.rawValue)\(words)", x: right.x, y: y, slot: note.reason == .strength ? .strength : .challenge,
                        limit: right.width, ellipsis: true)
            y += 1
        }
        let labels: [ReflectionPart: String] = [.succeeding: "Succeeding:", .challenged: "Challenged:", .future: "Next:"]
        let partLines = max(1, (right.height - 14) / 3)
        for part in ReflectionPart.order(for: artifact.stickyNote?.reason) {
            let words = artifact.reflection[part]
            canvas.text(labels[part]!, x: right.x, y: y, slot: .muted)
            y += Widgets.paragraph(&canvas, Rect(x: right.x + 12, y: y, width: right.width - 12, height: partLines),
                                   words.isEmpty ? "(not written)" : words, slot: words.isEmpty ? .muted : .text)
        }
    } else {
        canvas.text(s.agendaIndex >= s.agendaRows.count ? "Closing: goals, and questions from the family" : "No artifacts chosen",
                    x: right.x, y: y, slot: .title, limit: right.width)
        y += 1
    }

    // Questions on number keys; used ones ticked.
    let notes = state.teacherNotes[s.studentID]
    let questions = LiveSupportState.questions(pinned: notes?.pinnedQuestions ?? [], bank: classroom.probingQuestions)
    let pinned = Set(notes?.pinnedQuestions ?? [])
    canvas.text("Questions", x: right.x, y: y, slot: .title)
    y += 1
    for (i, q) in questions.prefix(9).enumerated() where y < right.maxY - 1 {
        let used = record.questionsUsed.contains(q)
        canvas.text("\(i + 1)\(used ? "✓" : pinned.contains(q) ? "★" : " ") \(q)", x: right.x, y: y,
                    slot: used ? .success : .text, limit: right.width, ellipsis: true)
        y += 1
    }
    // The teacher's own reflections: only ever drawn here, in the teacher's session.
    if y < right.maxY {
        let text = notes?.reflections.isEmpty == false ? notes!.reflections : "(none yet — T in the portfolio writes them)"
        canvas.text("Mine:", x: right.x, y: y, slot: .title)
        Widgets.paragraph(&canvas, Rect(x: right.x + 6, y: y, width: right.width - 6, height: right.maxY - y), text,
                          slot: notes?.reflections.isEmpty == false ? .text : .muted)
    }

    // The note line.
    let noteRow = Rect(x: body.x, y: body.maxY - 1, width: body.width, height: 1)
    if s.focus == .note {
        canvas.text(" Note: ", x: noteRow.x, y: noteRow.y, slot: .accent)
        Widgets.field(&canvas, Rect(x: noteRow.x + 7, y: noteRow.y, width: noteRow.width - 8, height: 1), s.note, focused: true)
    } else {
        let count = notes?.conferenceNotes.count ?? 0
        canvas.text(" i writes a note (teacher-only) · \(count) note\(count == 1 ? "" : "s") so far", in: noteRow, slot: .muted)
    }
}

func renderConferenceSetup(_ f: ConferenceSetupForm, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let rect = body.centered(width: min(body.width - 4, 70), height: 9)
    Widgets.box(&canvas, rect, title: "My conference", border: .accent)
    let inner = rect.inset(dx: 2, dy: 1)
    canvas.text("Who came? Write their names, with commas between them.", in: inner.row(0), slot: .text)
    Widgets.field(&canvas, Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: 1), f.attendees, focused: true,
                  placeholder: "e.g. Mamá, Papá, Abuela Rosa")
    Widgets.paragraph(&canvas, Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: 2),
                      "Enter starts. You lead: → goes on, ← goes back. Your teacher is here to help.", slot: .muted)
}

func renderConferenceClose(_ f: ConferenceCloseForm, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let rect = body.centered(width: min(body.width - 4, 70), height: 10)
    Widgets.box(&canvas, rect, title: "Next steps we agreed on", border: .accent)
    let inner = rect.inset(dx: 2, dy: 1)
    canvas.text("What will you work on next? Put ; between steps.", in: inner.row(0), slot: .text)
    Widgets.area(&canvas, Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: 3), f.nextSteps, focused: true)
    canvas.text("Enter finishes the conference.", x: inner.x, y: inner.y + 6, slot: .muted, limit: inner.width)
}

func renderTeacherNotes(_ f: TeacherNotesForm, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let rect = body.inset(dx: 1, dy: 0)
    Widgets.box(&canvas, rect, title: "My notes about \(state.displayName(f.studentID)) — teacher only")
    let inner = rect.inset(dx: 2, dy: 1)
    canvas.text("What I may share if they need support", x: inner.x, y: inner.y, slot: f.focus == 0 ? .accent : .title)
    let areaHeight = max(2, inner.height - 7)
    Widgets.area(&canvas, Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: areaHeight), f.reflections, focused: f.focus == 0)
    let y = inner.y + areaHeight + 2
    canvas.text("Questions to keep at hand for them (put ; between)", x: inner.x, y: y, slot: f.focus == 1 ? .accent : .title)
    Widgets.field(&canvas, Rect(x: inner.x, y: y + 1, width: inner.width, height: 1), f.pinned, focused: f.focus == 1)
    canvas.text("Never shown in the student's own session.", x: inner.x, y: y + 3, slot: .muted, limit: inner.width)
}
