import Foundation
import Testing
import LearnerLedCore

/// A child who starts typing the moment a big portfolio shows loses nothing: the keys are answered on its preview
/// while the whole file is read, and the ones that save, or look at every artifact, wait until it is in — in order.
@Suite(.enabled(if: Tmux.available, "needs tmux (.ci/run installs it)"))
struct BigPortfolioProgramTests {
    @Test func typingTheMomentABigPortfolioShowsKeepsEveryKeyInOrder() throws {
        let folder = TempFolder()
        try learnerled(["demo", "--data", folder.path, "--students", "1", "--artifacts", "6000"])
        let tmux = try Tmux(width: 100, height: 30, arguments: ["--data", folder.path, "--student", "student-001"])
        try tmux.wait(for: "6000 artifacts")
        // Sent at once, as fast keys come, while the whole file is still being read (about half a second in a debug
        // build). Moving and opening the form are answered on the preview; Enter saves, so it and everything after
        // it wait for the whole file: the find must then see the artifact Enter added.
        try tmux.run(["send-keys", "Down", "Down", "a"])
        try tmux.run(["send-keys", "-l", "Zoë 美玲 río"])
        try tmux.run(["send-keys", "Enter", "/"])
        try tmux.run(["send-keys", "-l", "美玲"])
        try tmux.wait(for: "Find: 美玲")
        try tmux.wait(for: "Zoë 美玲 río")
        try tmux.wait(for: "6001 artifacts")
        try tmux.keys("Escape", "q", "y")
        try expectExit(tmux, 0)
        let portfolio = try #require(try DocumentStore(readingOnly: folder.path).load(.student("student-001"), as: Portfolio.self).get())
        #expect(portfolio.artifacts.count == 6001)
        #expect(portfolio.artifacts.filter { $0.title == "Zoë 美玲 río" }.count == 1)
    }
}
