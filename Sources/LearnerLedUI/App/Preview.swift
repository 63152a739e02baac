import LearnerLedCore

extension AppState {
    /// Shows a student's portfolio from a preview of their file (see `PortfolioPreview`): the outline sorted and
    /// grouped as the whole would be, then the selected artifact read whole (its pane shows all of it; the rows
    /// show only what an outline keeps). For a frame only: the
    /// program draws this on a copy of its state and reads the whole file into the state itself before any key.
    /// False when no screen shows the portfolio or the selected artifact does not read: the state may then hold the
    /// outline, and must not be drawn.
    public mutating func showPreview(_ preview: inout PortfolioPreview) -> Bool {
        let id = preview.portfolio.studentID
        guard visibleStudentIDs.contains(id) else { return false }
        receive([preview.portfolio], unreadable: [:])
        refreshChanged()
        guard let positions = artifactPositionsShownWhole(of: id), preview.complete(positions) else { return false }
        // The same artifacts in the same places, some now whole: the rows and the cursor stand as they are.
        portfolios[id] = preview.portfolio
        return true
    }

    /// Where in the student's portfolio the artifacts drawn whole now are (under a dialog too); nil when no screen
    /// shows it.
    func artifactPositionsShownWhole(of id: StudentID) -> [Int]? {
        guard let portfolio = top(PortfolioScreen.self), portfolio.studentID == id else { return nil }
        return portfolio.artifactPositionsShownWhole
    }
}
