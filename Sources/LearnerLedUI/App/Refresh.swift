import LearnerLedCore

extension AppState {
    /// After data changed (a commit here, a save or a load from another window): the class list's figures for
    /// those students, and every screen that shows them, re-derived once. A cursor move changes nothing here.
    mutating func refreshChanged() {
        guard everyoneChanged || !changed.isEmpty else { return }
        let ids = everyoneChanged ? Set(portfolios.keys) : changed
        if let classroom {
            for id in ids { summaries[id] = portfolios[id].map { StudentSummary($0, in: classroom) } }
        }
        // The stack is moved out while its screens look at the state, so nothing is copied.
        var stack = screens
        screens = []
        for i in stack.indices where everyoneChanged || stack[i].studentID.map(ids.contains) ?? true {
            stack[i].feature.refresh(self)
        }
        screens = stack
        changed = []
        everyoneChanged = false
    }
}
