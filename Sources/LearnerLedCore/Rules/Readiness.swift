/// How far a student is with preparing the conference: notes chosen, class rules met, reflections written.
public struct Readiness: Equatable, Sendable {
    public var notesChosen: Int
    public var rulesUnmet: Int
    public var reflectionsComplete: Int

    public init(_ portfolio: Portfolio, in classroom: Classroom) {
        let chosen = portfolio.chosen
        notesChosen = chosen.count
        rulesUnmet = BoundaryCheck.results(for: portfolio, in: classroom).filter { !$0.isMet }.count
        reflectionsComplete = chosen.filter { $0.reflection.isComplete }.count
    }

    public var rulesMet: Bool { rulesUnmet == 0 }
    public var isReady: Bool { notesChosen > 0 && rulesMet && reflectionsComplete == notesChosen }

    /// One short line for the teacher's class list.
    public func summary(_ tr: Strings = .english) -> String {
        if notesChosen == 0 { return tr("not started") }
        if isReady { return "✓ " + tr("ready") }
        let rules = tr("rules") + (rulesMet ? " ✓" : " ✗")
        return rules + " · " + tr("\(reflectionsComplete)/\(notesChosen) ready")
    }
}
