import Foundation
import LearnerLedCore
import TerminalKit

extension AppState {
    /// Space: put a sticky note on an artifact (asking why), or take it off.
    mutating func toggleNote(on artifact: Artifact, of id: String, now: Date) -> [Effect] {
        guard !isReadOnly(id) else { return readOnlyRefusal(id) }
        guard artifact.stickyNote != nil else {
            screens.append(.stickyNote(StickyNoteForm(studentID: id, artifact: artifact)))
            return []
        }
        var updated = artifact
        updated.stickyNote = nil
        updated.updatedAt = now
        let effects = commit(.updateArtifact(updated, base: artifact), to: id, label: "the sticky note on “\(artifact.title)”")
        if !effects.isEmpty { setStatus("Took the sticky note off “\(artifact.title)”. u puts it back.", .info) }
        return effects
    }

    mutating func reduceStickyNote(_ action: Action, now: Date) -> [Effect] {
        guard case .stickyNote(var form) = screen else { return [] }
        switch action {
        case .nextField, .previousField:
            form.focus = form.focus == .reason ? .words : .reason
        case .choosePrevious, .chooseNext:
            form.reason = form.reason == .strength ? .challenge : .strength
        case .choose(let n):
            form.reason = n == 0 ? .strength : .challenge
            form.focus = .words
        case .type(let key):
            form.words.handle(key)
        case .back:
            popScreen()
            return []
        case .open:
            popScreen()
            return placeNote(form, now: now)
        default:
            return []
        }
        screen = .stickyNote(form)
        return []
    }

    private mutating func placeNote(_ form: StickyNoteForm, now: Date) -> [Effect] {
        let id = form.studentID
        guard let p = portfolios[id], let classroom else { return [] }
        let before = Set(BoundaryCheck.unmet(for: p, in: classroom))
        var updated = form.artifact
        let order = form.artifact.stickyNote?.order ?? ((p.chosen.last?.stickyNote?.order ?? -1) + 1)
        updated.stickyNote = StickyNote(reason: form.reason, words: form.words.text.trimmingCharacters(in: .whitespaces),
                                        placedAt: form.artifact.stickyNote?.placedAt ?? now, order: order)
        guard updated != form.artifact else { return [] }
        updated.updatedAt = now
        let effects = commit(.updateArtifact(updated, base: form.artifact), to: id,
                             label: form.isNew ? "the sticky note on “\(updated.title)”" : "the change to the sticky note")
        guard !effects.isEmpty, let after = portfolios[id] else { return effects }
        // Children decide; the rules guide. A note that breaks a rule stays, with the rule said plainly.
        if let broken = BoundaryCheck.unmet(for: after, in: classroom).first(where: { !before.contains($0) }) {
            setStatus("Sticky note placed. Heads up: \(broken)", .warning)
        } else {
            setStatus(form.isNew ? "Sticky note placed on “\(updated.title)”." : "Sticky note changed.", .info)
        }
        return effects
    }

    mutating func reducePrepare(_ action: Action, now: Date) -> [Effect] {
        guard case .prepare(var s) = screen else { return [] }
        let id = s.studentID
        let count = s.notes.count
        let selectedArtifact = portfolios[id].flatMap { s.artifact(at: s.selected, in: $0) }
        switch action {
        case .up: s.selected = max(0, s.selected - 1)
        case .down: s.selected = min(max(0, count - 1), s.selected + 1)
        case .first: s.selected = 0
        case .last: s.selected = max(0, count - 1)
        case .moveNoteUp, .moveNoteDown:
            let target = s.selected + (action == .moveNoteUp ? -1 : 1)
            guard s.notes.indices.contains(target), s.notes.indices.contains(s.selected) else { return [] }
            var ids = s.notes.compactMap(\.artifactID)
            ids.swapAt(s.selected, target)
            // The wall is rebuilt by the commit, and the selection follows the moved note there.
            return commit(.orderNotes(ids), to: id, label: "the order of the notes")
        case .reflect, .open:
            guard let artifact = selectedArtifact, !isReadOnly(id) else { return readOnlyRefusal(id) }
            screens.append(.reflection(ReflectionForm(studentID: id, artifact: artifact)))
            return []
        case .editNote:
            guard let artifact = selectedArtifact, !isReadOnly(id) else { return readOnlyRefusal(id) }
            screens.append(.stickyNote(StickyNoteForm(studentID: id, artifact: artifact)))
            return []
        case .toggleNote, .delete:
            guard let artifact = selectedArtifact else { return [] }
            return toggleNote(on: artifact, of: id, now: now)
        case .undo:
            return undoLast(for: id)
        case .rehearse:
            return startRehearsalSetup(id)
        case .write:
            return startJournalEntry(id, about: selectedArtifact)
        case .startConference:
            guard !isReadOnly(id) else { return readOnlyRefusal(id) }
            screens.append(.conferenceSetup(ConferenceSetupForm(studentID: id, attendees: portfolios[id]?.conference?.attendees ?? [])))
            return []
        case .back:
            popScreen()
            return []
        default:
            return []
        }
        screen = .prepare(s)
        return []
    }

    mutating func undoLast(for id: String) -> [Effect] {
        guard let index = undo.lastIndex(where: { $0.studentID == id }) else {
            setStatus("Nothing to undo.", .info)
            return []
        }
        let entry = undo.remove(at: index)
        let effects = commit(entry.change, to: id, label: nil)
        if !effects.isEmpty { setStatus("Undone: \(entry.label).", .info) }
        return effects
    }

    mutating func reduceReflection(_ action: Action, now: Date) -> [Effect] {
        guard case .reflection(var form) = screen else { return [] }
        switch action {
        case .nextField, .previousField: form.focus = form.focus.cycled(action.step, in: form.parts.count)
        case .type(let key): form.editFocused { $0.handle(key) }
        case .open where form.focus < form.parts.count - 1:
            form.focus += 1
        case .open:
            popScreen()
            guard form.hasChanges else { return [] }
            let effects = commit(form.change(now: now), to: form.studentID, label: "what you wrote about “\(form.artifact.title)”")
            if !effects.isEmpty {
                let done = form.reflection.completedParts
                setStatus(done == 3 ? "All three parts are ready for “\(form.artifact.title)”." : "Kept. \(done) of 3 parts written.", .info)
            }
            return effects
        case .back:
            screen = .reflection(form)
            if form.hasChanges { overlay = .confirm(.discardForm) } else { popScreen() }
            return []
        default:
            return []
        }
        screen = .reflection(form)
        return []
    }

    mutating func reduceBoundaries(_ action: Action) -> [Effect] {
        guard case .boundaries(var form) = screen, let classroom else { return [] }
        form.error = nil
        switch action {
        case .nextField, .previousField: form.focus = form.focus.cycled(action.step, in: form.fields.count)
        case .choosePrevious, .chooseNext:
            switch form.focusedField {
            case .strengthAndChallenge: form.strengthAndChallenge.toggle()
            case .required(let i):
                let subject = classroom.subjects[i].id
                if form.required.contains(subject) { form.required.remove(subject) } else { form.required.insert(subject) }
            default: break
            }
        case .type(let key):
            switch form.focusedField {
            case .maxPerSubject: form.maxPerSubject.handle(key)
            case .minTotal: form.minTotal.handle(key)
            case .maxTotal: form.maxTotal.handle(key)
            case .agreedOn: form.agreedOn.handle(key)
            default: break
            }
        case .back:
            popScreen()
            return []
        case .open:
            switch form.boundaries(subjects: classroom.subjects) {
            case .failure(let error):
                form.error = error.message
            case .success(let boundaries):
                popScreen()
                guard boundaries != form.original else { return [] }
                return commitClassroom(.setBoundaries(boundaries, base: form.original))
            }
        default:
            return []
        }
        screen = .boundaries(form)
        return []
    }
}
