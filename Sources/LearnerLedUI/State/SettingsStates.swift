import Foundation
import LearnerLedCore
import TerminalKit

/// The teacher's class settings: a menu of what can be changed.
public struct SettingsMenuState: Equatable, Sendable {
    public enum Item: Equatable, Sendable {
        case subjects, rules, criteria, questions, starters(String), newLanguage, conference
    }

    public var selected = 0
    public init() {}

    public static func items(_ c: Classroom) -> [(Item, String)] {
        [(.subjects, "Subjects (\(c.subjects.count))"), (.rules, "Class rules for choosing"),
         (.criteria, "Success criteria (\(c.successCriteria.count))"), (.questions, "Probing questions (\(c.probingQuestions.count))")]
            + c.starterSets.map { (.starters($0.language), "Sentence starters — \($0.languageName)") }
            + [(.newLanguage, "Add a language (a copy of English to translate)"),
               (.conference, "Conference format, slot length and schedule")]
    }
}

/// Editing a list the class shares: subjects, criteria, questions, or one language's starters.
public struct ListEditorState: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case subjects, criteria, questions, starters(String) }

    public var kind: Kind
    public var selected = 0
    /// The line being typed, when adding (`adding`) or changing the selected line.
    public var editor: TextEditor?
    public var adding = false

    public init(kind: Kind) { self.kind = kind }

    /// Whether lines can be added, removed and reordered (a starter set keeps its shape).
    public var isFixed: Bool { if case .starters = kind { return true } else { return false } }

    public var title: String {
        switch kind {
        case .subjects: return "Subjects — a symbol, then the name (e.g. 🎵 Music)"
        case .criteria: return "Success criteria"
        case .questions: return "Probing questions (1–9 in the conference view)"
        case .starters(let language): return "Sentence starters — \(language)"
        }
    }
}

/// A starter set as labelled lines, and back.
enum StarterLines {
    static func lines(_ s: StarterSet) -> [(label: String, text: String)] {
        s.lesson.enumerated().map { ("End of lesson \($0.offset + 1)", $0.element) }
            + [("Artifact: succeeding", s.artifact.succeeding), ("Artifact: challenged", s.artifact.challenged),
               ("Artifact: future", s.artifact.future)]
            + s.opening.enumerated().map { ("Opening \($0.offset + 1)", $0.element) }
            + s.closing.enumerated().map { ("Closing \($0.offset + 1)", $0.element) }
    }

    static func set(_ base: StarterSet, replacing index: Int, with text: String) -> StarterSet {
        var s = base
        var i = index
        if i < s.lesson.count { s.lesson[i] = text; return s }
        i -= s.lesson.count
        switch i {
        case 0: s.artifact.succeeding = text; return s
        case 1: s.artifact.challenged = text; return s
        case 2: s.artifact.future = text; return s
        default: break
        }
        i -= 3
        if i < s.opening.count { s.opening[i] = text; return s }
        i -= s.opening.count
        if i < s.closing.count { s.closing[i] = text }
        return s
    }
}

/// A new language: its code and name, then a copy of English to translate.
public struct NewLanguageForm: Equatable, Sendable {
    public var focus = 0
    public var code = TextEditor("", maxLength: 8)
    public var name = TextEditor("", maxLength: 30)
    public var error: String?
    public init() {}
}

/// How conferences run and who comes when.
public struct ConferenceSettingsState: Equatable, Sendable {
    public enum Focus: Equatable, Sendable { case format, minutes, schedule }
    public var focus: Focus = .format
    public var minutes: TextEditor
    public var selected = 0

    public init(minutes: Int) { self.minutes = TextEditor(String(minutes), maxLength: 3) }
}

/// Booking one conference slot.
public struct SlotForm: Equatable, Sendable {
    public var focus = 0
    public var day: TextEditor
    public var time: TextEditor
    public var studentIndex: Int
    public var family: TextEditor
    public var error: String?

    public init(slot: ScheduledConference?, roster: [RosterEntry], today: Day) {
        day = TextEditor(slot?.day.description ?? today.description, maxLength: 10)
        time = TextEditor(slot?.time ?? "", maxLength: 5)
        studentIndex = slot.flatMap { s in roster.firstIndex { $0.id == s.studentID } } ?? 0
        family = TextEditor(slot?.family.joined(separator: ", ") ?? "", maxLength: 120)
    }
}

/// What the family said after the conference, written down by the teacher.
public struct FamilyFeedbackForm: Equatable, Sendable {
    public var studentID: String
    public var focus = 0
    public var clear: Bool?
    public var timeEnough: Bool?
    public var wentWell: TextEditor
    public var goals: TextEditor

    public init(studentID: String, feedback: FamilyFeedback?) {
        self.studentID = studentID
        clear = feedback?.wasClear
        timeEnough = feedback?.timeWasEnough
        wentWell = TextEditor(feedback?.wentWell ?? "", maxLength: 300)
        goals = TextEditor(feedback?.goalsToAdd ?? "", maxLength: 300)
    }

    public var feedback: FamilyFeedback {
        FamilyFeedback(wasClear: clear, timeWasEnough: timeEnough, wentWell: wentWell.text.trimmingCharacters(in: .whitespaces),
                       goalsToAdd: goals.text.trimmingCharacters(in: .whitespaces))
    }
}
