import Foundation
import LearnerLedCore
import TerminalKit

/// A teacher's page to read on screen, made from the class as it is now (so it follows other terminals): a
/// child's conference record, or the class summary. The same page `export --teacher` and `export --class` write.
struct DocumentScreen: ScreenFeature {
    enum Page: Equatable, Sendable {
        case conferenceRecord(StudentID)
        case classSummary
    }

    let page: Page
    var offset = 0

    var studentID: StudentID? { if case .conferenceRecord(let id) = page { return id } else { return nil } }
    var followsOtherTerminals: Bool { true }

    func document(_ app: AppState) -> PrintableDocument? {
        guard let classroom = app.classroom else { return nil }
        switch page {
        case .conferenceRecord(let id):
            let p = app.portfolios[id] ?? Portfolio(studentID: id)
            return PrintableDocument(conferenceRecordOf: p, notes: app.teacherNotes[id], classroom: classroom, app.strings)
        case .classSummary:
            return PrintableDocument(classSummaryOf: classroom, portfolios: app.portfolios, app.strings)
        }
    }

    func keys(_ app: AppState) -> KeyTable {
        [
            KeyBinding([.escape], "back", .back),
            KeyBinding([.up, .character("k")], "scroll", label: "↑↓", .up),
            KeyBinding([.down, .character("j")], "scroll down", inBar: false, .down),
            KeyBinding([.pageUp], "a page up", inBar: false, .pageUp),
            KeyBinding([.pageDown, .space], "a page down", label: "PgDn", .pageDown),
            KeyBinding([.home, .character("g")], "go to the first", inBar: false, .first),
            KeyBinding([.end, .character("G")], "go to the last", inBar: false, .last),
        ]
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        let rows = document(app).map { DocumentLines.lines($0, width: Self.textWidth(app.body)).count } ?? 0
        let page = max(1, app.body.height - 2)
        let last = max(0, rows - page)
        switch action {
        case .back: app.close()
        case .up: offset = max(0, offset - 1)
        case .down: offset = min(last, offset + 1)
        case .pageUp: offset = max(0, offset - page)
        case .pageDown: offset = min(last, offset + page)
        case .first: offset = 0
        case .last: offset = last
        default: return nil
        }
        return []
    }

    static func textWidth(_ body: Rect) -> Int { max(20, min(100, body.width - 4)) }

    func render(_ app: AppState, _ body: Rect, _ canvas: inout Canvas) {
        guard let doc = document(app) else { return }
        Widgets.box(&canvas, body, title: doc.title)
        let inner = body.inset(dx: 2, dy: 1)
        let lines = DocumentLines.lines(doc, width: Self.textWidth(body))
        let top = min(offset, max(0, lines.count - inner.height))
        for (i, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            canvas.text(line.text, x: inner.x, y: inner.y + i, slot: line.slot, limit: inner.width)
        }
        if lines.count > inner.height {
            let position = " \(top + 1)–\(min(lines.count, top + inner.height))/\(lines.count) "
            canvas.text(position, x: body.maxX - DisplayWidth.of(position) - 1, y: body.maxY - 1, slot: .border)
        }
    }
}

extension PrintableDocument.Block {
    /// The block as rows of text `width` wide, the way the screen and the text export both lay it out: a paragraph
    /// indented two columns, a point with its bullet and its wrapped lines hanging under its first word.
    public func lines(width: Int) -> [String] {
        switch self {
        case .paragraph(let text): return Wrap.lines(text, width: width - 2).map { "  " + $0 }
        case .point(let text): return Wrap.lines(text, width: width - 4).enumerated().map { ($0.offset == 0 ? "  • " : "    ") + $0.element }
        }
    }
}

/// A printable page as rows for the screen: section titles stand out, points hang under their bullet.
enum DocumentLines {
    static func lines(_ doc: PrintableDocument, width: Int) -> [(text: String, slot: Slot)] {
        var out: [(text: String, slot: Slot)] = Wrap.lines(doc.subtitle, width: width).map { ($0, .muted) }
        for section in doc.sections {
            out += [("", .text), (section.title, .title)]
            for item in section.items {
                if !item.heading.isEmpty { out += Wrap.lines(item.heading, width: width).map { ($0, .accent) } }
                for block in item.blocks { out += block.lines(width: width).map { ($0, .text) } }
            }
        }
        return out
    }
}
