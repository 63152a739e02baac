import Foundation
import LearnerLedCore

/// A row of the portfolio list: a group header or an artifact.
enum PortfolioRow: Equatable, Sendable {
    case header(String, count: Int)
    /// An artifact and its index in `Portfolio.artifacts` when the rows were built.
    case artifact(id: ArtifactID, index: Int)

    var artifactID: ArtifactID? {
        if case .artifact(let id, _) = self { return id }
        return nil
    }
}

/// Builds the portfolio list: artifacts grouped by subject (in the class's subject order) or by month,
/// newest first, filtered by what the person typed after `/`.
enum PortfolioRows {
    enum Grouping: Equatable, Sendable { case subject, date }

    static func build(_ p: Portfolio, classroom: Classroom?, grouping: Grouping, filter: String, _ tr: Strings) -> [PortfolioRow] {
        let query = filter.trimmingSpaces
        let artifacts = p.artifacts
        // Each artifact's position with its day and moment as plain numbers is sorted, not the artifacts: comparing
        // through them cost ~150 instructions a comparison, and moving an artifact is a copy. Of two made in the same
        // second the one added later comes first (it is later in the file); comparing their ids instead, as this did,
        // was most of the sort's cost where a class's artifacts were put in at once.
        struct Key {
            let day: Int, moment: Double, index: Int
            init(_ date: Day, _ createdAt: Date, _ index: Int) {
                day = date.year * 416 + date.month * 32 + date.day
                moment = createdAt.timeIntervalSinceReferenceDate
                self.index = index
            }
        }
        let shown = query.isEmpty ? Array(artifacts.indices) : artifacts.indices.filter { matches(artifacts[$0], query, classroom) }
        var keys = shown.map { Key(artifacts[$0].date, artifacts[$0].createdAt, $0) }
        keys.sort { a, b in
            if a.day != b.day { return a.day > b.day }
            if a.moment != b.moment { return a.moment > b.moment }
            return a.index > b.index
        }
        let newestFirst = keys.map(\.index)
        var groups: [(title: String, items: [Int])] = []
        switch grouping {
        case .subject:
            // The class's few subjects found by comparing (short ids compare in a word or two); hashing every
            // artifact's subject into a dictionary cost ~400 instructions an artifact.
            let subjects = classroom?.subjects ?? []
            var inClassOrder = [[Int]](repeating: [], count: subjects.count)
            var others: [SubjectID: [Int]] = [:]
            for i in newestFirst {
                let subject = artifacts[i].subjectID
                if let k = subjects.firstIndex(where: { $0.id == subject }) { inClassOrder[k].append(i) } else { others[subject, default: []].append(i) }
            }
            for (subject, items) in zip(subjects, inClassOrder) where !items.isEmpty {
                groups.append(("\(subject.symbol) \(subject.name)", items))
            }
            for id in others.keys.sorted() { groups.append((id.rawValue, others[id]!)) }
        case .date:
            var monthTitles: [Int: String] = [:]
            for i in newestFirst {
                let date = artifacts[i].date
                let month = date.year * 12 + date.month
                let title = monthTitles[month] ?? date.monthTitle(tr)
                if monthTitles[month] == nil { monthTitles[month] = title }
                if groups.last?.title == title { groups[groups.count - 1].items.append(i) } else { groups.append((title, [i])) }
            }
        }
        var rows: [PortfolioRow] = []
        rows.reserveCapacity(newestFirst.count + groups.count)
        for group in groups {
            rows.append(.header(group.title, count: group.items.count))
            for i in group.items { rows.append(.artifact(id: artifacts[i].id, index: i)) }
        }
        return rows
    }

    /// The sticky-noted artifacts in conference order, each with its place in the portfolio.
    static func chosen(_ p: Portfolio) -> [PortfolioRow] {
        let positions = Dictionary(p.artifacts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return p.chosen.map { .artifact(id: $0.id, index: positions[$0.id]!) }
    }

    /// The artifact a row shows, found by its remembered position: no search, whatever the portfolio's size.
    static func artifact(row: Int, of rows: [PortfolioRow], in p: Portfolio) -> Artifact? {
        position(row: row, of: rows, in: p.artifacts).map { p.artifacts[$0] }
    }

    /// Where in the portfolio's artifacts the one a row shows is (for reading a few of its fields without copying it).
    static func position(row: Int, of rows: [PortfolioRow], in artifacts: [Artifact]) -> Int? {
        guard rows.indices.contains(row), case .artifact(let id, let index) = rows[row] else { return nil }
        if artifacts.indices.contains(index), artifacts[index].id == id { return index }
        return artifacts.firstIndex { $0.id == id }
    }

    /// The nearest artifact row from `index` in the direction of `step`, else the other way.
    static func artifactRow(near index: Int, in rows: [PortfolioRow], step: Int) -> Int {
        guard !rows.isEmpty else { return 0 }
        var i = max(0, min(index, rows.count - 1))
        while rows.indices.contains(i), case .header = rows[i] { i += step }
        if rows.indices.contains(i) { return i }
        i = max(0, min(index, rows.count - 1))
        while rows.indices.contains(i), case .header = rows[i] { i -= step }
        return rows.indices.contains(i) ? i : 0
    }

    static func matches(_ a: Artifact, _ query: String, _ classroom: Classroom?) -> Bool {
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        let subject = classroom?.subject(a.subjectID)?.name ?? a.subjectID.rawValue
        return [a.title, a.description, a.location, subject, a.kind.rawValue].contains {
            $0.range(of: query, options: options) != nil
        }
    }
}
