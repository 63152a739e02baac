import Foundation
import LearnerLedCore
import TerminalKit

/// The teacher's glanceable view of one student's live conference: what the child planned, where they are,
/// what to ask, what was seen. It follows the student's own terminal.
struct LiveSupportScreen: ScreenFeature {
    enum Focus: Equatable, Sendable { case agenda, criteria, note }

    let student: StudentID
    var studentID: StudentID? { student }
    /// The conference as the student will lead it (rebuilt when their portfolio changes).
    var steps: [ConferenceStep] = []
    /// The chosen artifacts in order, with their places in the portfolio: the agenda.
    var agendaRows: [PortfolioRow] = []
    var agenda: [ArtifactID] { agendaRows.compactMap(\.artifactID) }
    /// The teacher's place in the agenda; it follows the student's step as they move on.
    var agendaIndex = 0
    /// The student's step when last seen, to notice when they move.
    var followedStep: Int?
    var focus: Focus = .agenda
    var criterionIndex = 0
    var note = TextEditor("", maxLength: 300)
    /// The slot timer: time counted before the last start, and when it was started (nil while paused).
    var timerSeconds = 0
    var timerStartedAt: Date?

    init(studentID: StudentID) { student = studentID }

    var takesText: Bool { focus == .note }
    var followsOtherTerminals: Bool { true }
    var helpInBar: Bool { false }

    func agendaArtifact(_ i: Int, in p: Portfolio) -> Artifact? { PortfolioRows.artifact(row: i, of: agendaRows, in: p) }

    func elapsed(at now: Date) -> Int {
        timerSeconds + (timerStartedAt.map { max(0, Int(now.timeIntervalSince($0))) } ?? 0)
    }

    /// Questions on number keys: 1–9, then 0 for the tenth.
    static let questionKeys = 10

    /// The numbered questions: those the teacher pinned for this student first, then the class's bank.
    /// The probing questions in the child's language: they are asked aloud to the child and family.
    func bank(_ classroom: Classroom) -> [String] {
        classroom.probingQuestions(for: classroom.student(student)?.preferredLanguage)
    }

    /// The success criteria in the teacher's language; the ids are the same in every language.
    static func criteria(_ app: AppState, _ classroom: Classroom) -> [SuccessCriterion] {
        classroom.successCriteria(for: app.strings.language)
    }

    static func questions(pinned: [String], bank: [String]) -> [String] {
        var seen = Set<String>()
        return (pinned + bank).filter { seen.insert($0).inserted }
    }

    /// The teacher opens the view from the class list or a portfolio.
    static func start(_ id: StudentID, _ app: inout AppState) -> [Effect] {
        app.open(LiveSupportScreen(studentID: id))
        return app.portfolios[id] == nil ? [.loadPortfolios(ids: [id])] : []
    }

    func keys(_ app: AppState) -> KeyTable {
        switch focus {
        case .note:
            return [KeyBinding([.enter], "keep the note", .open), KeyBinding([.escape], "cancel", .back)]
        case .criteria:
            return [
                KeyBinding([.space], "seen / not yet", .toggle),
                KeyBinding([.up], "move", label: "↑↓", .up),
                KeyBinding([.down], "move down", inBar: false, .down),
                KeyBinding([.tab], "agenda", .switchPane),
                KeyBinding([.escape], "leave", .back),
            ]
        case .agenda:
            return [
                KeyBinding([.right, .character("n")], "next", label: "→", .nextStep),
                KeyBinding([.left, .character("p")], "back", label: "←", .previousStep),
                KeyBinding([.character("c")], "covered", .markCovered),
                KeyBinding((0...9).map { Key.character(Character(String($0))) }, "ask question", label: "0-9") { key in
                    guard case .character(let c) = key, let n = c.wholeNumberValue else { return nil }
                    return .useQuestion(n == 0 ? 10 : n)
                },
                KeyBinding([.character("t")], "timer", .toggleTimer),
                KeyBinding([.character("i")], "note", .writeNote),
                KeyBinding([.tab], "criteria", .switchPane),
                KeyBinding([.escape], "leave", .back),
            ]
        }
    }

    mutating func refresh(_ app: AppState) {
        guard let classroom = app.classroom else { return }
        let p = app.portfolios[student] ?? Portfolio(studentID: student)
        steps = ConferenceScript.steps(for: p, in: classroom)
        agendaRows = PortfolioRows.chosen(p)
        // Follow the student: when their step moves, the teacher's place moves to the same artifact.
        if let step = p.conference?.currentStep, step != followedStep, steps.indices.contains(step) {
            followedStep = step
            if let artifact = steps[step].artifactID, let i = agenda.firstIndex(of: artifact) {
                agendaIndex = i
            } else if case .closing = steps[step].kind {
                agendaIndex = agendaRows.count
            }
        }
        agendaIndex = min(agendaIndex, agendaRows.count)
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        if focus == .note { return reduceNote(action, &app, now: now) }
        guard let classroom = app.classroom else { return nil }
        let record = app.portfolios[student]?.conference ?? ConferenceRecord()
        switch (focus, action) {
        case (_, .back): app.close()
        case (_, .switchPane): focus = focus == .criteria ? .agenda : .criteria
        case (.criteria, .up): criterionIndex = max(0, criterionIndex - 1)
        case (.criteria, .down): criterionIndex = min(max(0, Self.criteria(app, classroom).count - 1), criterionIndex + 1)
        case (.criteria, .toggle):
            guard Self.criteria(app, classroom).indices.contains(criterionIndex) else { return [] }
            let criterion = Self.criteria(app, classroom)[criterionIndex].id
            return app.commit(.conference(.criterionSeen(criterion, !record.criteriaSeen.contains(criterion))), to: student, label: nil)
        case (.agenda, .nextStep): agendaIndex = min(agendaRows.count, agendaIndex + 1)
        case (.agenda, .previousStep): agendaIndex = max(0, agendaIndex - 1)
        case (.agenda, .markCovered):
            guard agenda.indices.contains(agendaIndex) else { return [] }
            let artifact = agenda[agendaIndex]
            return app.commit(.conference(.covered(artifactID: artifact, !record.artifactsCovered.contains(artifact))), to: student, label: nil)
        case (.agenda, .useQuestion(let n)):
            let questions = Self.questions(pinned: app.teacherNotes[student]?.pinnedQuestions ?? [], bank: bank(classroom))
            guard questions.indices.contains(n - 1) else { return [] }
            let q = questions[n - 1]
            return app.commit(.conference(.questionUsed(q, !record.questionsUsed.contains(q))), to: student, label: nil)
        case (.agenda, .toggleTimer):
            if timerStartedAt != nil {
                timerSeconds = elapsed(at: now)
                timerStartedAt = nil
            } else {
                timerStartedAt = now
            }
        case (.agenda, .writeNote): focus = .note
        default: return nil
        }
        return []
    }

    /// The note line at the bottom: typing, Enter keeps it in the teacher's notes, Esc drops it.
    private mutating func reduceNote(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        switch action {
        case .type(let key):
            note.handle(key)
        case .open:
            let text = note.text.trimmingCharacters(in: .whitespaces)
            note = TextEditor("", maxLength: 300)
            focus = .agenda
            guard !text.isEmpty else { return [] }
            app.setStatus(app.tr("Note kept (teacher-only)."), .info)
            return app.commitTeacherNotes(student, .addNote(TimedNote(at: now, text: text)))
        case .back:
            note = TextEditor("", maxLength: 300)
            focus = .agenda
        default:
            return nil
        }
        return []
    }

    /// A note half-written when the program must end is kept.
    mutating func saveBeforeQuit(_ app: inout AppState, now: Date) -> [Effect] {
        let text = note.text.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? [] : app.commitTeacherNotes(student, .addNote(TimedNote(at: now, text: text)))
    }
}
