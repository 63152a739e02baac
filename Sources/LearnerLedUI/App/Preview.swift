import LearnerLedCore

extension AppState {
    /// Shows a student's portfolio from a preview of their file (see `PortfolioPreview`): the outline sorted and
    /// grouped as the whole would be, then the artifacts that land on screen read whole. For a frame only: the
    /// program draws this on a copy of its state and reads the whole file into the state itself before any key.
    /// False when an artifact on screen does not read; the state then shows the outline and must not be drawn.
    public mutating func showPreview(_ preview: inout PortfolioPreview) -> Bool {
        let id = preview.portfolio.studentID
        receive([preview.portfolio], unreadable: [:])
        refreshChanged()
        guard preview.complete(artifactPositionsOnScreen(of: id)) else { return false }
        // The same artifacts in the same places, some now whole: the rows and the cursor stand as they are.
        portfolios[id] = preview.portfolio
        return true
    }

    /// Where in the student's portfolio the artifacts drawn now are, when their portfolio is the screen on top.
    func artifactPositionsOnScreen(of id: StudentID) -> [Int] {
        guard let portfolio = screens.last?.as(PortfolioScreen.self), portfolio.studentID == id else { return [] }
        return portfolio.artifactPositionsOnScreen(self)
    }
}
