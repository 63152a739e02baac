/// One class rule, checked against a student's sticky notes.
public struct RuleResult: Equatable, Sendable {
    public enum Rule: Equatable, Sendable {
        case maxPerSubject(subjectID: SubjectID)
        case minTotal
        case maxTotal
        case needsStrength
        case needsChallenge
        case requiredSubject(subjectID: SubjectID)
    }

    public var rule: Rule
    public var isMet: Bool
    /// A sentence a child can read: what the rule is when met, what to do when not.
    public var message: String
}

/// Checks a portfolio's sticky notes against the class's boundaries. Pure: same input, same sentences.
public enum BoundaryCheck {
    public static func results(for portfolio: Portfolio, in classroom: Classroom, _ tr: Strings = .english) -> [RuleResult] {
        let rules = classroom.boundaries
        let chosen = portfolio.artifacts.filter { $0.stickyNote != nil }
        var results: [RuleResult] = []

        if let max = rules.maxPerSubject {
            var counts: [SubjectID: Int] = [:]
            for artifact in chosen { counts[artifact.subjectID, default: 0] += 1 }
            let over = classroom.subjects.map(\.id).filter { counts[$0, default: 0] > max }
                + counts.keys.filter { id in classroom.subject(id) == nil && counts[id]! > max }.sorted()
            if over.isEmpty {
                results.append(RuleResult(rule: .maxPerSubject(subjectID: ""), isMet: true,
                                          message: tr("At most \(count: max) artifacts from each subject.")))
            }
            for id in over {
                let name = classroom.subject(id)?.name ?? id.rawValue
                results.append(RuleResult(rule: .maxPerSubject(subjectID: id), isMet: false,
                                          message: tr("You have \(count: counts[id]!) \(name) notes. Choose at most \(max).")))
            }
        }

        if let min = rules.minTotal {
            let met = chosen.count >= min
            results.append(RuleResult(rule: .minTotal, isMet: met, message: met
                ? tr("At least \(count: min) artifacts chosen.")
                : chosen.isEmpty
                    ? tr("Put sticky notes on at least \(count: min) artifacts you want to share.")
                    : tr("You have \(count: chosen.count) artifacts. Choose at least \(min).")))
        }

        if let max = rules.maxTotal {
            let met = chosen.count <= max
            results.append(RuleResult(rule: .maxTotal, isMet: met, message: met
                ? tr("At most \(count: max) artifacts in all.")
                : tr("You have \(count: chosen.count) artifacts. Choose at most \(max).")))
        }

        if rules.requireStrengthAndChallenge {
            let hasStrength = chosen.contains { $0.stickyNote?.reason == .strength }
            let hasChallenge = chosen.contains { $0.stickyNote?.reason == .challenge }
            results.append(RuleResult(rule: .needsStrength, isMet: hasStrength, message: hasStrength
                ? tr("One artifact shows a strength.")
                : tr("Add one artifact that shows a strength.")))
            results.append(RuleResult(rule: .needsChallenge, isMet: hasChallenge, message: hasChallenge
                ? tr("One artifact shows a challenge.")
                : tr("Add one artifact that shows a challenge.")))
        }

        for id in rules.requiredSubjects {
            let name = classroom.subject(id)?.name ?? id.rawValue
            let met = chosen.contains { $0.subjectID == id }
            let message: String
            if met {
                message = tr("You chose a \(name) artifact.")
            } else if portfolio.artifacts.contains(where: { $0.subjectID == id }) {
                message = tr("Add one \(name) artifact.")
            } else {
                message = tr("You need a \(name) artifact, but you have none yet. Ask your teacher.")
            }
            results.append(RuleResult(rule: .requiredSubject(subjectID: id), isMet: met, message: message))
        }
        return results
    }

    /// Only the rules still to meet, as sentences.
    public static func unmet(for portfolio: Portfolio, in classroom: Classroom, _ tr: Strings = .english) -> [String] {
        results(for: portfolio, in: classroom, tr).filter { !$0.isMet }.map(\.message)
    }
}
