import LearnerLedCore
import TerminalKit

/// Where the portfolio's parts go: one place for render and for the reducer's page size.
struct PortfolioLayout {
    static let coverHeight = 3
    let cover: Rect
    let list: Rect
    let detail: Rect

    init(_ body: Rect) {
        let rest: Rect
        (cover, rest) = body.splitTop(Self.coverHeight)
        (list, detail) = rest.splitLeft(Self.split(rest.width))
    }

    /// Artifact rows under the find line.
    var visibleRows: Int { max(1, list.height - 3) }

    /// The list takes a little over half the width; the detail pane the rest.
    static func split(_ width: Int) -> Int { width >= 100 ? width / 2 : width * 11 / 20 }
}

extension PortfolioScreen {
    func render(_ state: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let s = self
        // The words of the person at the keys, found once for the frame (every row's date asks for them).
        let tr = state.strings
        let studentID = student
        let portfolio = state.portfolios[studentID]
        let layout = PortfolioLayout(body)
        let (listRect, detailRect) = (layout.list, layout.detail)
        // The teacher sees the id every command takes; a child sees their name.
        let name = state.displayName(studentID) + (state.isTeacher ? " (\(studentID))" : "")
        renderCover(portfolio?.cover, name: name, count: portfolio?.artifacts.count, tr, layout.cover, &canvas)
        let grouping = s.grouping == .subject ? tr("by subject") : tr("by date")
        Widgets.box(&canvas, listRect, title: tr("Artifacts") + " · " + grouping)
        let inner = listRect.inset(dx: 1, dy: 1)

        s.find.render(hint: " " + (s.grouping == .subject ? tr("/ find · Tab groups by date") : tr("/ find · Tab groups by subject")),
                      in: inner, label: " " + tr("Find:") + " ", &canvas)

        renderEmpty(state, portfolio, inner, &canvas)

        let visible = layout.visibleRows
        let (top, shown) = s.shownRows(visible: visible)
        // Only the visible rows are looked at: the cost of a frame does not grow with the portfolio. (Unwrapped once:
        // unwrapped in each row it was copied, every array in it retained, in each row.)
        let artifacts = portfolio?.artifacts ?? []
        for (offset, row) in shown.enumerated() {
            let index = top + offset
            let y = inner.y + 1 + offset
            let rowRect = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            switch row {
            case .header(let title, let count):
                canvas.text(" \(title) (\(count))", in: rowRect, slot: .title)
            case .artifact:
                // Its fields read in place: a copy of the artifact cost ~500 instructions a row.
                guard let i = PortfolioRows.position(row: index, of: s.rows, in: artifacts) else { continue }
                let selected = index == s.cursor.selected
                if selected { canvas.fill(rowRect, .selection) }
                let base: Slot = selected ? .selection : .text
                var x = rowRect.x
                if let reason = artifacts[i].stickyNote?.reason {
                    x = canvas.text(" ●", x: x, y: y, slot: selected ? .selection : (reason == .strength ? .strength : .challenge))
                } else {
                    x = canvas.text("  ", x: x, y: y, slot: base)
                }
                x = Self.dateColumn(artifacts[i].date.shortTitle(tr), x: x, y: y, selected ? .selection : .muted, &canvas)
                canvas.text(artifacts[i].title, x: x, y: y, slot: base, limit: rowRect.maxX - x, ellipsis: true)
            }
        }
        if s.rows.count > visible {
            let position = " \(s.cursor.selected + 1)/\(s.rows.count) "
            canvas.text(position, x: listRect.maxX - DisplayWidth.of(position) - 1, y: listRect.maxY - 1, slot: .border)
        }

        let artifact = portfolio.flatMap { s.artifact(atRow: s.cursor.selected, in: $0) }
        renderArtifactDetail(artifact, of: studentID, state, tr, detailRect, &canvas)
    }

    /// " Sep 14  ": the date in seven characters (cut or padded, as `padded(to: 7)`) between spaces, in the slot's
    /// cells, drawn without making that string. Returns the column after it.
    static func dateColumn(_ title: String, x: Int, y: Int, _ slot: Slot, _ canvas: inout Canvas) -> Int {
        canvas.fill(Rect(x: x, y: y, width: 9, height: 1), slot)
        // Counted in bytes first: a date of seven bytes or fewer is seven characters or fewer, without counting them.
        let shown = title.utf8.count > 7 && title.count > 7 ? String(title.prefix(7)) : title
        return max(canvas.text(shown, x: x + 1, y: y, slot: slot), x + 8) + 1
    }

    /// What the list says when it has no rows: a file that cannot be read, the portfolio still opening, an invitation
    /// to a child's first steps, or a search that found nothing.
    private func renderEmpty(_ state: AppState, _ portfolio: Portfolio?, _ inner: Rect, _ canvas: inout Canvas) {
        if let problem = state.unreadable[student] {
            Widgets.paragraph(&canvas, Rect(x: inner.x + 1, y: inner.y + 2, width: inner.width - 2, height: inner.height - 2),
                              problem.message(state.strings), slot: .warning)
        } else if portfolio == nil {
            canvas.text(" " + state.tr("Opening…"), x: inner.x, y: inner.y + 2, slot: .muted)
        } else if rows.isEmpty {
            let table = keys(state)
            func key(_ action: Action) -> String { table.label(of: action) ?? "" }
            let text = find.isEmpty
                ? state.tr("This portfolio is yours to make! \(key(.decorate)) decorates its cover, \(key(.add)) adds your first artifact, \(key(.write)) writes your first reflection.")
                : state.tr("Nothing matches “\(find.text)”.")
            Widgets.paragraph(&canvas, Rect(x: inner.x + 1, y: inner.y + 2, width: inner.width - 2, height: 5), text, slot: .muted)
        }
    }

}

func renderCover(_ cover: Cover?, name: String, count: Int?, _ tr: Strings, _ rect: Rect, _ canvas: inout Canvas) {
    canvas.fill(rect, .cover)
    Widgets.box(&canvas, rect, border: .cover)
    let cover = cover ?? Cover()
    let x = canvas.text(" \(cover.symbol)  \(cover.title) ", x: rect.x + 2, y: rect.y + 1, slot: .cover,
                        limit: rect.width - 4, ellipsis: true)
    let detail = "\(name)" + (count.map { " · " + tr("\(count: $0) artifacts") } ?? "")
    let room = rect.maxX - 2 - x - 1
    if room > 8 {
        let w = min(DisplayWidth.of(detail), room)
        canvas.text(detail, x: rect.maxX - 2 - w, y: rect.y + 1, slot: .cover, limit: w, ellipsis: true)
    }
}

func renderArtifactDetail(_ artifact: Artifact?, of studentID: StudentID, _ state: AppState, _ tr: Strings, _ rect: Rect,
                          _ canvas: inout Canvas) {
    Widgets.box(&canvas, rect, title: tr("About this artifact"))
    let inner = rect.inset(dx: 2, dy: 1)
    guard let artifact, inner.width > 4 else { return }
    var y = inner.y
    y += Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: 2), artifact.title, slot: .title)
    let subject = state.classroom?.subject(artifact.subjectID)
    let facts = [
        (tr("Subject"), subject.map { "\($0.symbol) \($0.name)" } ?? artifact.subjectID.rawValue),
        (tr("Kind"), tr(Phrase(verbatim: artifact.kind.rawValue))),
        (tr("Date"), artifact.date.longTitle(tr)),
        (tr("Where"), artifact.location.isEmpty ? "—" : artifact.location),
    ]
    let labelWidth = min(12, (facts.map { DisplayWidth.of($0.0) }.max() ?? 7) + 1)
    for (label, value) in facts where y < inner.maxY {
        canvas.text(label, x: inner.x, y: y, slot: .muted, limit: labelWidth)
        Widgets.paragraph(&canvas, Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1), value, slot: .text)
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
        canvas.text("● " + (note.reason == .strength ? tr("Sticky note: strength") : tr("Sticky note: challenge")), x: inner.x, y: y, slot: slot, limit: inner.width)
        y += 1
        if !note.words.isEmpty, y < inner.maxY {
            y += Widgets.paragraph(&canvas, Rect(x: inner.x + 2, y: y, width: inner.width - 2, height: min(2, inner.maxY - y)),
                                   "“\(note.words)”", slot: .text)
        }
        if y < inner.maxY {
            canvas.text(tr("What I'll say: written \(artifact.reflection.completedParts) of 3 parts"), x: inner.x, y: y, slot: .muted,
                        limit: inner.width)
            y += 1
        }
    }
    // Journal entries about this artifact.
    let linked = state.portfolios[studentID]?.journal.filter { $0.artifactID == artifact.id && $0.deletedAt == nil } ?? []
    if !linked.isEmpty, y + 1 < inner.maxY {
        y += 1
        canvas.text(tr("In my journal:"), x: inner.x, y: y, slot: .title, limit: inner.width)
        y += 1
        for e in linked where y < inner.maxY {
            y += Widgets.paragraph(&canvas, Rect(x: inner.x, y: y, width: inner.width, height: min(2, inner.maxY - y)),
                                   "\(e.starter) \(e.words)", slot: .text)
        }
    }
}
