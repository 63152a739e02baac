import Foundation
import LearnerLedCore
import TerminalKit

/// "2:05"
func clockText(_ seconds: Int) -> String {
    String(format: "%d:%02d", max(0, seconds) / 60, max(0, seconds) % 60)
}

/// One step of a conference, big and calm: what to say, the student's own words beneath, where they are.
/// The rehearsal and the real conference draw their steps with it.
struct StepView {
    var heading: String
    var current: Int
    var total: Int
    var step: ConferenceStep?
    var cuesHidden: Bool
    var footer: String
    var strings: Strings

    func render(_ body: Rect, _ canvas: inout Canvas) {
        let total = max(1, self.total)
        canvas.text(heading, x: body.x, y: body.y, slot: .accent, limit: body.width * 2 / 3, ellipsis: true)
        let counter = strings("Step \(current + 1) of \(total)") + " "
        canvas.text(counter, x: body.maxX - DisplayWidth.of(counter), y: body.y, slot: .title)
        let barWidth = body.width - 2
        let filled = barWidth * (current + 1) / total
        canvas.text(String(repeating: "█", count: filled), x: body.x + 1, y: body.y + 1, slot: .accent)
        canvas.text(String(repeating: "░", count: barWidth - filled), x: body.x + 1 + filled, y: body.y + 1, slot: .muted)

        let area = Rect(x: body.x + 4, y: body.y + 3, width: body.width - 8, height: body.height - 5)
        if let step, area.width > 10 {
            let lines = self.lines(step, width: area.width)
            let top = area.y + max(0, (area.height - lines.count) / 2)
            for (i, (line, slot)) in lines.prefix(area.height).enumerated() {
                let x = area.x + max(0, (area.width - DisplayWidth.of(line)) / 2)
                canvas.text(line, x: x, y: top + i, slot: slot, limit: area.width, ellipsis: true)
            }
        }
        canvas.text(" " + footer, x: body.x, y: body.maxY - 1, slot: .muted, limit: body.width)
        if cuesHidden {
            let note = strings("my words hidden") + " "
            canvas.text(note, x: body.maxX - DisplayWidth.of(note), y: body.maxY - 1, slot: .warning)
        }
    }

    private func lines(_ step: ConferenceStep, width: Int) -> [(String, Slot)] {
        var lines: [(String, Slot)] = []
        switch step.kind {
        case .showArtifact:
            lines.append((strings("Show your artifact:"), .muted))
            lines += Wrap.lines(step.prompt, width: width).map { ($0, .title) }
            lines.append((step.details.joined(separator: " · "), .muted))
            if !step.cue.isEmpty, !cuesHidden { lines += [("", .text), ("“\(step.cue)”", .text)] }
        default:
            lines += Wrap.lines(step.prompt, width: width).map { ($0, .title) }
            lines.append(("", .text))
            if cuesHidden {
                lines.append((strings("(your words are hidden — say it without notes)"), .muted))
            } else if !step.cue.isEmpty {
                lines += Wrap.lines(step.cue, width: width).map { ($0, .text) }
            }
            if let hint = step.missingHint, !cuesHidden {
                lines += Wrap.lines(hint, width: width).map { ($0, .warning) }
            }
        }
        return lines
    }
}
