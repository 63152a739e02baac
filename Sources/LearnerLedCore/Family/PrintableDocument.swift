/// A page for families, as sections that any format (text, Markdown, HTML) can lay out, in one language.
public struct PrintableDocument: Equatable, Sendable {
    /// A paragraph, or one point of a list: formats set lists apart (Markdown `-`, HTML `<li>`, a bullet in text).
    public enum Block: Equatable, Sendable {
        case paragraph(String)
        case point(String)
    }

    public struct Item: Equatable, Sendable {
        public var heading: String
        public var blocks: [Block]

        public init(heading: String = "", _ blocks: [Block]) {
            self.heading = heading
            self.blocks = blocks
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
    /// The language the page is in (for the HTML `lang`).
    public var language: String

    public init(title: String, subtitle: String, sections: [Section], language: String) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
        self.language = language
    }
}

extension Classroom {
    /// The language a child's family reads: the child's own when the program speaks it, else the class's.
    public func familyStrings(of id: StudentID) -> Strings {
        student(id).flatMap { Strings.speaking($0.preferredLanguage) } ?? Strings.language(language)
    }
}
