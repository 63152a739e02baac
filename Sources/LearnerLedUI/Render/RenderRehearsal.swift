import Foundation
import LearnerLedCore
import TerminalKit

/// "2:05"
func clockText(_ seconds: Int) -> String {
    String(format: "%d:%02d", max(0, seconds) / 60, max(0, seconds) % 60)
}

/// One step at a time, big and calm: what to say, the student's own words beneath, where they are.
func renderRehearsal(_ r: RehearsalState, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let total = max(1, r.steps.count)
    let current = r.rehearsal.currentStep
    let who = r.rehearsal.partner.describe(r.rehearsal.partnerName)
    let attendees = state.portfolios[r.studentID]?.conference?.attendees ?? []
    let heading = r.isConference
        ? " My conference" + (attendees.isEmpty ? "" : " with \(attendees.joined(separator: ", "))")
        : " Practising \(who)"
    canvas.text(heading, x: body.x, y: body.y, slot: .accent, limit: body.width * 2 / 3, ellipsis: true)
    let counter = "Step \(current + 1) of \(total) "
    canvas.text(counter, x: body.maxX - DisplayWidth.of(counter), y: body.y, slot: .title)
    let barWidth = body.width - 2
    let filled = barWidth * (current + 1) / total
    canvas.text(String(repeating: "█", count: filled), x: body.x + 1, y: body.y + 1, slot: .accent)
    canvas.text(String(repeating: "░", count: barWidth - filled), x: body.x + 1 + filled, y: body.y + 1, slot: .muted)

    let area = Rect(x: body.x + 4, y: body.y + 3, width: body.width - 8, height: body.height - 5)
    guard let step = r.step, area.width > 10 else { return }
    var lines: [(String, Slot)] = []
    switch step.kind {
    case .showArtifact:
        lines.append(("Show your artifact:", .muted))
        lines += Wrap.lines(step.prompt, width: area.width).map { ($0, .title) }
        lines.append((step.details.joined(separator: " · "), .muted))
        if !step.cue.isEmpty, !r.rehearsal.cuesHidden { lines += [("", .text), ("“\(step.cue)”", .text)] }
    default:
        lines += Wrap.lines(step.prompt, width: area.width).map { ($0, .title) }
        lines.append(("", .text))
        if r.rehearsal.cuesHidden {
            lines.append(("(your words are hidden — say it without notes)", .muted))
        } else if !step.cue.isEmpty {
            lines += Wrap.lines(step.cue, width: area.width).map { ($0, .text) }
        }
        if let hint = step.missingHint, !r.rehearsal.cuesHidden {
            lines += Wrap.lines(hint, width: area.width).map { ($0, .warning) }
        }
    }
    let top = area.y + max(0, (area.height - lines.count) / 2)
    for (i, (line, slot)) in lines.prefix(area.height).enumerated() {
        let x = area.x + max(0, (area.width - DisplayWidth.of(line)) / 2)
        canvas.text(line, x: x, y: top + i, slot: slot, limit: area.width, ellipsis: true)
    }

    let onStep = Int(state.clock.timeIntervalSince(r.stepStartedAt))
    let inAll = r.recorded(at: state.clock).secondsTaken
    canvas.text(" This step \(clockText(onStep)) · In all \(clockText(inAll))", x: body.x, y: body.maxY - 1, slot: .muted,
                limit: body.width)
    if r.rehearsal.cuesHidden {
        let note = "my words hidden "
        canvas.text(note, x: body.maxX - DisplayWidth.of(note), y: body.maxY - 1, slot: .warning)
    }
}

func renderRehearsalSetup(_ f: RehearsalSetupForm, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let rect = body.inset(dx: 1, dy: 0)
    Widgets.box(&canvas, rect, title: "Practise my conference — \(state.displayName(f.studentID))")
    let inner = rect.inset(dx: 2, dy: 1)
    canvas.text("Who are you practising with?", x: inner.x, y: inner.y, slot: f.focus == .partner ? .accent : .text)
    let labels: [Rehearsal.PartnerKind: String] = [.alone: "On my own", .peer: "A friend", .teacher: "My teacher",
                                                   .smallGroup: "A small group", .wholeClass: "Showing the whole class"]
    var y = inner.y + 2
    for kind in Rehearsal.PartnerKind.allCases {
        let chosen = kind == f.partner
        let row = Rect(x: inner.x, y: y, width: min(inner.width, 36), height: 1)
        if chosen, f.focus == .partner { canvas.fill(row, .selection) }
        canvas.text((chosen ? "● " : "○ ") + labels[kind]!, in: row, slot: chosen ? (f.focus == .partner ? .selection : .accent) : .text)
        y += 1
    }
    y += 1
    if f.needsName {
        canvas.text(f.partner == .peer ? "Friend's name" : "Who is in it", x: inner.x, y: y, slot: f.focus == .name ? .accent : .text)
        Widgets.field(&canvas, Rect(x: inner.x + 16, y: y, width: min(30, inner.width - 16), height: 1), f.name,
                      focused: f.focus == .name, placeholder: "a name")
        y += 2
    }
    if let unfinished = f.unfinished, y < inner.maxY {
        let text = "r — go on where you stopped: step \(unfinished.currentStep + 1) of \(unfinished.totalSteps), "
            + "started \(Day(unfinished.startedAt).shortTitle) \(unfinished.partner.describe(unfinished.partnerName))."
        y += Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 2), text, slot: .accent) + 1
    }
    if y < inner.maxY {
        Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y),
                          "Enter starts. Then → or Space goes to the next step, ← goes back, h hides your words so you can try without them.",
                          slot: .muted)
    }
}

func renderRehearsalCheck(_ f: RehearsalCheckForm, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let rect = body.inset(dx: 1, dy: 0)
    Widgets.box(&canvas, rect, title: "How did it go?")
    let inner = rect.inset(dx: 2, dy: 1)
    let checker = f.rehearsal.partner == .alone ? "you" : f.rehearsal.partner.describe(f.rehearsal.partnerName)
        .replacingOccurrences(of: "with ", with: "").replacingOccurrences(of: "for ", with: "")
    canvas.text("What did \(f.rehearsal.partner == .alone ? "you" : checker) see? Space ticks each one seen.", x: inner.x,
                y: inner.y, slot: .text, limit: inner.width, ellipsis: true)
    var y = inner.y + 1
    let room = max(0, inner.height - 7)
    let top = ListScroll.offset(selected: min(f.focus, f.criteria.count - 1), current: 0, visible: room, count: f.criteria.count)
    for (offset, criterion) in f.criteria.dropFirst(top).prefix(room).enumerated() {
        let index = top + offset
        let focused = index == f.focus
        let row = Rect(x: inner.x, y: y, width: inner.width, height: 1)
        if focused { canvas.fill(row, .selection) }
        let seen = f.seen.contains(criterion.id)
        canvas.text((seen ? "[✓] " : "[ ] ") + criterion.text, in: row, slot: focused ? .selection : (seen ? .success : .text))
        y += 1
    }
    y = inner.maxY - 5
    canvas.text("One thing that worked", x: inner.x, y: y, slot: f.focus == f.workedFocus ? .accent : .text)
    Widgets.field(&canvas, Rect(x: inner.x, y: y + 1, width: inner.width, height: 1), f.worked, focused: f.focus == f.workedFocus,
                  placeholder: "e.g. You held up your graph so we could see it")
    canvas.text("One thing to try next time", x: inner.x, y: y + 2, slot: f.focus == f.tryFocus ? .accent : .text)
    Widgets.field(&canvas, Rect(x: inner.x, y: y + 3, width: inner.width, height: 1), f.tryNext, focused: f.focus == f.tryFocus,
                  placeholder: "e.g. Look at your family when you read")
    if let hint = f.hint {
        canvas.text("⚠ " + hint + " (Enter again keeps it.)", x: inner.x, y: y + 4, slot: .warning, limit: inner.width, ellipsis: true)
    }
}
