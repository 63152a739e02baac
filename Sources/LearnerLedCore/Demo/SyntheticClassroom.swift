import Foundation

/// A class of any size, for benchmarks: `learnerled demo --students 30 --artifacts 500`.
public enum SyntheticClassroom {
    static let firstNames = ["José", "Zoë", "An", "美玲", "Aarav", "Amara", "Liam", "Sofía", "Yuki", "Fatima",
                             "Noah", "Chloé", "Minh", "Wei", "Priya", "Kwame", "Ella", "Mateo", "Hana", "Omar"]

    public static func make(students: Int, artifacts: Int, seed: UInt64 = 7) -> DemoClassroom.Contents {
        var rng = SeededGenerator(seed: seed)
        var classroom = Classroom(name: "Synthetic class", teacher: "Benchmark", term: "Fall 2026")
        var portfolios: [Portfolio] = []
        portfolios.reserveCapacity(students)
        let pools = DemoClassroom.titles
        for s in 0..<students {
            let id = StudentID(String(format: "student-%03d", s + 1))
            let name = "\(firstNames[s % firstNames.count]) \(s + 1)"
            classroom.roster.append(RosterEntry(id: id, displayName: name))
            var portfolio = Portfolio(studentID: id, cover: Cover(title: "\(name)'s Portfolio"))
            portfolio.artifacts.reserveCapacity(artifacts)
            for a in 0..<artifacts {
                let subject = classroom.subjects[Int(rng.next() % UInt64(classroom.subjects.count))]
                let pool = pools[subject.id]!
                let (title, kind) = pool[Int(rng.next() % UInt64(pool.count))]
                let day = Day(year: 2026, month: 9 + Int(rng.next() % 3), day: 1 + Int(rng.next() % 28))!
                portfolio.artifacts.append(Artifact(
                    id: ArtifactID(String(format: "%@-a%05d", id.rawValue, a + 1)), title: "\(title) #\(a + 1)", subjectID: subject.id,
                    kind: kind, date: day, description: "Synthetic artifact for measuring speed.",
                    location: "paper folder, page \(a + 1)", createdAt: DemoClassroom.moment(day)))
            }
            portfolios.append(portfolio)
        }
        return DemoClassroom.Contents(classroom: classroom, portfolios: portfolios)
    }
}
