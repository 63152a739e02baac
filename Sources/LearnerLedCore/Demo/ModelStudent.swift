import Foundation

/// A built-in, read-only student whose conference the teacher steps through with the class before the children
/// prepare theirs (the practice asks the teacher to model it first). Sam's words are in the class's language;
/// each step carries what the teacher points out or asks. Nothing of it is ever saved.
public enum ModelStudent {
    public static let id: StudentID = "model-sam"

    /// Sam's classroom: the class's own starters in the language given, Sam on the roster, the class's subjects.
    public static func classroom(from c: Classroom, _ tr: Strings) -> Classroom {
        var model = c
        let sam = RosterEntry(id: id, displayName: "Sam", preferredLanguage: tr.language)
        model.roster = [sam]
        if !model.subjects.contains(where: { $0.id == "math" }) { model.subjects.append(Subject(id: "math", name: tr("Math"), symbol: "🔢")) }
        if !model.subjects.contains(where: { $0.id == "writing" }) { model.subjects.append(Subject(id: "writing", name: tr("Writing"), symbol: "📝")) }
        return model
    }

    /// Sam's portfolio: two artifacts with sticky notes (a strength and a challenge), every part written.
    public static func portfolio(_ tr: Strings) -> Portfolio {
        var p = Portfolio(studentID: id)
        p.cover = Cover(themeName: "classic", title: tr("Sam's portfolio"), symbol: "🦊")
        p.artifacts = [
            artifact("model-graph", tr("Bar graph of our favourite fruit"), "math", .drawing, "2026-10-05", tr("math folder, page 3"),
                     StickyNote(reason: .strength, words: tr("I checked every count twice"), placedAt: created, order: 0),
                     [tr("reading the scale and counting carefully"), tr("choosing a scale that fits the paper"),
                      tr("label both sides of my graphs")]),
            artifact("model-story", tr("My story about the lost kite"), "writing", .writing, "2026-11-02", tr("writing folder"),
                     StickyNote(reason: .challenge, words: tr("I want my endings to be better"), placedAt: created, order: 1),
                     [tr("a beginning that makes you want to read on"), tr("writing an ending that ties everything together"),
                      tr("plan my ending before I start writing")]),
        ]
        return p
    }

    private static let created = Date(timeIntervalSince1970: 1_790_000_000)

    /// One of Sam's artifacts with its sticky note and the three parts (succeeding, challenged, future) written.
    private static func artifact(_ id: String, _ title: String, _ subject: SubjectID, _ kind: ArtifactKind, _ day: String,
                                 _ location: String, _ note: StickyNote, _ parts: [String]) -> Artifact {
        Artifact(id: ArtifactID(id), title: title, subjectID: subject, kind: kind, date: Day(day)!, location: location, stickyNote: note,
                 reflection: ArtifactReflection(succeeding: parts[0], challenged: parts[1], future: parts[2]), createdAt: created)
    }

    /// What the teacher points out, or asks the class, at each kind of step.
    public static func prompt(for kind: ConferenceStep.Kind, _ tr: Strings) -> String {
        switch kind {
        case .opening(0): return tr("Point out: Sam looks at the family, welcomes them and says thank you.")
        case .opening: return tr("Point out: Sam says what is coming — the agenda — so the family knows what to expect.")
        case .showArtifact: return tr("Point out: Sam holds the work up so everyone can see it, and says why it was chosen.")
        case .starter(_, .succeeding): return tr("Ask the class: how does Sam know this went well? What is the evidence in the work?")
        case .starter(_, .challenged): return tr("Point out: a challenge is said plainly, without excuses. That takes courage.")
        case .starter(_, .future): return tr("Ask the class: is Sam's next step something you could see Sam do? How would you say yours?")
        case .closing(0): return tr("Point out: Sam compares then and now, using the journal.")
        case .closing: return tr("Ask the class: what would you ask Sam now, if you were the family?")
        }
    }
}
