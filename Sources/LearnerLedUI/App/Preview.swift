import Foundation
import LearnerLedCore
import TerminalKit

extension AppState {
    /// Shows a student's portfolio from a preview of their file (see `PortfolioPreview`): the outline sorted and
    /// grouped as the whole would be, then what the frame shows of it filled in (`fillIn`). False when no screen
    /// shows the portfolio or an artifact on screen does not read: the state may then hold the outline, and must not
    /// be drawn.
    public mutating func showPreview(_ preview: inout PortfolioPreview) -> Bool {
        let id = preview.studentID
        guard visibleStudentIDs.contains(id), let outline = preview.takeOutline() else { return false }
        receive([outline], unreadable: [:])
        refreshChanged()
        return fillIn(&preview)
    }

    /// Reads from the preview what the portfolio's list now shows and is not read yet: its rows' titles and the
    /// selected artifact whole. The same artifacts in the same places, some now fuller: the rows and the cursor
    /// stand as they are (nothing is marked changed). False when one does not read, or no list shows the portfolio.
    mutating func fillIn(_ preview: inout PortfolioPreview) -> Bool {
        let id = preview.studentID
        guard let list = top(PortfolioScreen.self), list.studentID == id, portfolios[id] != nil else { return false }
        return preview.fill(titles: list.artifactPositionsInRows(self), whole: list.artifactPositionsShownWhole,
                            in: &portfolios[id]!)
    }

    /// Whether what the screens show can be drawn from a preview of `id`'s portfolio: its list, or a form opened
    /// over it that holds all it shows (`ScreenFeature.drawsFromPreview`). Finding, the journal, the wall and the
    /// trash look at every artifact, so they wait for the whole file.
    func standsOnPreview(of id: StudentID) -> Bool {
        if quitting { return true }
        guard let list = top(PortfolioScreen.self), list.studentID == id else { return false }
        return screen.feature.drawsFromPreview
    }
}

/// A child's portfolio on screen from a preview while the whole file is read on another thread, so that no key
/// waits for the reading. A key that only moves about the list, or opens or types into a form on what is already
/// read whole, is answered on the preview at once; any other — one that would save, or open a screen that shows more
/// of the portfolio than the preview has read — is held, with everything after it, and answered in order on the
/// whole portfolio as soon as it is in. Nothing is ever saved from a preview.
public struct PreviewedPortfolio: Sendable {
    /// A key (given its meaning only when it is answered: a held key may land in a text field the key before it
    /// opens), or what the run loop itself reports (a resize, a signal).
    public enum Input: Equatable, Sendable {
        case key(Key)
        case action(Action)
    }

    private var preview: PortfolioPreview
    /// What waits for the whole file, in the order it came.
    public private(set) var held: [Input] = []

    /// Shows the preview in `state`; nil when it cannot be shown, and `state` is then as it was.
    public init?(_ preview: PortfolioPreview, showingIn state: inout AppState) {
        var shown = state
        self.preview = preview
        guard shown.showPreview(&self.preview) else { return nil }
        state = shown
    }

    public var studentID: StudentID { preview.studentID }

    /// The whole file is read: the outline leaves the state, so that what the read reports — the portfolio, or why
    /// it cannot be read — stands alone, and nothing of the preview is shown beside a message that the file is bad.
    /// Returns what was held, to be answered on the whole file in order.
    public consuming func end(in state: inout AppState) -> [Input] {
        state.portfolios[studentID] = nil
        state.changed.insert(studentID)
        return held
    }

    /// Answers `input` on the preview, or holds it. False when what the screen shows next did not read: the state
    /// must then not be drawn until the whole file is in.
    public mutating func handle(_ input: Input, in state: inout AppState, now: Date = Date()) -> Bool {
        guard held.isEmpty else {
            held.append(input)
            return true
        }
        let action: Action
        switch input {
        case .key(let key):
            guard let meaning = Keys.action(for: key, in: state) else { return true }
            action = meaning
        case .action(let given):
            action = given
        }
        var trial = state
        let effects = reduce(&trial, action, now: now)
        guard effects.allSatisfy({ $0 == .quit }), trial.standsOnPreview(of: studentID) else {
            held.append(input)
            return true
        }
        // Consumed, not copied: the trial would otherwise share the portfolio, and filling it in would copy every
        // artifact (7.5 ms for 15,000).
        state = consume trial
        return state.quitting || state.fillIn(&preview)
    }
}
