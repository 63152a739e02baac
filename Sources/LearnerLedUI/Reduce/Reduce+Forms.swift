import Foundation
import LearnerLedCore
import TerminalKit

extension AppState {
    mutating func reduceArtifactForm(_ action: Action, now: Date) -> [Effect] {
        guard case .artifactForm(var form) = screen, let classroom else { return [] }
        switch action {
        case .nextField, .previousField: form.focus = form.focus.cycled(action.step)
        case .choosePrevious, .chooseNext:
            if form.focus == .subject {
                form.subjectIndex = form.subjectIndex.cycled(action.step, in: classroom.subjects.count)
            } else if form.focus == .kind {
                form.kindIndex = form.kindIndex.cycled(action.step, in: ArtifactKind.known.count)
            }
        case .type(let key):
            form.edit(form.focus) { $0.handle(key) }
            form.error = nil
        case .back:
            screen = .artifactForm(form)
            if form.hasChanges { overlay = .confirm(.discardForm) } else { popScreen() }
            return []
        case .open:
            switch form.artifact(subjects: classroom.subjects, now: now) {
            case .failure(let error):
                form.error = error.message
                form.focus = error.field
            case .success(let artifact):
                popScreen()
                guard form.hasChanges else { return [] }
                let change: PortfolioChange = form.original.map { .updateArtifact(artifact, base: $0) } ?? .addArtifact(artifact)
                let effects = commit(change, to: form.studentID,
                                     label: form.isEditing ? "changes to “\(artifact.title)”" : "adding “\(artifact.title)”")
                selectArtifact(artifact.id, of: form.studentID)
                return effects
            }
        default:
            return []
        }
        screen = .artifactForm(form)
        return []
    }

    /// Puts the cursor on an artifact in the open portfolio (e.g. the one just added).
    mutating func selectArtifact(_ artifactID: String, of id: String) {
        guard case .portfolio(var s) = screen, s.studentID == id,
              let row = s.rows.firstIndex(where: { $0.artifactID == artifactID }) else { return }
        s.selected = row
        s.scroll = ListScroll.offset(selected: row, current: s.scroll, visible: Layout.portfolioListRows(height), count: s.rows.count)
        screen = .portfolio(s)
    }

    mutating func reduceDecorate(_ action: Action) -> [Effect] {
        guard case .decorate(var form) = screen else { return [] }
        switch action {
        case .nextField, .previousField: form.focus = form.focus.cycled(action.step)
        case .choosePrevious, .chooseNext:
            if form.focus == .theme {
                form.themeIndex = form.themeIndex.cycled(action.step, in: themeNames.count)
            } else if form.focus == .symbol {
                form.symbolIndex = form.symbolIndex.cycled(action.step, in: form.symbolChoices.count)
            }
        case .type(let key) where form.focus == .title:
            form.title.handle(key)
        case .back:
            popScreen()
            return []
        case .open:
            popScreen()
            let cover = form.cover(themeNames: themeNames)
            guard cover != form.original else { return [] }
            let effects = commit(.setCover(cover, base: form.original), to: form.studentID, label: "the new cover")
            return effects
        default:
            return []
        }
        screen = .decorate(form)
        return []
    }

    mutating func reduceNewClassroom(_ action: Action) -> [Effect] {
        guard case .newClassroom(var form) = screen else { return [] }
        let fields = NewClassroomForm.Field.allCases
        form.error = nil
        switch action {
        case .nextField, .previousField: form.focus = form.focus.cycled(action.step)
        case .type(let key):
            switch form.focus {
            case .name: form.name.handle(key)
            case .teacher: form.teacher.handle(key)
            case .student: form.student.handle(key)
            }
        case .back:
            popScreen()
            return []
        case .open where form.focus != .student:
            form.focus = fields[form.focus.rawValue + 1]
        case .open:
            let name = form.student.text.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty {
                form.students.append(name)
                form.student.setText("")
            } else {
                let className = form.name.text.trimmingCharacters(in: .whitespaces)
                let teacher = form.teacher.text.trimmingCharacters(in: .whitespaces)
                if className.isEmpty {
                    form.error = "Give the class a name."
                    form.focus = .name
                } else if teacher.isEmpty {
                    form.error = "Write the teacher's name."
                    form.focus = .teacher
                } else {
                    screen = .newClassroom(form)
                    return [.createClassroom(Self.classroom(named: className, teacher: teacher, students: form.students))]
                }
            }
        default:
            return []
        }
        screen = .newClassroom(form)
        return []
    }

    static func classroom(named name: String, teacher: String, students: [String]) -> Classroom {
        var classroom = Classroom(name: name, teacher: teacher)
        var taken = Set<String>()
        for student in students {
            let id = Identifier.uniqueStudentID(for: student, taken: taken)
            taken.insert(id)
            classroom.roster.append(RosterEntry(id: id, displayName: student))
        }
        return classroom
    }
}
