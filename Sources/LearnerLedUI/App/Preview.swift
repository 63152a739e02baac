import LearnerLedCore

extension AppState {
    /// Shows a student's portfolio from a preview of their file (see `PortfolioPreview`): the outline sorted and
    /// grouped as the whole would be, then the titles of the rows on screen read, and the selected artifact whole
    /// (its pane shows all of it; a row shows only its title and what an outline keeps). For a frame only: the
    /// program draws this on a copy of its state and reads the whole file into the state itself before any key.
    /// False when no screen shows the portfolio or the selected artifact does not read: the state may then hold the
    /// outline, and must not be drawn.
    public mutating func showPreview(_ preview: inout PortfolioPreview) -> Bool {
        let id = preview.portfolio.studentID
        guard visibleStudentIDs.contains(id) else { return false }
        receive([preview.portfolio], unreadable: [:])
        refreshChanged()
        guard let screen = top(PortfolioScreen.self), screen.studentID == id,
              preview.title(screen.artifactPositionsInRows(self)), preview.complete(screen.artifactPositionsShownWhole)
        else { return false }
        // The same artifacts in the same places, some now whole: the rows and the cursor stand as they are.
        portfolios[id] = preview.portfolio
        return true
    }
}
