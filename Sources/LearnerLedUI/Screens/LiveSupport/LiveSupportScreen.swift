import Foundation
import LearnerLedCore
import TerminalKit

/// The teacher's glanceable view of one student's conference, or of a rehearsal they are listening in on: the
/// agenda from the welcome to the end, where the child is (which starter of which artifact), what to ask, what was
/// seen, and the teacher's notes. It follows the student's own terminal through the shared files.
struct LiveSupportScreen: ScreenFeature {
    enum Focus: Equatable, Sendable { case agenda, criteria, note }

    /// What the view follows: the real conference, or one rehearsal (by id).
    enum Following: Equatable, Sendable {
        case conference
        case rehearsal(String)
    }

    /// A line of the agenda.
    enum Row: Equatable, Sendable {
        case opening
        case artifact(ArtifactID)
        case closing
        case done
    }

    let student: StudentID
    /// Chosen when the view opens, and again as the child starts a rehearsal or the conference.
    var following: Following
    var studentID: StudentID? { student }
    /// The conference as the student leads it (rebuilt when their portfolio changes).
    var steps: [ConferenceStep] = []
    /// The chosen artifacts with their places in the portfolio, for finding them without a search.
    var agendaRows: [PortfolioRow] = []
    var rows: [Row] = [.opening, .closing]
    /// The teacher's place in the agenda; it follows the student's as they move on.
    var agendaIndex = 0
    /// The student's place when last seen, to notice when they move.
    var followedRow: Int?
    var focus: Focus = .agenda
    var criterionIndex = 0
    var note = TextEditor("", maxLength: 300)

    init(studentID: StudentID, following: Following = .conference) {
        student = studentID
        self.following = following
    }

    var takesText: Bool { focus == .note }
    var followsOtherTerminals: Bool { true }
    var helpInBar: Bool { false }
    var isRehearsal: Bool { following != .conference }

    /// The teacher opens the view from the class list or a portfolio: the conference once it has begun, else the
    /// rehearsal the child is practising now (or the conference to come).
    static func start(_ id: StudentID, _ app: inout AppState) -> [Effect] {
        app.open(LiveSupportScreen(studentID: id, following: following(id, app)))
        return app.portfolios[id] == nil ? [.loadPortfolios(ids: [id])] : []
    }

    static func following(_ id: StudentID, _ app: AppState) -> Following {
        app.portfolios[id].map { following($0, at: app.clock) } ?? .conference
    }

    /// A rehearsal whose child moved a step within this long is one being practised now.
    static let practisingNow: TimeInterval = 30 * 60

    static func conferenceBegun(_ p: Portfolio) -> Bool {
        p.conference?.status == .inProgress || p.conference?.status == .done
    }

    static func following(_ p: Portfolio, at now: Date) -> Following {
        if conferenceBegun(p) { return .conference }
        if let open = p.rehearsals.last(where: { !$0.isFinished }), let moved = open.lastStepAt,
           now.timeIntervalSince(moved) < practisingNow {
            return .rehearsal(open.id)
        }
        return .conference
    }

    /// A chosen artifact, found by its remembered place: no search through the whole portfolio.
    func agendaArtifact(_ id: ArtifactID, in p: Portfolio?) -> Artifact? {
        guard let p, let i = agendaRows.firstIndex(where: { $0.artifactID == id }) else { return nil }
        return PortfolioRows.artifact(row: i, of: agendaRows, in: p)
    }

    // MARK: - What the child is doing

    /// The conference or rehearsal as the view needs it: the step, whether it is over, who is there, what was seen.
    struct Session: Equatable {
        var step: Int
        var isDone: Bool
        var seen: [String]
        var startedAt: Date?
        var finishedAt: Date?
    }

    func session(_ p: Portfolio?) -> Session {
        switch following {
        case .conference:
            let r = p?.conference ?? ConferenceRecord()
            return Session(step: r.currentStep, isDone: r.status == .done, seen: r.criteriaSeen, startedAt: r.startedAt,
                           finishedAt: r.finishedAt)
        case .rehearsal(let id):
            let r = p?.rehearsals.first { $0.id == id }
            return Session(step: r?.currentStep ?? 0, isDone: r?.isFinished ?? false, seen: r?.teacherSeen ?? [],
                           startedAt: r?.startedAt, finishedAt: r?.finishedAt)
        }
    }

    func rehearsal(_ p: Portfolio?) -> Rehearsal? {
        guard case .rehearsal(let id) = following else { return nil }
        return p?.rehearsals.first { $0.id == id }
    }

    /// The agenda row the student is on.
    func studentRow(_ s: Session) -> Int? {
        if s.isDone { return rows.firstIndex(of: .done) }
        guard steps.indices.contains(s.step) else { return nil }
        switch steps[s.step].kind {
        case .opening: return rows.firstIndex(of: .opening)
        case .showArtifact(let id), .starter(let id, _): return rows.firstIndex(of: .artifact(id))
        case .closing: return rows.firstIndex(of: .closing)
        }
    }

    /// "2 of 3" while the child says the starters of an artifact.
    func starterPlace(_ s: Session, in p: Portfolio?) -> (artifact: ArtifactID, part: ReflectionPart, index: Int)? {
        guard !s.isDone, steps.indices.contains(s.step), case .starter(let id, let part) = steps[s.step].kind else { return nil }
        let order = ReflectionPart.order(for: agendaArtifact(id, in: p)?.stickyNote?.reason)
        return (id, part, (order.firstIndex(of: part) ?? 0) + 1)
    }

    // MARK: - Keys

    func keys(_ app: AppState) -> KeyTable {
        switch focus {
        case .note:
            return [KeyBinding([.enter], isRehearsal ? "keep the feedback" : "keep the note", .open), KeyBinding([.escape], "cancel", .back)]
        case .criteria:
            return [
                KeyBinding([.space], "seen / not yet", .toggle),
                KeyBinding([.up], "move", label: "↑↓", .up),
                KeyBinding([.down], "move down", inBar: false, .down),
                KeyBinding([.tab], "agenda", .switchPane),
                KeyBinding([.escape], "leave", .back),
            ]
        case .agenda:
            var table: KeyTable = [
                KeyBinding([.right, .character("n")], "next", label: "→", .nextStep),
                KeyBinding([.left, .character("p")], "back", label: "←", .previousStep),
            ]
            if !isRehearsal {
                table += [
                    KeyBinding([.character("c")], "covered", .markCovered),
                    KeyBinding((0...9).map { Key.character(Character(String($0))) }, "ask question", label: "0-9") { key in
                        guard case .character(let c) = key, let n = c.wholeNumberValue else { return nil }
                        return .useQuestion(n == 0 ? 10 : n)
                    },
                    KeyBinding([.character("r")], "the record", .open),
                ]
            }
            return table + [
                KeyBinding([.character("i")], isRehearsal ? "feedback" : "note", .writeNote),
                KeyBinding([.tab], "criteria", .switchPane),
                KeyBinding([.escape], "leave", .back),
            ]
        }
    }

    /// Questions on number keys: 1–9, then 0 for the tenth.
    static let questionKeys = 10

    /// The probing questions in the child's language: they are asked aloud to the child and family.
    func bank(_ classroom: Classroom) -> [String] {
        classroom.probingQuestions(for: classroom.student(student)?.preferredLanguage)
    }

    /// The success criteria in the teacher's language; the ids are the same in every language.
    static func criteria(_ app: AppState, _ classroom: Classroom) -> [SuccessCriterion] {
        classroom.successCriteria(for: app.strings.language)
    }

    /// The numbered questions: those the teacher pinned for this student first, then the class's bank.
    static func questions(pinned: [String], bank: [String]) -> [String] {
        var seen = Set<String>()
        return (pinned + bank).filter { seen.insert($0).inserted }
    }

    // MARK: - Reduce

    mutating func refresh(_ app: AppState) {
        guard let classroom = app.classroom else { return }
        let p = app.portfolios[student] ?? Portfolio(studentID: student)
        // The child began something since the view opened: follow it. A rehearsal that ends stays on screen.
        let now = Self.following(p, at: app.clock)
        if now != following, following == .conference || (now == .conference && Self.conferenceBegun(p)) {
            following = now
            followedRow = nil
        }
        steps = ConferenceScript.steps(for: p, in: classroom)
        agendaRows = PortfolioRows.chosen(p)
        let s = session(p)
        rows = [.opening] + agendaRows.compactMap(\.artifactID).map { .artifact($0) } + [.closing] + (s.isDone ? [.done] : [])
        // Follow the student: when their place moves, the teacher's moves with it; looking elsewhere is kept until then.
        if let place = studentRow(s), place != followedRow {
            followedRow = place
            agendaIndex = place
        }
        agendaIndex = min(agendaIndex, rows.count - 1)
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        if focus == .note { return reduceNote(action, &app, now: now) }
        guard let classroom = app.classroom else { return nil }
        let p = app.portfolios[student]
        let s = session(p)
        let criteria = Self.criteria(app, classroom)
        switch (focus, action) {
        case (_, .back): app.close()
        case (_, .switchPane): focus = focus == .criteria ? .agenda : .criteria
        case (.criteria, .up): criterionIndex = max(0, criterionIndex - 1)
        case (.criteria, .down): criterionIndex = min(max(0, criteria.count - 1), criterionIndex + 1)
        case (.criteria, .toggle):
            guard criteria.indices.contains(criterionIndex) else { return [] }
            let id = criteria[criterionIndex].id
            return commit(seen: id, !s.seen.contains(id), &app)
        case (.agenda, .nextStep): agendaIndex = min(rows.count - 1, agendaIndex + 1)
        case (.agenda, .previousStep): agendaIndex = max(0, agendaIndex - 1)
        case (.agenda, .markCovered):
            guard !isRehearsal, case .artifact(let id) = rows[agendaIndex] else { return [] }
            let covered = p?.conference?.artifactsCovered.contains(id) ?? false
            return app.commit(.conference(.covered(artifactID: id, !covered)), to: student, label: nil)
        case (.agenda, .useQuestion(let n)):
            guard !isRehearsal else { return [] }
            let questions = Self.questions(pinned: app.teacherNotes[student]?.pinnedQuestions ?? [], bank: bank(classroom))
            guard questions.indices.contains(n - 1) else { return [] }
            let q = questions[n - 1]
            let used = p?.conference?.questionsUsed.contains(q) ?? false
            return app.commit(.conference(.questionUsed(q, !used)), to: student, label: nil)
        case (.agenda, .open):
            guard !isRehearsal else { return [] }
            app.open(DocumentScreen(page: .conferenceRecord(student)))
        case (.agenda, .writeNote): focus = .note
        default: return nil
        }
        return []
    }

    private func commit(seen id: String, _ on: Bool, _ app: inout AppState) -> [Effect] {
        switch following {
        case .conference: return app.commit(.conference(.criterionSeen(id, on)), to: student, label: nil)
        case .rehearsal(let r): return app.commit(.rehearsalByTeacher(id: r, .criterionSeen(id, on)), to: student, label: nil)
        }
    }

    /// The note line at the bottom: typing, Enter keeps it (a conference note in the teacher's own file, or feedback
    /// in the rehearsal's record), Esc drops it.
    private mutating func reduceNote(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        switch action {
        case .type(let key):
            note.handle(key)
        case .open:
            let text = note.text.trimmingCharacters(in: .whitespaces)
            note = TextEditor("", maxLength: 300)
            focus = .agenda
            guard !text.isEmpty else { return [] }
            return keep(TimedNote(at: now, text: text), &app)
        case .back:
            note = TextEditor("", maxLength: 300)
            focus = .agenda
        default:
            return nil
        }
        return []
    }

    private func keep(_ note: TimedNote, _ app: inout AppState) -> [Effect] {
        switch following {
        case .conference:
            app.setStatus(app.tr("Note kept (teacher-only)."), .info)
            return app.commitTeacherNotes(student, .addNote(note))
        case .rehearsal(let id):
            app.setStatus(app.tr("Feedback kept with this rehearsal."), .info)
            return app.commit(.rehearsalByTeacher(id: id, .feedback(note)), to: student, label: nil)
        }
    }

    /// A note half-written when the program must end is kept.
    mutating func saveBeforeQuit(_ app: inout AppState, now: Date) -> [Effect] {
        let text = note.text.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? [] : keep(TimedNote(at: now, text: text), &app)
    }
}
