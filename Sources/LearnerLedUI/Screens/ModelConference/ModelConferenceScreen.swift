import Foundation
import LearnerLedCore
import TerminalKit

/// Modelling first: the teacher steps through Sam's conference on the projector, Sam's words as a child would see
/// them and, below, what to point out or ask the class. Read-only: nothing is saved, in any class.
struct ModelConferenceScreen: ScreenFeature {
    var steps: [ConferenceStep] = []
    var current = 0
    var cuesHidden = false

    /// Opens Sam's conference in the class's starters and the teacher's language.
    static func start(_ app: inout AppState) {
        var screen = ModelConferenceScreen()
        screen.refresh(app)
        app.open(screen)
    }

    /// Sam's steps, again when the class changes (its starters, or the teacher's language).
    mutating func refresh(_ app: AppState) {
        guard let classroom = app.classroom else { return }
        let model = ModelStudent.classroom(from: classroom, app.strings)
        steps = ConferenceScript.steps(for: ModelStudent.portfolio(app.strings), in: model)
        current = min(current, max(0, steps.count - 1))
    }

    func keys(_ app: AppState) -> KeyTable {
        RehearsalScreen.stepKeys + [KeyBinding([.escape], "leave", .back)]
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        switch action {
        case .nextStep: current = min(steps.count - 1, current + 1)
        case .previousStep: current = max(0, current - 1)
        case .toggleCues: cuesHidden.toggle()
        case .back: app.close()
        default: return nil
        }
        return []
    }

    func render(_ app: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let step = steps.indices.contains(current) ? steps[current] : nil
        let (top, bottom) = body.splitTop(body.height - 5)
        StepView(heading: " " + app.tr("Model conference — Sam (nothing is saved)"), current: current, total: steps.count, step: step,
                 cuesHidden: cuesHidden, footer: current == steps.count - 1 ? app.tr("The end. Esc goes back.") : "",
                 strings: app.strings).render(top, &canvas)
        Widgets.box(&canvas, bottom, title: app.tr("For the teacher"), border: .accent)
        if let step {
            Widgets.paragraph(&canvas, bottom.inset(dx: 2, dy: 1), ModelStudent.prompt(for: step.kind, app.strings), slot: .accent)
        }
    }
}
