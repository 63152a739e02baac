import Foundation

/// One thing the teacher changed in the class's shared document, applied like a PortfolioChange: on screen at
/// once, then on top of whatever is on disk, under the lock.
public enum ClassroomChange: Equatable, Sendable {
    case setBoundaries(Boundaries, base: Boundaries)
    /// Adds students not already on the roster (by id), in order.
    case addStudents([RosterEntry])
    case setSubjects([Subject], base: [Subject])
    case setCriteria([SuccessCriterion], base: [SuccessCriterion])
    case setQuestions([String], base: [String])
    /// Adds or replaces the starter set of that language.
    case setStarterSet(StarterSet, base: StarterSet?)
    case setConferenceFormat(ConferenceSettings.Format, slotMinutes: Int)
    /// Books a student's slot (replacing their earlier one), or frees it with nil.
    case schedule(studentID: StudentID, ScheduledConference?)
    /// A new name, language or family contact; the id stays.
    case updateStudent(RosterEntry)
    /// Off the roster, files kept; back with `restoreStudent`.
    case removeStudent(StudentID, at: Date)
    case restoreStudent(StudentID)
    /// The language of the teacher's screens and the class's own.
    case setLanguage(String)

    public func apply(to c: inout Classroom) throws(StoreError) {
        switch self {
        case .setBoundaries(let boundaries, let base):
            guard c.boundaries == base || c.boundaries == boundaries else {
                throw .conflict(file: "classroom.json", reason: "the class rules were changed in another window")
            }
            c.boundaries = boundaries
        case .addStudents(let students):
            for s in students where !c.allStudents.contains(where: { $0.id == s.id }) { c.allStudents.append(s) }
        case .updateStudent(let entry):
            guard let i = c.allStudents.firstIndex(where: { $0.id == entry.id }) else {
                throw .conflict(file: "classroom.json", reason: "that student is no longer in the class")
            }
            c.allStudents[i].displayName = entry.displayName
            c.allStudents[i].preferredLanguage = entry.preferredLanguage
            c.allStudents[i].familyContact = entry.familyContact
            c.allStudents[i].schoolID = entry.schoolID
            c.allStudents[i].email = entry.email
        case .removeStudent(let id, let at):
            guard let i = c.allStudents.firstIndex(where: { $0.id == id }) else { return }
            if c.allStudents[i].removedAt == nil { c.allStudents[i].removedAt = at }
            c.conference.schedule.removeAll { $0.studentID == id }
        case .restoreStudent(let id):
            guard let i = c.allStudents.firstIndex(where: { $0.id == id }) else { return }
            c.allStudents[i].removedAt = nil
        case .setSubjects(let subjects, let base):
            try Self.replace(&c.subjects, with: subjects, base: base, what: "subjects")
        case .setCriteria(let criteria, let base):
            try Self.replace(&c.successCriteria, with: criteria, base: base, what: "success criteria")
        case .setQuestions(let questions, let base):
            try Self.replace(&c.probingQuestions, with: questions, base: base, what: "questions")
        case .setStarterSet(let set, let base):
            let current = c.starterSets.first { $0.language == set.language }
            guard current == base || current == set else {
                throw .conflict(file: "classroom.json", reason: "the \(set.languageName) starters were changed in another window")
            }
            if let i = c.starterSets.firstIndex(where: { $0.language == set.language }) {
                c.starterSets[i] = set
            } else {
                c.starterSets.append(set)
            }
        case .setConferenceFormat(let format, let minutes):
            c.conference.format = format
            c.conference.slotMinutes = minutes
        case .schedule(let id, let slot):
            c.conference.schedule.removeAll { $0.studentID == id }
            if let slot { c.conference.schedule.append(slot) }
            c.conference.schedule.sort { $0.sortKey < $1.sortKey }
        case .setLanguage(let code):
            c.language = code
        }
    }

    /// A list edited as a whole: applied only over the list this window started from.
    private static func replace<T: Equatable>(_ list: inout [T], with new: [T], base: [T], what: String) throws(StoreError) {
        guard list == base || list == new else {
            throw .conflict(file: "classroom.json", reason: "the \(what) were changed in another window")
        }
        list = new
    }

}
