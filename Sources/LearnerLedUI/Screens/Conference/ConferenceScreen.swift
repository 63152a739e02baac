import Foundation
import LearnerLedCore
import TerminalKit

/// The real conference, led by the student: the same steps as a rehearsal, each one recorded in the conference
/// record so the teacher's live view follows.
struct ConferenceScreen: ScreenFeature {
    let student: StudentID
    var studentID: StudentID? { student }
    var steps: [ConferenceStep]
    var currentStep: Int
    var cuesHidden = false
    var stepStartedAt: Date

    init(student: StudentID, steps: [ConferenceStep], currentStep: Int, stepStartedAt: Date) {
        self.student = student
        self.steps = steps
        self.currentStep = currentStep
        self.stepStartedAt = stepStartedAt
    }

    var followsOtherTerminals: Bool { true }

    func keys(_ app: AppState) -> KeyTable {
        RehearsalScreen.stepKeys + [KeyBinding([.escape], "pause", .back)]
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        switch action {
        case .nextStep where currentStep >= steps.count - 1:
            app.replace(with: ConferenceCloseForm(studentID: student))
            return []
        case .nextStep, .previousStep:
            currentStep = max(0, currentStep + action.step)
            stepStartedAt = now
            return app.commit(.conference(.step(currentStep)), to: student, label: nil)
        case .toggleCues:
            cuesHidden.toggle()
            return []
        case .back:
            app.close()
            let resume = WallScreen(studentID: student).keys(app).label(of: Action.startConference) ?? "C"
            app.setStatus(app.tr("Your conference is paused at step \(currentStep + 1). Press \(resume) on your sticky wall to go on."), .info)
            return []
        default:
            return nil
        }
    }

    func render(_ app: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let record = app.portfolios[student]?.conference
        let attendees = record?.attendees ?? []
        let onStep = Int(app.clock.timeIntervalSince(stepStartedAt))
        let inAll = Int(app.clock.timeIntervalSince(record?.startedAt ?? stepStartedAt))
        StepView(heading: " " + (attendees.isEmpty ? app.tr("My conference") : app.tr("My conference with \(attendees.joined(separator: ", "))")),
                 current: currentStep, total: steps.count, step: steps.indices.contains(currentStep) ? steps[currentStep] : nil,
                 cuesHidden: cuesHidden, footer: app.tr("This step \(clockText(onStep)) · In all \(clockText(inAll))"), strings: app.strings).render(body, &canvas)
    }
}
