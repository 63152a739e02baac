import Foundation

/// A classroom that looks like a real one in late November: ten children with names from many languages,
/// a term of artifacts, some sticky notes, reflections and journal entries.
public enum DemoClassroom {
    /// The demo's teacher passphrase, shown on the demo's first screen: the demo has no secrets.
    public static let passphrase = "room12"

    public struct Contents: Sendable {
        public var classroom: Classroom
        public var portfolios: [Portfolio]
    }

    static let students: [(name: String, language: String, theme: String, title: String, symbol: String)] = [
        ("José García", "es", "sunset", "Los trabajos de José", "⚽"),
        ("Zoë Müller", "en", "ocean", "Zoë's Ocean of Work", "🐬"),
        ("Nguyễn Văn An", "en", "forest", "An's Adventure Book", "🌳"),
        ("美玲", "en", "sunset", "美玲's Portfolio", "🌸"),
        ("Aarav Patel", "en", "classic", "Aarav's Big Ideas", "🚀"),
        ("Amara Okafor", "en", "forest", "Amara Grows", "🌻"),
        ("Liam O'Brien", "en", "ocean", "Liam's Work", "⭐"),
        ("Sofía Hernández", "es", "sunset", "Mi portafolio", "🦋"),
        ("Yuki Tanaka", "en", "classic", "Yuki's Portfolio", "🐱"),
        ("Fatima Al-Sayed", "en", "high-contrast", "Fatima's Best Work", "🌙"),
    ]

    static let titles: [SubjectID: [(String, ArtifactKind)]] = [
        "reading": [("Book report: Charlotte's Web", .writing), ("Reading log — September", .worksheet),
                    ("Character map for Frog and Toad", .drawing), ("Fluency check", .recording),
                    ("Poem I learned by heart", .writing), ("Non-fiction notes: sharks", .worksheet)],
        "writing": [("Personal narrative: my summer", .writing), ("Opinion piece: longer recess", .writing),
                    ("How to make a sandwich", .writing), ("Letter to my pen pal", .writing),
                    ("Spelling test, week 6", .test), ("Acrostic poem", .writing)],
        "math": [("Fractions poster", .project), ("Place value worksheet", .worksheet),
                 ("Multiplication facts quiz", .test), ("Graph of our class pets", .drawing),
                 ("Measuring our classroom", .project), ("Word problems, page 12", .worksheet)],
        "science": [("Plant growth journal", .writing), ("Water cycle diagram", .drawing),
                    ("Magnets experiment", .project), ("Rock collection", .photo),
                    ("Weather chart for October", .worksheet)],
        "social-studies": [("Map of our neighbourhood", .drawing), ("Family history interview", .writing),
                           ("Community helpers poster", .project), ("Timeline of my life", .project)],
        "art": [("Self-portrait in pastels", .drawing), ("Colour wheel", .drawing), ("Clay pot", .photo),
                ("Leaf rubbing collage", .project)],
    ]

    static let strengthWords = ["I'm proud of my graph", "I worked really hard on this", "My best handwriting",
                                "I used new words", "I did it by myself"]
    static let challengeWords = ["This was tricky for me", "I want to get better at this", "I made mistakes here",
                                 "I needed help with this"]
    static let strengthWordsES = ["Estoy orgulloso de esto", "Trabajé mucho en esto", "Mi mejor letra",
                                  "Usé palabras nuevas", "Lo hice yo solo"]
    static let challengeWordsES = ["Esto fue difícil para mí", "Quiero mejorar en esto", "Aquí tuve errores",
                                   "Necesité ayuda con esto"]

    public static func make(seed: UInt64 = 2026) -> Contents {
        var rng = SeededGenerator(seed: seed)
        var classroom = Classroom(name: "Room 12", teacher: "Ms. Rivera", term: "Fall 2026")
        classroom.boundaries.agreedOn = Day("2026-10-06")
        var taken = Set<StudentID>()
        var portfolios: [Portfolio] = []
        for (n, s) in students.enumerated() {
            let id = Identifier.uniqueStudentID(for: s.name, taken: taken)
            taken.insert(id)
            classroom.roster.append(RosterEntry(id: id, displayName: s.name, preferredLanguage: s.language))
            var portfolio = Portfolio(studentID: id, cover: Cover(themeName: s.theme, title: s.title, symbol: s.symbol))
            let count = 10 + Int(rng.next() % 21)
            for i in 0..<count {
                let subject = classroom.subjects[(i + n) % classroom.subjects.count]
                let pool = titles[subject.id]!
                let (title, kind) = pool[Int(rng.next() % UInt64(pool.count))]
                let day = Day(year: 2026, month: 9 + i * 3 / count, day: 1 + Int(rng.next() % 28))!
                let created = moment(day)
                portfolio.artifacts.append(Artifact(
                    id: ArtifactID(String(format: "%@-a%02d", id.rawValue, i + 1)), title: title, subjectID: subject.id, kind: kind,
                    date: day, description: i % 3 == 0 ? "Made in class during our \(subject.name) unit." : "",
                    location: kind == .photo ? "photos/\(id)-\(i + 1).jpg" : "paper folder, page \(i + 1)",
                    createdAt: created))
            }
            addNotes(to: &portfolio, student: n, spanish: s.language == "es", rng: &rng)
            addJournal(to: &portfolio, starters: classroom.starters(for: s.language), subjects: classroom.subjects, rng: &rng)
            if portfolio.chosen.count >= 2, n % 3 == 0 || n == 8 { addRehearsal(to: &portfolio, with: students[(n + 1) % students.count].name, spanish: s.language == "es") }
            portfolios.append(portfolio)
        }
        return Contents(classroom: classroom, portfolios: portfolios)
    }

    /// Students at different stages: some have chosen and prepared, some have just started, some not yet.
    private static func addNotes(to portfolio: inout Portfolio, student n: Int, spanish: Bool, rng: inout SeededGenerator) {
        let notes = [3, 2, 4, 0, 1, 3, 0, 2, 3, 1][n % 10]
        var order = 0
        var seenSubjects = Set<SubjectID>()
        for i in portfolio.artifacts.indices where order < notes {
            guard seenSubjects.insert(portfolio.artifacts[i].subjectID).inserted else { continue }
            let reason: StickyNote.Reason = order == 1 ? .challenge : .strength
            let words = reason == .strength ? (spanish ? strengthWordsES : strengthWords)
                                            : (spanish ? challengeWordsES : challengeWords)
            let placed = portfolio.artifacts[i].createdAt.addingTimeInterval(86_400 * 7)
            portfolio.artifacts[i].stickyNote = StickyNote(
                reason: reason, words: words[Int(rng.next() % UInt64(words.count))], placedAt: placed, order: order)
            if n % 3 == 0 || order == 0 {
                portfolio.artifacts[i].reflection = spanish
                    ? ArtifactReflection(succeeding: "explicar mi razonamiento paso a paso",
                                         challenged: reason == .challenge ? "acordarme de revisar mi trabajo" : "",
                                         future: n % 3 == 0 ? "practicar un poco todos los días" : "")
                    : ArtifactReflection(succeeding: "explaining my thinking step by step",
                                         challenged: reason == .challenge ? "remembering to check my work" : "",
                                         future: n % 3 == 0 ? "practise a little every day" : "")
            }
            order += 1
        }
    }

    /// Those furthest along have practised once with a classmate.
    private static func addRehearsal(to portfolio: inout Portfolio, with partner: String, spanish: Bool) {
        var r = Rehearsal(id: "\(portfolio.studentID)-r1", startedAt: moment(Day(year: 2026, month: 11, day: 24)!, hour: 10),
                          partner: .peer, partnerName: String(partner.split(separator: " ").first ?? ""), totalSteps: 6)
        let chosen = portfolio.chosen.count
        r.totalSteps = 2 + chosen * 4 + 4
        r.currentStep = r.totalSteps - 1
        r.stepsReached = r.totalSteps
        r.secondsTaken = 240 + chosen * 60
        r.criteria = ["welcome": true, "body-language": false, "voice": true, "explains": true, "owns": false,
                      "answers": true, "no-excuses": true]
        r.workedWell = spanish ? "Explicaste tu trabajo con tus propias palabras" : "You explained your graph in your own words"
        r.tryNext = spanish ? "Mira a tu familia cuando hablas" : "Look at your family when you read your starters"
        r.finishedAt = r.startedAt.addingTimeInterval(Double(r.secondsTaken + 60))
        portfolio.rehearsals.append(r)
    }

    private static func addJournal(to portfolio: inout Portfolio, starters: StarterSet, subjects: [Subject],
                                   rng: inout SeededGenerator) {
        let english = ["drawing the groups first", "carrying the tens", "where the water goes after the clouds",
                       "why leaves change colour", "I read more chapter books", "reading my story out loud"]
        let spanish = ["dibujar los grupos primero", "llevar las decenas", "adónde va el agua después de las nubes",
                       "por qué cambian de color las hojas", "leo más libros de capítulos", "leer mi cuento en voz alta"]
        let words = starters.language == "es" ? spanish : english
        let count = 2 + Int(rng.next() % 4)
        for i in 0..<count {
            let day = Day(year: 2026, month: 9 + i % 3, day: 3 + Int(rng.next() % 25))!
            let k = Int(rng.next() % UInt64(starters.lesson.count))
            portfolio.journal.append(JournalEntry(
                id: "\(portfolio.studentID)-j\(i + 1)", date: moment(day, hour: 15),
                subjectID: subjects[Int(rng.next() % UInt64(subjects.count))].id,
                starter: starters.lesson[k], words: words[Int(rng.next() % UInt64(words.count))]))
        }
    }

    static func moment(_ day: Day, hour: Int = 14) -> Date {
        var c = DateComponents()
        c.year = day.year
        c.month = day.month
        c.day = day.day
        c.hour = hour
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: c)!
    }
}
