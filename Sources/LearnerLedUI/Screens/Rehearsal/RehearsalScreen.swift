import Foundation
import LearnerLedCore
import TerminalKit

/// A rehearsal under way: the script built once when it starts, and where the student is in it.
struct RehearsalScreen: ScreenFeature {
    let student: StudentID
    var studentID: StudentID? { student }
    var rehearsal: Rehearsal
    var steps: [ConferenceStep]
    /// When the current step was reached, and when this sitting began (time before it is in the rehearsal).
    var stepStartedAt: Date
    var resumedAt: Date

    var step: ConferenceStep? { steps.indices.contains(rehearsal.currentStep) ? steps[rehearsal.currentStep] : nil }

    /// The rehearsal with this sitting's time counted in.
    func recorded(at now: Date) -> Rehearsal {
        var r = rehearsal
        r.secondsTaken += max(0, Int(now.timeIntervalSince(resumedAt)))
        r.lastStepAt = now
        return r
    }

    /// The steps and keys a rehearsal and the real conference share.
    static let stepKeys: KeyTable = [
        KeyBinding([.right, .space, .enter], "next", label: "→", .nextStep),
        KeyBinding([.left], "back", label: "←", .previousStep),
        KeyBinding([.character("h")], "hide/show my words", .toggleCues),
    ]

    func keys(_ app: AppState) -> KeyTable {
        Self.stepKeys + [KeyBinding([.escape], "stop for now", .back)]
    }

    /// Starts the steps, built from the portfolio as it is now, in place of the screen that asked.
    static func begin(_ rehearsal: Rehearsal, of id: StudentID, _ app: inout AppState, now: Date) -> [Effect] {
        guard let p = app.portfolios[id], let classroom = app.classroom else { return [] }
        var r = rehearsal
        let steps = ConferenceScript.steps(for: p, in: classroom)
        r.totalSteps = steps.count
        r.currentStep = min(r.currentStep, max(0, steps.count - 1))
        r.stepsReached = max(r.stepsReached, r.currentStep + 1)
        r.lastStepAt = now
        app.replace(with: RehearsalScreen(student: id, rehearsal: r, steps: steps, stepStartedAt: now, resumedAt: now))
        return app.commit(.saveRehearsal(r), to: id, label: nil)
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        switch action {
        case .nextStep where rehearsal.currentStep >= steps.count - 1:
            let done = recorded(at: now)
            app.replace(with: RehearsalCheckForm(studentID: student, rehearsal: done, criteria: app.classroom?.successCriteria(for: app.strings.language) ?? []))
            return app.commit(.saveRehearsal(done), to: student, label: nil)
        case .nextStep, .previousStep:
            rehearsal = recorded(at: now)
            resumedAt = now
            rehearsal.currentStep = max(0, rehearsal.currentStep + action.step)
            rehearsal.stepsReached = max(rehearsal.stepsReached, rehearsal.currentStep + 1)
            stepStartedAt = now
        case .toggleCues:
            rehearsal.cuesHidden.toggle()
        case .back:
            let kept = recorded(at: now)
            app.close()
            let resume = WallScreen(studentID: student).keys(app).label(of: Action.rehearse) ?? "r"
            app.setStatus(app.tr("Stopped at step \(kept.currentStep + 1) of \(steps.count). Press \(resume) on your sticky wall to go on."), .info)
            return app.commit(.saveRehearsal(kept), to: student, label: nil)
        default:
            return nil
        }
        return app.commit(.saveRehearsal(rehearsal), to: student, label: nil)
    }

    mutating func saveBeforeQuit(_ app: inout AppState, now: Date) -> [Effect] {
        app.commit(.saveRehearsal(recorded(at: now)), to: student, label: nil)
    }

    func render(_ app: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let onStep = Int(app.clock.timeIntervalSince(stepStartedAt))
        let inAll = recorded(at: app.clock).secondsTaken
        StepView(heading: " " + app.tr("Practising \(rehearsal.partner.describe(rehearsal.partnerName, app.strings))"), current: rehearsal.currentStep,
                 total: steps.count, step: step, cuesHidden: rehearsal.cuesHidden,
                 footer: app.tr("This step \(clockText(onStep)) · In all \(clockText(inAll))"), strings: app.strings).render(body, &canvas)
    }
}
