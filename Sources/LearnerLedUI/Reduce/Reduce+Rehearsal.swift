import Foundation
import LearnerLedCore
import TerminalKit

extension AppState {
    mutating func startRehearsalSetup(_ id: String) -> [Effect] {
        guard !isReadOnly(id) else { return readOnlyRefusal(id) }
        let unfinished = portfolios[id]?.rehearsals.last { !$0.isFinished }
        screens.append(.rehearsalSetup(RehearsalSetupForm(studentID: id, unfinished: unfinished)))
        return []
    }

    mutating func reduceRehearsalSetup(_ action: Action, now: Date) -> [Effect] {
        guard case .rehearsalSetup(var form) = screen else { return [] }
        switch action {
        case .choosePrevious, .chooseNext:
            form.partner = form.partner.cycled(action.step)
        case .nextField, .previousField:
            form.focus = form.focus == .partner && form.needsName ? .name : .partner
        case .type(let key):
            form.name.handle(key)
        case .back:
            popScreen()
            return []
        case .resume:
            guard let unfinished = form.unfinished else { return [] }
            return beginRehearsal(unfinished, of: form.studentID, now: now)
        case .open:
            if form.focus == .partner, form.needsName, form.name.text.trimmingCharacters(in: .whitespaces).isEmpty {
                form.focus = .name
                break
            }
            guard let p = portfolios[form.studentID], let classroom else { return [] }
            let steps = ConferenceScript.steps(for: p, in: classroom)
            let rehearsal = Rehearsal(startedAt: now, partner: form.partner,
                                      partnerName: form.needsName ? form.name.text.trimmingCharacters(in: .whitespaces) : "",
                                      totalSteps: steps.count)
            return beginRehearsal(rehearsal, of: form.studentID, now: now)
        default:
            return []
        }
        screen = .rehearsalSetup(form)
        return []
    }

    /// Replaces the setup with the steps themselves, built from the portfolio as it is now.
    private mutating func beginRehearsal(_ rehearsal: Rehearsal, of id: String, now: Date) -> [Effect] {
        guard let p = portfolios[id], let classroom else { return [] }
        var r = rehearsal
        let steps = ConferenceScript.steps(for: p, in: classroom)
        r.totalSteps = steps.count
        r.currentStep = min(r.currentStep, max(0, steps.count - 1))
        r.stepsReached = max(r.stepsReached, r.currentStep + 1)
        screen = .rehearsal(RehearsalState(studentID: id, rehearsal: r, steps: steps, stepStartedAt: now, resumedAt: now))
        return commit(.saveRehearsal(r), to: id, label: nil)
    }

    mutating func reduceRehearsal(_ action: Action, now: Date) -> [Effect] {
        guard case .rehearsal(var r) = screen else { return [] }
        if r.isConference { return conferenceStep(r, action, now: now) }
        switch action {
        case .nextStep where r.rehearsal.currentStep >= r.steps.count - 1:
            let done = r.recorded(at: now)
            screen = .rehearsalCheck(RehearsalCheckForm(studentID: r.studentID, rehearsal: done,
                                                        criteria: classroom?.successCriteria ?? []))
            return commit(.saveRehearsal(done), to: r.studentID, label: nil)
        case .nextStep, .previousStep:
            r.rehearsal = r.recorded(at: now)
            r.resumedAt = now
            r.rehearsal.currentStep = max(0, r.rehearsal.currentStep + action.step)
            r.rehearsal.stepsReached = max(r.rehearsal.stepsReached, r.rehearsal.currentStep + 1)
            r.stepStartedAt = now
        case .toggleCues:
            r.rehearsal.cuesHidden.toggle()
        case .back:
            let kept = r.recorded(at: now)
            popScreen()
            setStatus("Stopped at step \(kept.currentStep + 1) of \(r.steps.count). Press r on your sticky wall to go on.", .info)
            return commit(.saveRehearsal(kept), to: r.studentID, label: nil)
        default:
            return []
        }
        screen = .rehearsal(r)
        return commit(.saveRehearsal(r.rehearsal), to: r.studentID, label: nil)
    }

    mutating func reduceRehearsalCheck(_ action: Action, now: Date) -> [Effect] {
        guard case .rehearsalCheck(var form) = screen else { return [] }
        let count = form.criteria.count + 2
        switch action {
        case .nextField, .previousField: form.focus = form.focus.cycled(action.step, in: count)
        case .toggle where !form.focusIsText:
            let id = form.criteria[form.focus].id
            if form.seen.contains(id) { form.seen.remove(id) } else { form.seen.insert(id) }
        case .type(let key):
            if form.focus == form.workedFocus { form.worked.handle(key) } else { form.tryNext.handle(key) }
            form.hint = nil
        case .open where form.focus < form.tryFocus:
            form.focus += 1
        case .open:
            // Vague feedback gets one nudge toward saying what exactly; a second Enter keeps it as it is.
            if form.hint == nil {
                if let hint = FeedbackCheck.hint(worked: form.worked.text) {
                    form.hint = hint
                    form.focus = form.workedFocus
                    break
                }
                if let hint = FeedbackCheck.hint(tryNext: form.tryNext.text) {
                    form.hint = hint
                    break
                }
            }
            var done = form.rehearsal
            done.criteria = Dictionary(uniqueKeysWithValues: form.criteria.map { ($0.id, form.seen.contains($0.id)) })
            done.workedWell = form.worked.text.trimmingCharacters(in: .whitespaces)
            done.tryNext = form.tryNext.text.trimmingCharacters(in: .whitespaces)
            done.finishedAt = now
            popScreen()
            let effects = commit(.saveRehearsal(done), to: form.studentID, label: nil)
            let number = portfolios[form.studentID]?.rehearsals.filter(\.isFinished).count ?? 1
            setStatus("Rehearsal \(number) kept. Well done for practising!", .info)
            return effects
        case .back:
            guard let p = portfolios[form.studentID], let classroom else { return [] }
            let steps = ConferenceScript.steps(for: p, in: classroom)
            screen = .rehearsal(RehearsalState(studentID: form.studentID, rehearsal: form.rehearsal, steps: steps,
                                               stepStartedAt: now, resumedAt: now))
            return []
        default:
            return []
        }
        screen = .rehearsalCheck(form)
        return []
    }
}
