import LearnerLedCore
import TerminalKit

func renderArtifactForm(_ f: ArtifactForm, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let subjects = state.classroom?.subjects ?? []
    let rect = body.inset(dx: 1, dy: 0)
    Widgets.box(&canvas, rect, title: (f.isEditing ? "Change an artifact" : "Add an artifact") + " — \(state.displayName(f.studentID))")
    let inner = rect.inset(dx: 2, dy: 1)
    let labelWidth = 13
    var y = inner.y
    for field in ArtifactForm.Field.allCases {
        let focused = f.focus == field
        canvas.text(field.label, x: inner.x, y: y, slot: focused ? .accent : .text, limit: labelWidth - 1)
        let valueRect = Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1)
        switch field {
        case .subject:
            let subject = subjects.indices.contains(f.subjectIndex) ? subjects[f.subjectIndex] : nil
            choice(&canvas, valueRect, subject.map { "\($0.symbol) \($0.name)" } ?? "—", focused: focused)
        case .kind:
            choice(&canvas, valueRect, ArtifactKind.known[f.kindIndex].rawValue, focused: focused)
        case .description:
            let height = max(1, min(4, inner.maxY - y - 4))
            Widgets.area(&canvas, Rect(x: valueRect.x, y: y, width: valueRect.width, height: height), f.description, focused: focused)
            y += height - 1
        default:
            Widgets.field(&canvas, valueRect, f.editor(field)!, focused: focused,
                          placeholder: field == .location ? "e.g. paper folder, page 4" : "")
        }
        y += 2
    }
    if let error = f.error {
        canvas.text("⚠ " + error, x: inner.x, y: min(y, inner.maxY - 1), slot: .warning, limit: inner.width)
    } else {
        canvas.text("Enter saves · Esc cancels", x: inner.x, y: min(y, inner.maxY - 1), slot: .muted, limit: inner.width)
    }
}

/// A choice field: the current value between arrows, so it is plain that ← and → change it.
func choice(_ canvas: inout Canvas, _ rect: Rect, _ value: String, focused: Bool) {
    canvas.fill(rect.row(0), focused ? .input : .background)
    let x = canvas.text(focused ? "◀ " : "  ", x: rect.x, y: rect.y, slot: focused ? .input : .text)
    let end = canvas.text(value, x: x, y: rect.y, slot: focused ? .input : .text, limit: rect.maxX - x - 2)
    if focused { canvas.text(" ▶", x: end, y: rect.y, slot: .input) }
}

func renderDecorate(_ f: DecorateForm, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let cover = f.cover(themeNames: state.themeNames)
    let (preview, rest) = body.splitTop(Layout.coverHeight)
    renderCover(cover, name: state.displayName(f.studentID), count: state.portfolios[f.studentID]?.artifacts.count, preview, &canvas)
    let rect = rest.inset(dx: 1, dy: 0)
    Widgets.box(&canvas, rect, title: "Decorate your portfolio")
    let inner = rect.inset(dx: 2, dy: 1)
    let labelWidth = 13
    let rows: [(DecorateForm.Field, String)] = [(.theme, "Colours"), (.title, "Cover title"), (.symbol, "Symbol")]
    for (i, (field, label)) in rows.enumerated() {
        let y = inner.y + i * 2
        let focused = f.focus == field
        canvas.text(label, x: inner.x, y: y, slot: focused ? .accent : .text, limit: labelWidth - 1)
        let valueRect = Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1)
        switch field {
        case .theme: choice(&canvas, valueRect, cover.themeName, focused: focused)
        case .title: Widgets.field(&canvas, valueRect, f.title, focused: focused)
        case .symbol: choice(&canvas, valueRect, cover.symbol, focused: focused)
        }
    }
    let y = inner.y + 7
    if y < inner.maxY {
        canvas.text("Sample:", x: inner.x, y: y, slot: .muted)
        var x = canvas.text(" ● a strength ", x: inner.x + labelWidth, y: y, slot: .strength)
        x = canvas.text(" ● a challenge ", x: x, y: y, slot: .challenge)
        canvas.text(" chosen ", x: x, y: y, slot: .selection)
    }
    if y + 2 < inner.maxY {
        canvas.text("←→ change · Tab next · Enter keeps it · Esc leaves it as it was", x: inner.x, y: y + 2, slot: .muted,
                    limit: inner.width, ellipsis: true)
    }
}
