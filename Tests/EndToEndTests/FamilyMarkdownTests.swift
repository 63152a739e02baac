import Foundation
import Ink
import Testing
@testable import LearnerLedCore

/// The Markdown a family gets is read back by a Markdown parser: headings, paragraphs and lists come out as
/// written, in the family's language, and what people typed cannot turn into Markdown.
@Suite struct FamilyMarkdownTests {
    static func html(_ arguments: [String]) throws -> String {
        let run = try learnerled(arguments + ["--format", "md"])
        #expect(run.status == 0, "\(run.err)")
        return MarkdownParser().html(from: run.out)
    }

    static func count(_ tag: String, in html: String) -> Int { html.components(separatedBy: "<\(tag)>").count - 1 }

    @Test func aSpanishSummaryHasItsHeadingsParagraphsAndLists() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let html = try Self.html(["export", "--data", folder.path, "--student", "jose-garcia"])
        #expect(Self.count("h1", in: html) == 1)
        #expect(html.contains("<h2>Lo que elegí compartir</h2>") && html.contains("<h2>De mi diario</h2>")
                && html.contains("<h2>Preparándome</h2>"))
        #expect(html.contains("<h3>Non-fiction notes: sharks</h3>"))
        // Each of the three chosen artifacts' reflections is one list; every starter said is one point.
        #expect(Self.count("ul", in: html) == 4)
        #expect(html.contains("<li>Este trabajo muestra que estoy teniendo éxito con… explicar mi razonamiento paso a paso</li>"))
        #expect(html.contains("<p>Elegido para mostrar una fortaleza: “Trabajé mucho en esto”</p>"))
        #expect(html.contains("19 de septiembre de 2026") && !html.contains("2026-09-19"))
        for english in ["What I chose", "From my journal", "Chosen to show", "I practised"] { #expect(!html.contains(english)) }
    }

    @Test func markdownInAChildsWordsStaysText() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        try learnerled(["artifact", "add", "--data", folder.path, "--student", "liam-o-brien", "--subject", "art",
                        "--title", "# not a heading *or bold* [link](x) 1. not a list", "--date", "2026-11-02"])
        let store = try DocumentStore(root: folder.path)
        _ = store.update(.student("liam-o-brien"), create: { Portfolio(studentID: "liam-o-brien") }) { p throws(StoreError) in
            let i = p.artifacts.firstIndex { $0.title.hasPrefix("# not") }!
            p.artifacts[i].stickyNote = StickyNote(reason: .strength, words: "- dash _under_", order: 9)
        }
        let html = try Self.html(["export", "--data", folder.path, "--student", "liam-o-brien"])
        #expect(html.contains("<h3># not a heading *or bold* [link](x) 1. not a list</h3>"))
        // The only emphasis is the subtitle's.
        #expect(Self.count("em", in: html) == 1 && !html.contains("<a ") && !html.contains("<strong>") && !html.contains("<ol>"))
        #expect(html.contains("“- dash _under_”"))
    }

    @Test func theHandoutForAClassNamesItsTeacherDaysAndLength() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path])
        let store = try DocumentStore(root: folder.path)
        for (student, day) in [("zoe-muller", "2026-12-02"), ("jose-garcia", "2026-12-03")] {
            _ = store.update(.classroom, create: { DemoClassroom.make().classroom }) { c throws(StoreError) in
                try ClassroomChange.schedule(studentID: StudentID(student),
                                             ScheduledConference(day: Day(day)!, time: "15:00", studentID: StudentID(student))).apply(to: &c)
            }
        }
        let es = try Self.html(["handout", "--data", folder.path, "--language", "es"])
        #expect(es.contains("<h1>Su hijo o hija dirige la conferencia</h1>"))
        #expect(es.contains("<h2>Nuestras conferencias</h2>"))
        #expect(es.contains("<li>Cuándo: del 2 de diciembre de 2026 al 3 de diciembre de 2026</li>"))
        #expect(es.contains("<li>Maestra o maestro: Ms. Rivera</li>") && es.contains("<li>Cada conferencia dura 20 minutos.</li>"))
        #expect(es.contains("<li>Cómo: una familia a la vez.</li>"))
        #expect(Self.count("li", in: es) == 13)
        let en = try Self.html(["handout", "--data", folder.path])
        #expect(en.contains("<li>When: from December 2, 2026 to December 3, 2026</li>"))
        // A folder named that holds no class is said, not guessed around.
        let none = try learnerled(["handout", "--data", TempFolder().path + "/none"])
        #expect(none.status == 1 && none.err.contains("has no classroom yet"))
    }
}
