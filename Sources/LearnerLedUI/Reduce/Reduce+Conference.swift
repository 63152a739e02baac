import Foundation
import LearnerLedCore
import TerminalKit

extension AppState {
    // MARK: The student leads

    mutating func reduceConferenceSetup(_ action: Action, now: Date) -> [Effect] {
        guard case .conferenceSetup(var form) = screen else { return [] }
        switch action {
        case .type(let key):
            form.attendees.handle(key)
        case .back:
            popScreen()
            return []
        case .open:
            guard let p = portfolios[form.studentID], let classroom else { return [] }
            let steps = ConferenceScript.steps(for: p, in: classroom)
            var place = Rehearsal(startedAt: now, totalSteps: steps.count)
            if let record = p.conference, record.status == .inProgress {
                place.currentStep = min(record.currentStep, max(0, steps.count - 1))
            }
            var state = RehearsalState(studentID: form.studentID, rehearsal: place, steps: steps, stepStartedAt: now, resumedAt: now)
            state.isConference = true
            screen = .rehearsal(state)
            return commit(.conference(.start(attendees: form.names, at: now)), to: form.studentID, label: nil)
                + commit(.conference(.step(place.currentStep)), to: form.studentID, label: nil)
        default:
            return []
        }
        screen = .conferenceSetup(form)
        return []
    }

    /// A step of the real conference: recorded in the conference record, where the teacher's view follows it.
    mutating func conferenceStep(_ r: RehearsalState, _ action: Action, now: Date) -> [Effect] {
        var r = r
        switch action {
        case .nextStep where r.rehearsal.currentStep >= r.steps.count - 1:
            screen = .conferenceClose(ConferenceCloseForm(studentID: r.studentID))
            return []
        case .nextStep, .previousStep:
            r.rehearsal.currentStep = max(0, r.rehearsal.currentStep + action.step)
            r.stepStartedAt = now
            screen = .rehearsal(r)
            return commit(.conference(.step(r.rehearsal.currentStep)), to: r.studentID, label: nil)
        case .toggleCues:
            r.rehearsal.cuesHidden.toggle()
            screen = .rehearsal(r)
        case .back:
            popScreen()
            setStatus("Your conference is paused at step \(r.rehearsal.currentStep + 1). Press C on your sticky wall to go on.", .info)
        default:
            break
        }
        return []
    }

    mutating func reduceConferenceClose(_ action: Action, now: Date) -> [Effect] {
        guard case .conferenceClose(var form) = screen else { return [] }
        switch action {
        case .type(let key):
            form.nextSteps.handle(key)
        case .back:
            guard let p = portfolios[form.studentID], let classroom else { return [] }
            let steps = ConferenceScript.steps(for: p, in: classroom)
            var place = Rehearsal(startedAt: now, totalSteps: steps.count)
            place.currentStep = max(0, steps.count - 1)
            var back = RehearsalState(studentID: form.studentID, rehearsal: place, steps: steps, stepStartedAt: now, resumedAt: now)
            back.isConference = true
            screen = .rehearsal(back)
            return []
        case .open:
            popScreen()
            setStatus("Your conference is done. You led it — well done!", .info)
            return commit(.conference(.finish(nextSteps: form.steps, at: now)), to: form.studentID, label: nil)
        default:
            return []
        }
        screen = .conferenceClose(form)
        return []
    }

    // MARK: The teacher supports

    mutating func openLiveView(_ id: String) -> [Effect] {
        screens.append(.liveSupport(LiveSupportState(studentID: id)))
        refresh(id)
        return portfolios[id] == nil ? [.loadPortfolios(ids: [id])] : []
    }

    mutating func reduceLiveSupport(_ action: Action, now: Date) -> [Effect] {
        guard case .liveSupport(var s) = screen, let classroom else { return [] }
        let id = s.studentID
        let record = portfolios[id]?.conference ?? ConferenceRecord()
        switch (s.focus, action) {
        case (.note, .type(let key)):
            s.note.handle(key)
        case (.note, .open):
            let text = s.note.text.trimmingCharacters(in: .whitespaces)
            s.note = TextEditor("", maxLength: 300)
            s.focus = .agenda
            screen = .liveSupport(s)
            guard !text.isEmpty else { return [] }
            setStatus("Note kept (teacher-only).", .info)
            return commitTeacherNotes(id, .addNote(TimedNote(at: now, text: text)))
        case (.note, .back):
            s.note = TextEditor("", maxLength: 300)
            s.focus = .agenda
        case (_, .back):
            popScreen()
            return []
        case (_, .switchPane):
            s.focus = s.focus == .criteria ? .agenda : .criteria
        case (.criteria, .up): s.criterionIndex = max(0, s.criterionIndex - 1)
        case (.criteria, .down): s.criterionIndex = min(max(0, classroom.successCriteria.count - 1), s.criterionIndex + 1)
        case (.criteria, .toggle):
            guard classroom.successCriteria.indices.contains(s.criterionIndex) else { return [] }
            let criterion = classroom.successCriteria[s.criterionIndex].id
            return commit(.conference(.criterionSeen(criterion, !record.criteriaSeen.contains(criterion))), to: id, label: nil)
        case (_, .nextStep): s.agendaIndex = min(s.agendaRows.count, s.agendaIndex + 1)
        case (_, .previousStep): s.agendaIndex = max(0, s.agendaIndex - 1)
        case (_, .markCovered):
            guard s.agenda.indices.contains(s.agendaIndex) else { return [] }
            let artifact = s.agenda[s.agendaIndex]
            return commit(.conference(.covered(artifactID: artifact, !record.artifactsCovered.contains(artifact))), to: id, label: nil)
        case (_, .useQuestion(let n)):
            let questions = LiveSupportState.questions(pinned: teacherNotes[id]?.pinnedQuestions ?? [], bank: classroom.probingQuestions)
            guard questions.indices.contains(n - 1) else { return [] }
            let q = questions[n - 1]
            return commit(.conference(.questionUsed(q, !record.questionsUsed.contains(q))), to: id, label: nil)
        case (_, .toggleTimer):
            if s.timerStartedAt != nil {
                s.timerSeconds = s.elapsed(at: now)
                s.timerStartedAt = nil
            } else {
                s.timerStartedAt = now
            }
        case (_, .writeNote):
            s.focus = .note
        default:
            return []
        }
        screen = .liveSupport(s)
        return []
    }

    mutating func reduceTeacherNotes(_ action: Action) -> [Effect] {
        guard case .teacherNotes(var form) = screen else { return [] }
        switch action {
        case .nextField, .previousField: form.focus = 1 - form.focus
        case .type(let key):
            if form.focus == 0 { form.reflections.handle(key) } else { form.pinned.handle(key) }
        case .back:
            popScreen()
            return []
        case .open where form.focus == 0:
            form.focus = 1
        case .open:
            popScreen()
            let text = form.reflections.text.trimmingCharacters(in: .whitespaces)
            let current = teacherNotes[form.studentID]
            guard text != current?.reflections ?? "" || form.pinnedQuestions != current?.pinnedQuestions ?? [] else { return [] }
            return commitTeacherNotes(form.studentID, .setReflections(text, pinned: form.pinnedQuestions))
        default:
            return []
        }
        screen = .teacherNotes(form)
        return []
    }

    mutating func commitTeacherNotes(_ id: String, _ change: TeacherNotesChange) -> [Effect] {
        guard case .teacher = mode else { return [] }
        var notes = teacherNotes[id] ?? TeacherNotes(studentID: id)
        change.apply(to: &notes)
        teacherNotes[id] = notes
        return [.saveTeacherNotes(id, change)]
    }

    mutating func teacherNotesSaveFinished(_ id: String, _ change: TeacherNotesChange,
                                           _ result: Result<TeacherNotes, StoreError>) -> [Effect] {
        let pendingHere = TeacherPending(studentID: id, change: change)
        switch result {
        case .success(var saved):
            pendingTeacher.removeAll { $0 == pendingHere }
            for p in pendingTeacher where p.studentID == id { p.change.apply(to: &saved) }
            teacherNotes[id] = saved
            if status == nil || status?.kind == .error { setStatus("Saved ✓", .saved) }
        case .failure(let error) where error.isTransient:
            // Kept on screen and tried again on every tick until it lands.
            if !pendingTeacher.contains(pendingHere) { pendingTeacher.append(pendingHere) }
            setStatus(error.message, .error)
        case .failure(let error):
            pendingTeacher.removeAll { $0 == pendingHere }
            setStatus(error.message, .error)
        }
        return []
    }
}
