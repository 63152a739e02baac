import Foundation
import LearnerLedCore
import TerminalKit

/// Two pictures out of nine, in order: a child's picture password at sign-in, or the teacher setting one.
struct PicturesScreen: ScreenFeature {
    enum Purpose: Equatable, Sendable {
        case signingIn
        /// The teacher choosing this child's two pictures.
        case setting
    }

    let student: StudentID
    let purpose: Purpose
    var picked: [Int] = []
    var cursor = 0
    var message: String?

    init(signingIn id: StudentID) {
        student = id
        purpose = .signingIn
    }

    init(setting id: StudentID) {
        student = id
        purpose = .setting
    }

    func keys(_ app: AppState) -> KeyTable {
        [
            KeyBinding.digits(1...9, "pick a picture") { .choose($0 - 1) },
            KeyBinding([.enter, .space], "pick this one", label: "Enter", .open),
            KeyBinding([.up], "move", label: "↑↓←→", .up),
            KeyBinding([.down], "move down", inBar: false, .down),
            KeyBinding([.left], "move left", inBar: false, .choosePrevious),
            KeyBinding([.right], "move right", inBar: false, .chooseNext),
            KeyBinding([.backspace], "take the last one back", label: "Bksp", .delete),
            KeyBinding([.escape], purpose == .signingIn ? "not me" : "cancel", .back),
        ]
    }

    mutating func reduce(_ action: Action, _ app: inout AppState, now: Date) -> [Effect]? {
        switch action {
        case .up: cursor = (cursor + 6) % 9
        case .down: cursor = (cursor + 3) % 9
        case .choosePrevious: cursor = (cursor + 8) % 9
        case .chooseNext: cursor = (cursor + 1) % 9
        case .delete: _ = picked.popLast()
        case .back: app.close()
        case .open: return pick(cursor, &app, now: now)
        case .choose(let n):
            cursor = n
            return pick(n, &app, now: now)
        default: return nil
        }
        return []
    }

    private mutating func pick(_ n: Int, _ app: inout AppState, now: Date) -> [Effect] {
        if purpose == .signingIn, let lockout = app.access?.lockouts[student], lockout.isPaused(at: now) { return [] }
        message = nil
        picked.append(n)
        guard picked.count == 2 else { return [] }
        let chosen = picked
        picked = []
        if purpose == .setting {
            app.close()
            app.setStatus(app.tr("\(app.displayName(student))'s pictures: \(chosen.map { Pictures.name($0, in: app.strings) }.joined(separator: app.tr(", then ")))."), .info)
            return app.commitAccess(.setPictures(student, chosen))
        }
        if app.access?.pictures[student] == chosen { return app.signIn(student) }
        let effects = app.commitAccess(.missed(student, at: now))
        let paused = app.access?.lockouts[student]?.isPaused(at: now) ?? false
        let tr = strings(app)
        message = paused ? tr("Let's take a little break. You can try again soon.") : tr("Those are not your pictures. Try again, slowly!")
        return effects
    }

    /// A child who chose their name reads their own language; the teacher setting pictures reads theirs.
    func strings(_ app: AppState) -> Strings { purpose == .signingIn ? app.strings(for: student) : app.strings }

    func render(_ app: AppState, _ body: Rect, _ canvas: inout Canvas) {
        let tr = strings(app)
        let rect = body.centered(width: min(body.width - 2, 60), height: min(body.height, 19))
        let name = app.displayName(student)
        Widgets.box(&canvas, rect, title: purpose == .signingIn ? tr("Hello, \(name)!") : tr("Pictures for \(name)"), border: .accent)
        let inner = rect.inset(dx: 2, dy: 1)
        let ask = purpose == .signingIn ? tr("Pick your two pictures, in order.") : tr("Pick two pictures, in order: the child will pick them to sign in.")
        canvas.text(ask, x: inner.x, y: inner.y, slot: .text, limit: inner.width, ellipsis: true)
        let progress = (0..<2).map { $0 < picked.count ? "●" : "○" }.joined(separator: " ")
        canvas.text(progress, x: inner.maxX - 3, y: inner.y, slot: .accent)
        let cell = max(10, inner.width / 3)
        for i in 0..<9 {
            let x = inner.x + (i % 3) * cell, y = inner.y + 2 + (i / 3) * 3
            let r = Rect(x: x, y: y, width: cell - 1, height: 2)
            let here = i == cursor
            if here { canvas.fill(r, .selection) }
            let picture = Pictures.all[i]
            canvas.text(" \(i + 1)  \(picture.emoji)", x: x, y: y, slot: here ? .selection : .title, limit: cell - 1)
            canvas.text("    " + tr(Phrase(verbatim: picture.word)), x: x, y: y + 1, slot: here ? .selection : .muted, limit: cell - 1)
        }
        // Two rows for what to do now: a child's sentence is never cut.
        let said = Rect(x: inner.x, y: inner.y + 11, width: inner.width, height: 2)
        if purpose == .signingIn, let lockout = app.access?.lockouts[student], lockout.isPaused(at: app.clock) {
            Widgets.paragraph(&canvas, said, tr("Let's take a little break: try again in \(count: lockout.secondsLeft(at: app.clock)) seconds."),
                              slot: .warning)
        } else if let message {
            Widgets.paragraph(&canvas, said, message, slot: .warning)
        }
        if purpose == .signingIn {
            canvas.text(tr("Not \(name)? Esc goes back to the names."), x: inner.x, y: inner.maxY - 1, slot: .muted, limit: inner.width,
                        ellipsis: true)
        }
    }
}
