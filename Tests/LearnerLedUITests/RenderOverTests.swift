import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// The program draws each frame over the one before last: nothing that was there may show through.
struct RenderOverTests {
    @Test func aFrameDrawnOverAnotherIsTheFrameItself() {
        var state = Fixture.portfolio("jose-garcia", width: 100, height: 30)
        var states = [state]
        for key: Key in [.down, .down, .character("a"), .character("x")] {
            press(&state, key)
            type(&state, "Zoë 美玲")
            states.append(state)
        }
        let frames = states.map { render($0) }
        #expect(Set(frames.map(\.text)).count == frames.count, "every state draws a frame of its own")
        // Over every other frame, over the teacher's class list, over a canvas of another colour, and of another size.
        let olds = frames + [render(Fixture.state(width: 100, height: 30)), Canvas(width: 100, height: 30, fill: .selection),
                             Canvas(width: 80, height: 24, fill: .selection), nil]
        for (i, expected) in frames.enumerated() {
            for (j, old) in olds.enumerated() {
                #expect(render(states[i], over: old) == expected, "frame \(i) over \(j)")
            }
        }
    }
}
