import Foundation
import LearnerLedCore

/// Builds the portfolio list: artifacts grouped by subject (in the class's subject order) or by month,
/// newest first, filtered by what the person typed after `/`.
enum PortfolioRows {
    static func build(_ p: Portfolio, classroom: Classroom?, grouping: PortfolioState.Grouping, filter: String) -> [PortfolioRow] {
        let query = filter.trimmingCharacters(in: .whitespaces)
        let indexed = Array(p.artifacts.enumerated())
        let matching = query.isEmpty ? indexed : indexed.filter { matches($0.element, query, classroom) }
        let newestFirst = matching.sorted { a, b in
            (a.element.date, a.element.createdAt, a.element.id) > (b.element.date, b.element.createdAt, b.element.id)
        }
        var groups: [(title: String, items: [(offset: Int, element: Artifact)])] = []
        switch grouping {
        case .subject:
            var bySubject: [String: [(offset: Int, element: Artifact)]] = [:]
            for a in newestFirst { bySubject[a.element.subjectID, default: []].append(a) }
            let known = classroom?.subjects ?? []
            for subject in known {
                if let items = bySubject.removeValue(forKey: subject.id) { groups.append(("\(subject.symbol) \(subject.name)", items)) }
            }
            for id in bySubject.keys.sorted() { groups.append((id, bySubject[id]!)) }
        case .date:
            for a in newestFirst {
                let title = a.element.date.monthTitle
                if groups.last?.title == title { groups[groups.count - 1].items.append(a) } else { groups.append((title, [a])) }
            }
        }
        var rows: [PortfolioRow] = []
        rows.reserveCapacity(matching.count + groups.count)
        for group in groups {
            rows.append(.header(group.title, count: group.items.count))
            for a in group.items { rows.append(.artifact(id: a.element.id, index: a.offset)) }
        }
        return rows
    }

    /// The sticky-noted artifacts in conference order, each with its place in the portfolio.
    static func chosen(_ p: Portfolio) -> [PortfolioRow] {
        let positions = Dictionary(p.artifacts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return p.chosen.map { .artifact(id: $0.id, index: positions[$0.id]!) }
    }

    static func matches(_ a: Artifact, _ query: String, _ classroom: Classroom?) -> Bool {
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        let subject = classroom?.subject(a.subjectID)?.name ?? a.subjectID
        return [a.title, a.description, a.location, subject, a.kind.rawValue].contains {
            $0.range(of: query, options: options) != nil
        }
    }
}
