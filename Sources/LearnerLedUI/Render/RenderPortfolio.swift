import LearnerLedCore
import TerminalKit

func renderPortfolio(_ s: PortfolioState, _ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
    let portfolio = state.portfolios[s.studentID]
    let (coverRect, rest) = body.splitTop(Layout.coverHeight)
    renderCover(portfolio?.cover, name: state.displayName(s.studentID), count: portfolio?.artifacts.count, coverRect, &canvas)
    let (listRect, detailRect) = rest.splitLeft(Layout.portfolioSplit(rest.width))
    let grouping = s.grouping == .subject ? "by subject" : "by date"
    Widgets.box(&canvas, listRect, title: "Artifacts · \(grouping)")
    let inner = listRect.inset(dx: 1, dy: 1)

    FindLine.render(s.filter, filtering: s.filtering,
                    hint: " / find · Tab groups \(s.grouping == .subject ? "by date" : "by subject")", in: inner, &canvas)

    if let problem = state.unreadable[s.studentID] {
        Widgets.paragraph(&canvas, Rect(x: inner.x + 1, y: inner.y + 2, width: inner.width - 2, height: inner.height - 2),
                          problem.message, slot: .warning)
    } else if portfolio == nil {
        canvas.text(" Opening…", x: inner.x, y: inner.y + 2, slot: .muted)
    } else if s.rows.isEmpty {
        let text = s.filter.text.isEmpty ? "No artifacts yet. Press a to add the first one." : "Nothing matches “\(s.filter.text)”."
        Widgets.paragraph(&canvas, Rect(x: inner.x + 1, y: inner.y + 2, width: inner.width - 2, height: 3), text, slot: .muted)
    }

    let visible = Layout.portfolioListRows(canvas.height)
    // Only the visible rows are looked at: the cost of a frame does not grow with the portfolio.
    for (offset, row) in s.rows.dropFirst(s.scroll).prefix(visible).enumerated() {
        let index = s.scroll + offset
        let y = inner.y + 1 + offset
        let rowRect = Rect(x: inner.x, y: y, width: inner.width, height: 1)
        switch row {
        case .header(let title, let count):
            canvas.text(" \(title) (\(count))", in: rowRect, slot: .title)
        case .artifact:
            guard let portfolio, let artifact = s.artifact(atRow: index, in: portfolio) else { continue }
            let selected = index == s.selected
            if selected { canvas.fill(rowRect, .selection) }
            let base: Slot = selected ? .selection : .text
            var x = rowRect.x
            if let note = artifact.stickyNote {
                x = canvas.text(" ●", x: x, y: y, slot: selected ? .selection : (note.reason == .strength ? .strength : .challenge))
            } else {
                x = canvas.text("  ", x: x, y: y, slot: base)
            }
            x = canvas.text(" " + artifact.date.shortTitle.padding(toLength: 7, withPad: " ", startingAt: 0) + " ",
                            x: x, y: y, slot: selected ? .selection : .muted)
            canvas.text(artifact.title, x: x, y: y, slot: base, limit: rowRect.maxX - x, ellipsis: true)
        }
    }
    if s.rows.count > visible {
        let position = " \(s.selected + 1)/\(s.rows.count) "
        canvas.text(position, x: listRect.maxX - DisplayWidth.of(position) - 1, y: listRect.maxY - 1, slot: .border)
    }

    let artifact = portfolio.flatMap { s.artifact(atRow: s.selected, in: $0) }
    renderArtifactDetail(artifact, of: s.studentID, state, detailRect, &canvas)
}

func renderCover(_ cover: Cover?, name: String, count: Int?, _ rect: Rect, _ canvas: inout Canvas) {
    canvas.fill(rect, .cover)
    Widgets.box(&canvas, rect, border: .cover)
    let cover = cover ?? Cover()
    let x = canvas.text(" \(cover.symbol)  \(cover.title) ", x: rect.x + 2, y: rect.y + 1, slot: .cover,
                        limit: rect.width - 4, ellipsis: true)
    let detail = "\(name)" + (count.map { " · \($0) artifact\($0 == 1 ? "" : "s")" } ?? "")
    let room = rect.maxX - 2 - x - 1
    if room > 8 {
        let w = min(DisplayWidth.of(detail), room)
        canvas.text(detail, x: rect.maxX - 2 - w, y: rect.y + 1, slot: .cover, limit: w, ellipsis: true)
    }
}

func renderArtifactDetail(_ artifact: Artifact?, of studentID: String, _ state: AppState, _ rect: Rect, _ canvas: inout Canvas) {
    Widgets.box(&canvas, rect, title: "About this artifact")
    let inner = rect.inset(dx: 2, dy: 1)
    guard let artifact, inner.width > 4 else { return }
    var y = inner.y
    y += Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 2), artifact.title, slot: .title)
    let subject = state.classroom?.subject(artifact.subjectID)
    let facts = [
        ("Subject", subject.map { "\($0.symbol) \($0.name)" } ?? artifact.subjectID),
        ("Kind", artifact.kind.rawValue),
        ("Date", artifact.date.description),
        ("Where", artifact.location.isEmpty ? "—" : artifact.location),
    ]
    for (label, value) in facts where y < inner.maxY {
        canvas.text(label, x: inner.x, y: y, slot: .muted, limit: 8)
        Widgets.paragraph(&canvas, Rect(x: inner.x + 8, y: y, width: inner.width - 8, height: 1), value, slot: .text)
        y += 1
    }
    if !artifact.description.isEmpty, y + 1 < inner.maxY {
        y += 1
        y += Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: min(4, inner.maxY - y)),
                               artifact.description, slot: .text)
    }
    if let note = artifact.stickyNote, y + 1 < inner.maxY {
        y += 1
        let slot: Slot = note.reason == .strength ? .strength : .challenge
        let x = canvas.text("● Sticky note: \(note.reason.rawValue)", x: inner.x, y: y, slot: slot, limit: inner.width)
        _ = x
        y += 1
        if !note.words.isEmpty, y < inner.maxY {
            y += Widgets.paragraph(&canvas, Rect(x: inner.x + 2, y: y, width: inner.width - 2, height: min(2, inner.maxY - y)),
                                   "“\(note.words)”", slot: .text)
        }
        if y < inner.maxY {
            canvas.text("Prepared: \(artifact.reflection.completedParts) of 3 starters", x: inner.x, y: y, slot: .muted,
                        limit: inner.width)
            y += 1
        }
    }
    // Journal entries about this artifact.
    let linked = state.portfolios[studentID]?.journal.filter { $0.artifactID == artifact.id && $0.deletedAt == nil } ?? []
    if !linked.isEmpty, y + 1 < inner.maxY {
        y += 1
        canvas.text("In my journal:", x: inner.x, y: y, slot: .title, limit: inner.width)
        y += 1
        for e in linked where y < inner.maxY {
            y += Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: min(2, inner.maxY - y)),
                                   "\(e.starter) \(e.words)", slot: .text)
        }
    }
}
