import Foundation

/// A page for families, as sections that any format (text, Markdown, HTML) can lay out.
public struct PrintableDocument: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var heading: String
        public var lines: [String]

        public init(heading: String, lines: [String]) {
            self.heading = heading
            self.lines = lines
        }
    }

    public struct Section: Equatable, Sendable {
        public var title: String
        public var items: [Item]

        public init(title: String, items: [Item]) {
            self.title = title
            self.items = items
        }
    }

    public var title: String
    public var subtitle: String
    public var sections: [Section]
    /// The language most of the page is in (for the HTML `lang`).
    public var language: String

    public init(title: String, subtitle: String, sections: [Section], language: String) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
        self.language = language
    }

    /// What a family takes home: the child's conference in their own words.
    public init(summaryOf p: Portfolio, classroom: Classroom) {
        let name = classroom.student(p.studentID)?.displayName ?? p.studentID.rawValue
        let starters = classroom.starters(for: classroom.student(p.studentID)?.preferredLanguage)
        language = starters.language
        title = "\(p.cover.symbol) \(p.cover.title)"
        subtitle = "\(name) · \(classroom.name) · \(classroom.teacher)"
            + (p.conference?.finishedAt.map { " · conference on \(Day($0).description)" } ?? "")

        var sections: [Section] = []
        let chosen = p.chosen.map { a -> Item in
            let subject = classroom.subject(a.subjectID).map { "\($0.symbol) \($0.name)" } ?? a.subjectID.rawValue
            var lines = ["\(subject) · \(a.kind.rawValue) · \(a.date.description)" + (a.location.isEmpty ? "" : " · \(a.location)")]
            if let note = a.stickyNote {
                lines.append("Chosen to show a \(note.reason.rawValue)" + (note.words.isEmpty ? "." : ": “\(note.words)”"))
            }
            for part in ReflectionPart.order(for: a.stickyNote?.reason) where !a.reflection[part].isEmpty {
                lines.append("\(starters.artifact[part]) \(a.reflection[part])")
            }
            return Item(heading: a.title, lines: lines)
        }
        sections.append(Section(title: "What I chose to share",
                                items: chosen.isEmpty ? [Item(heading: "", lines: ["Nothing chosen yet."])] : chosen))

        let entries = p.entries
        let highlights = Array(entries.prefix(3)) + (entries.count > 3 ? [entries.last!] : [])
        if !highlights.isEmpty {
            sections.append(Section(title: "From my journal", items: highlights.map {
                Item(heading: Day($0.date).description, lines: ["\($0.starter) \($0.words)"])
            }))
        }

        let finished = p.rehearsals.filter(\.isFinished)
        if let last = finished.last {
            var lines = ["I practised \(finished.count) time\(finished.count == 1 ? "" : "s"); the last time \(last.partner.describe(last.partnerName))."]
            if !last.workedWell.isEmpty { lines.append("What worked: \(last.workedWell)") }
            if !last.tryNext.isEmpty { lines.append("What I tried next: \(last.tryNext)") }
            sections.append(Section(title: "Getting ready", items: [Item(heading: "", lines: lines)]))
        }

        if let record = p.conference, record.status == .done {
            var lines = record.nextSteps.map { "• \($0)" }
            if lines.isEmpty { lines = ["(none written down)"] }
            if !record.attendees.isEmpty { lines.append("With: \(record.attendees.joined(separator: ", "))") }
            sections.append(Section(title: "Our next steps", items: [Item(heading: "", lines: lines)]))
        }
        self.sections = sections
    }
}

/// The one-page guide for families: what a learner-led conference is and how to take part.
public enum FamilyHandout {
    public static let languages = ["en", "es"]

    public static func document(language: String) -> PrintableDocument {
        let (title, parts) = sections(language: language)
        return PrintableDocument(title: title, subtitle: language == "es" ? "Guía para las familias" : "A guide for families",
                                 sections: parts.map { Section(title: $0.title, items: [Item(heading: "", lines: $0.lines)]) },
                                 language: language)
    }

    typealias Section = PrintableDocument.Section
    typealias Item = PrintableDocument.Item

    static func sections(language: String) -> (title: String, sections: [(title: String, lines: [String])]) {
        if language == "es" {
            return ("Su hijo o hija dirige la conferencia", [
                ("¿Qué es una conferencia dirigida por el estudiante?", [
                    "Esta vez, su hijo o hija le muestra su propio trabajo y le cuenta lo que aprendió, lo que todavía le cuesta y lo que hará después. La maestra o el maestro está presente para apoyar.",
                ]),
                ("¿Por qué la dirige su hijo o hija?", [
                    "Hablar de su propio aprendizaje le ayuda a entenderlo y a hacerse responsable de él. Para muchos niños, solo presentar su trabajo ya es un gran paso.",
                ]),
                ("Cómo participar", [
                    "• Escuche primero: deje que su hijo o hija hable y muestre su trabajo.",
                    "• Pregunte sobre el trabajo, no solo sobre las notas.",
                    "• Deje que dirija, aunque tarde un poco o se equivoque.",
                    "• Guarde el teléfono durante la conferencia.",
                    "• Al final, acuerden juntos uno o dos pasos siguientes.",
                ]),
                ("Preguntas que puede hacer", [
                    "• ¿De qué trabajo estás más orgulloso u orgullosa? ¿Por qué?",
                    "• ¿Qué fue difícil y cómo lo intentaste?",
                    "• ¿Qué quieres aprender después?",
                    "• ¿Cómo te podemos ayudar en casa?",
                ]),
            ])
        }
        return ("Your child leads the conference", [
            ("What is a learner-led conference?", [
                "This time your child shows you their own work and tells you what they have learned, what is still hard, and what they will do next. The teacher is there to support.",
            ]),
            ("Why does your child lead?", [
                "Talking about their own learning helps children understand it and own it. For some children, just sitting down and showing their work is big growth.",
            ]),
            ("How to take part", [
                "• Listen first: let your child talk and show their work.",
                "• Ask about the work, not only about grades.",
                "• Let your child lead, even if it takes a little longer or they make a mistake.",
                "• Put phones away during the conference.",
                "• At the end, agree together on one or two next steps.",
            ]),
            ("Questions you might ask", [
                "• Which piece of work are you proudest of? Why?",
                "• What was hard, and how did you keep trying?",
                "• What do you want to learn next?",
                "• How can we help you at home?",
            ]),
        ])
    }
}
