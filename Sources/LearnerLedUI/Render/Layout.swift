import TerminalKit

/// Where things go, shared by render (to draw) and reduce (to scroll by a page). Every screen has a header
/// row, a body, a status row and the help bar.
enum Layout {
    static func body(_ width: Int, _ height: Int) -> Rect { Rect(x: 0, y: 1, width: width, height: height - 3) }

    /// Header row, column titles, and a last row for the selected student's last rehearsal.
    static func classListRows(_ height: Int) -> Int { max(1, height - 8) }

    static let coverHeight = 3
    static func portfolioListRows(_ height: Int) -> Int { max(1, height - 3 - coverHeight - 3) }

    static func trashRows(_ height: Int) -> Int { max(1, height - 6) }

    static func journalRows(_ height: Int) -> Int { max(1, height - 6) }

    /// The list takes a little over half the width; the detail pane the rest.
    static func portfolioSplit(_ width: Int) -> Int { width >= 100 ? width / 2 : width * 11 / 20 }
}
