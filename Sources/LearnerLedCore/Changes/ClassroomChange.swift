/// One thing the teacher changed in the class's shared document, applied like a PortfolioChange: on screen at
/// once, then on top of whatever is on disk, under the lock.
public enum ClassroomChange: Equatable, Sendable {
    case setBoundaries(Boundaries, base: Boundaries)
    /// Adds students not already on the roster (by id), in order.
    case addStudents([RosterEntry])

    public func apply(to c: inout Classroom) throws(StoreError) {
        switch self {
        case .setBoundaries(let boundaries, let base):
            guard c.boundaries == base || c.boundaries == boundaries else {
                throw .conflict(file: "classroom.json", reason: "the class rules were changed in another window")
            }
            c.boundaries = boundaries
        case .addStudents(let students):
            for s in students where c.student(s.id) == nil { c.roster.append(s) }
        }
    }

}
