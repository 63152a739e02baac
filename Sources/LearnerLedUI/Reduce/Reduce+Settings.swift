import Foundation
import LearnerLedCore
import TerminalKit

extension AppState {
    mutating func reduceSettings(_ action: Action) -> [Effect] {
        guard case .settings(var s) = screen, let classroom else { return [] }
        let items = SettingsMenuState.items(classroom)
        switch action {
        case .up: s.selected = max(0, s.selected - 1)
        case .down: s.selected = min(items.count - 1, s.selected + 1)
        case .back:
            popScreen()
            return []
        case .open:
            screen = .settings(s)
            switch items[s.selected].0 {
            case .subjects: screens.append(.listEditor(ListEditorState(kind: .subjects)))
            case .rules: screens.append(.boundaries(BoundariesForm(classroom.boundaries, subjects: classroom.subjects)))
            case .criteria: screens.append(.listEditor(ListEditorState(kind: .criteria)))
            case .questions: screens.append(.listEditor(ListEditorState(kind: .questions)))
            case .starters(let language): screens.append(.listEditor(ListEditorState(kind: .starters(language))))
            case .newLanguage: screens.append(.newLanguage(NewLanguageForm()))
            case .conference: screens.append(.conferenceSettings(ConferenceSettingsState(minutes: classroom.conference.slotMinutes)))
            }
            return []
        default:
            return []
        }
        screen = .settings(s)
        return []
    }

    /// The lines a list editor shows, as text.
    func listLines(_ kind: ListEditorState.Kind) -> [String] {
        guard let c = classroom else { return [] }
        switch kind {
        case .subjects: return c.subjects.map { "\($0.symbol) \($0.name)" }
        case .criteria: return c.successCriteria.map(\.text)
        case .questions: return c.probingQuestions
        case .starters(let language): return c.starterSets.first { $0.language == language }.map { StarterLines.lines($0).map(\.text) } ?? []
        }
    }

    /// The change that makes the list read `lines`, keeping the ids of what stayed.
    func listChange(_ kind: ListEditorState.Kind, _ lines: [String], edited: Int?) -> ClassroomChange? {
        guard let c = classroom else { return nil }
        switch kind {
        case .subjects:
            var taken = Set<String>()
            let subjects = lines.enumerated().map { i, line -> Subject in
                let (symbol, name) = Self.splitSymbol(line)
                let keep = i < c.subjects.count && edited != nil && c.subjects.count == lines.count ? c.subjects[i].id : nil
                let existing = keep ?? c.subjects.first { $0.name == name }?.id
                let id = existing ?? Identifier.uniqueStudentID(for: name, taken: taken.union(c.subjects.map(\.id)))
                taken.insert(id)
                return Subject(id: id, name: name, symbol: symbol)
            }
            return .setSubjects(subjects, base: c.subjects)
        case .criteria:
            var taken = Set<String>()
            let criteria = lines.map { text -> SuccessCriterion in
                let id = c.successCriteria.first { $0.text == text }?.id ?? Identifier.uniqueStudentID(for: text, taken: taken)
                taken.insert(id)
                return SuccessCriterion(id: id, text: text)
            }
            // An edited line keeps its id, so past rehearsals still point at it.
            var fixed = criteria
            if let edited, c.successCriteria.count == lines.count { fixed[edited].id = c.successCriteria[edited].id }
            return .setCriteria(fixed, base: c.successCriteria)
        case .questions:
            return .setQuestions(lines, base: c.probingQuestions)
        case .starters(let language):
            guard let base = c.starterSets.first(where: { $0.language == language }), let edited else { return nil }
            return .setStarterSet(StarterLines.set(base, replacing: edited, with: lines[edited]), base: base)
        }
    }

    /// "🎵 Music" → ("🎵", "Music"); a name without a symbol gets "•".
    static func splitSymbol(_ line: String) -> (String, String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if let first = trimmed.first, !first.isLetter, !first.isNumber {
            let rest = trimmed.dropFirst().trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { return (String(first), rest) }
        }
        return ("•", trimmed)
    }

    mutating func reduceListEditor(_ action: Action) -> [Effect] {
        guard case .listEditor(var e) = screen else { return [] }
        var lines = listLines(e.kind)
        if var editor = e.editor {
            switch action {
            case .type(let key):
                editor.handle(key)
                e.editor = editor
            case .back:
                e.editor = nil
                e.adding = false
            case .open:
                let text = editor.text.trimmingCharacters(in: .whitespaces)
                let adding = e.adding
                e.editor = nil
                e.adding = false
                guard !text.isEmpty else { break }
                let at: Int
                if adding {
                    at = lines.isEmpty ? 0 : e.selected + 1
                    lines.insert(text, at: at)
                } else {
                    at = e.selected
                    guard lines.indices.contains(at), lines[at] != text else { break }
                    lines[at] = text
                }
                e.selected = at
                screen = .listEditor(e)
                return listChange(e.kind, lines, edited: adding ? nil : at).map { commitClassroom($0) } ?? []
            default:
                return []
            }
            screen = .listEditor(e)
            return []
        }
        switch action {
        case .up: e.selected = max(0, e.selected - 1)
        case .down: e.selected = min(max(0, lines.count - 1), e.selected + 1)
        case .first: e.selected = 0
        case .last: e.selected = max(0, lines.count - 1)
        case .edit, .open:
            guard lines.indices.contains(e.selected) else { return [] }
            e.editor = TextEditor(lines[e.selected], maxLength: 200)
        case .add where !e.isFixed:
            e.editor = TextEditor("", maxLength: 200)
            e.adding = true
        case .delete where !e.isFixed && lines.indices.contains(e.selected):
            if e.kind == .subjects, lines.count == 1 {
                setStatus("A class needs at least one subject.", .warning)
                return []
            }
            lines.remove(at: e.selected)
            e.selected = min(e.selected, max(0, lines.count - 1))
            screen = .listEditor(e)
            return listChange(e.kind, lines, edited: nil).map { commitClassroom($0) } ?? []
        case .moveNoteUp, .moveNoteDown:
            let target = e.selected + (action == .moveNoteUp ? -1 : 1)
            guard !e.isFixed, lines.indices.contains(target), lines.indices.contains(e.selected) else { return [] }
            lines.swapAt(e.selected, target)
            e.selected = target
            screen = .listEditor(e)
            return listChange(e.kind, lines, edited: nil).map { commitClassroom($0) } ?? []
        case .back:
            popScreen()
            return []
        default:
            return []
        }
        screen = .listEditor(e)
        return []
    }

    mutating func reduceNewLanguage(_ action: Action) -> [Effect] {
        guard case .newLanguage(var f) = screen, let classroom else { return [] }
        f.error = nil
        switch action {
        case .nextField, .previousField: f.focus = 1 - f.focus
        case .type(let key): if f.focus == 0 { f.code.handle(key) } else { f.name.handle(key) }
        case .back:
            popScreen()
            return []
        case .open where f.focus == 0:
            f.focus = 1
        case .open:
            let code = f.code.text.trimmingCharacters(in: .whitespaces).lowercased()
            let name = f.name.text.trimmingCharacters(in: .whitespaces)
            if code.isEmpty || !code.allSatisfy({ $0.isLetter || $0 == "-" }) {
                f.error = "Write the language's short code, like vi or zh."
                f.focus = 0
            } else if classroom.starterSets.contains(where: { $0.language == code }) {
                f.error = "The class already has \(code)."
                f.focus = 0
            } else if name.isEmpty {
                f.error = "Write the language's name, like Tiếng Việt."
                f.focus = 1
            } else {
                var set = classroom.starters(for: "en")
                set.language = code
                set.languageName = name
                screen = .listEditor(ListEditorState(kind: .starters(code)))
                setStatus("\(name) starts as a copy of English: change each line into \(name).", .info)
                return commitClassroom(.setStarterSet(set, base: nil))
            }
        default:
            return []
        }
        screen = .newLanguage(f)
        return []
    }

    mutating func reduceConferenceSettings(_ action: Action) -> [Effect] {
        guard case .conferenceSettings(var s) = screen, let classroom else { return [] }
        let schedule = classroom.conference.schedule
        switch (s.focus, action) {
        case (_, .nextField):
            s.focus = s.focus == .format ? .minutes : s.focus == .minutes ? .schedule : .format
            return leaveMinutes(&s)
        case (_, .previousField):
            s.focus = s.focus == .format ? .schedule : s.focus == .minutes ? .format : .minutes
            return leaveMinutes(&s)
        case (.format, .choosePrevious), (.format, .chooseNext):
            screen = .conferenceSettings(s)
            return commitClassroom(.setConferenceFormat(classroom.conference.format.cycled(action.step),
                                                        slotMinutes: classroom.conference.slotMinutes))
        case (.minutes, .type(let key)):
            s.minutes.handle(key)
        case (.minutes, .open):
            s.focus = .schedule
            return leaveMinutes(&s)
        case (.schedule, .up): s.selected = max(0, s.selected - 1)
        case (.schedule, .down): s.selected = min(max(0, schedule.count - 1), s.selected + 1)
        case (.schedule, .add):
            screen = .conferenceSettings(s)
            screens.append(.slot(SlotForm(slot: nil, roster: classroom.roster, today: today), editing: nil))
            return []
        case (.schedule, .open), (.schedule, .edit):
            guard schedule.indices.contains(s.selected) else { return [] }
            screen = .conferenceSettings(s)
            screens.append(.slot(SlotForm(slot: schedule[s.selected], roster: classroom.roster, today: today),
                                 editing: schedule[s.selected]))
            return []
        case (.schedule, .delete):
            guard schedule.indices.contains(s.selected) else { return [] }
            let id = schedule[s.selected].studentID
            s.selected = max(0, min(s.selected, schedule.count - 2))
            screen = .conferenceSettings(s)
            return commitClassroom(.schedule(studentID: id, nil))
        case (_, .back):
            popScreen()
            return leaveMinutes(&s)
        default:
            return []
        }
        screen = .conferenceSettings(s)
        return []
    }

    /// The slot length is kept when the teacher moves on from it.
    private mutating func leaveMinutes(_ s: inout ConferenceSettingsState) -> [Effect] {
        guard let classroom else { return [] }
        if case .conferenceSettings = screen { screen = .conferenceSettings(s) }
        guard let minutes = Int(s.minutes.text.trimmingCharacters(in: .whitespaces)), (5...120).contains(minutes) else {
            s.minutes = TextEditor(String(classroom.conference.slotMinutes), maxLength: 3)
            if case .conferenceSettings = screen { screen = .conferenceSettings(s) }
            return []
        }
        guard minutes != classroom.conference.slotMinutes else { return [] }
        return commitClassroom(.setConferenceFormat(classroom.conference.format, slotMinutes: minutes))
    }

    mutating func reduceSlot(_ action: Action) -> [Effect] {
        guard case .slot(var f, let editing) = screen, let classroom, !classroom.roster.isEmpty else { return [] }
        f.error = nil
        switch action {
        case .nextField, .previousField: f.focus = f.focus.cycled(action.step, in: 4)
        case .choosePrevious, .chooseNext where f.focus == 2:
            f.studentIndex = f.studentIndex.cycled(action.step, in: classroom.roster.count)
        case .type(let key):
            switch f.focus {
            case 0: f.day.handle(key)
            case 1: f.time.handle(key)
            case 3: f.family.handle(key)
            default: break
            }
        case .back:
            popScreen()
            return []
        case .open:
            guard let day = Day(f.day.text.trimmingCharacters(in: .whitespaces)) else {
                f.error = "Write the day like 2026-12-02."
                f.focus = 0
                break
            }
            let time = f.time.text.trimmingCharacters(in: .whitespaces)
            guard ScheduledConference.isTime(time) else {
                f.error = "Write the time like 15:20."
                f.focus = 1
                break
            }
            let student = classroom.roster[f.studentIndex].id
            let family = f.family.text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            popScreen()
            var effects: [Effect] = []
            if let editing, editing.studentID != student { effects += commitClassroom(.schedule(studentID: editing.studentID, nil)) }
            return effects + commitClassroom(.schedule(studentID: student, ScheduledConference(day: day, time: time, studentID: student, family: family)))
        default:
            return []
        }
        screen = .slot(f, editing: editing)
        return []
    }

    mutating func reduceFamilyFeedback(_ action: Action) -> [Effect] {
        guard case .familyFeedback(var f) = screen else { return [] }
        func cycle(_ b: Bool?) -> Bool? { b == nil ? true : b == true ? false : nil }
        switch action {
        case .nextField, .previousField: f.focus = f.focus.cycled(action.step, in: 4)
        case .choosePrevious, .chooseNext, .toggle:
            if f.focus == 0 { f.clear = cycle(f.clear) }
            if f.focus == 1 { f.timeEnough = cycle(f.timeEnough) }
        case .type(let key):
            if f.focus == 2 { f.wentWell.handle(key) } else if f.focus == 3 { f.goals.handle(key) }
        case .back:
            popScreen()
            return []
        case .open where f.focus < 3:
            f.focus += 1
        case .open:
            popScreen()
            setStatus("The family's feedback is kept with the conference.", .info)
            return commit(.conference(.familyFeedback(f.feedback)), to: f.studentID, label: nil)
        default:
            return []
        }
        screen = .familyFeedback(f)
        return []
    }
}
