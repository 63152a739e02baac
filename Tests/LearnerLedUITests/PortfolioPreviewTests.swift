import Foundation
import Testing
import LearnerLedCore
import TerminalKit
@testable import LearnerLedUI

/// A child's first frame is drawn from a preview of their file (the selected artifact whole, the titles of the rows on
/// screen, the rest in outline); the whole file is read straight after. The two frames must not differ in a single
/// cell.
struct PortfolioPreviewTests {
    static let classes: [(name: String, contents: DemoClassroom.Contents)] = [
        ("demo", DemoClassroom.make()),
        ("synthetic", SyntheticClassroom.make(students: 2, artifacts: 300)),
    ]

    @Test(arguments: [0, 1], [(80, 24), (120, 40), (60, 12)])
    func thePreviewFrameIsTheWholeReadsFrame(_ which: Int, _ size: (Int, Int)) throws {
        let (_, contents) = Self.classes[which]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try DemoWriter.write(contents, to: folder)
        let store = try DocumentStore(root: folder)
        for portfolio in contents.portfolios.prefix(4) {
            let id = portfolio.studentID
            var base = AppState(mode: .student(id), door: .direct, dataFolder: folder, classroom: contents.classroom,
                                access: nil, today: Day("2026-11-29")!, themeNames: Fixture.themes)
            send(&base, .resized(width: size.0, height: size.1))

            var full = base
            let read = try #require(try store.load(.student(id), as: Portfolio.self).get())
            send(&full, .portfoliosLoaded([read], unreadable: [:]))

            var preview = try #require(store.preview(id))
            let outline = try #require(preview.outline)
            #expect(outline.artifacts.count == read.artifacts.count)
            #expect(outline.artifacts.map(\.id) == read.artifacts.map(\.id))
            var shown = base
            let shownWhole = shown.showPreview(&preview)
            #expect(shownWhole)
            let screen = try #require(shown.top(PortfolioScreen.self))
            let (readWhole, titled) = (screen.artifactPositionsShownWhole, screen.artifactPositionsInRows(shown))
            #expect(readWhole.count == 1, "\(id): no artifact selected")
            #expect(!titled.isEmpty, "\(id): no rows")
            // Only the selected artifact was read whole, only the rows' titles read; the others are outlines.
            let previewed = try #require(shown.portfolios[id]).artifacts
            let outlines = previewed.indices.filter { !readWhole.contains($0) }
            #expect(outlines.allSatisfy { previewed[$0].description.isEmpty && previewed[$0].location.isEmpty })
            #expect(outlines.filter { !titled.contains($0) }.allSatisfy { previewed[$0].title.isEmpty })
            #expect(titled.allSatisfy { previewed[$0].title == read.artifacts[$0].title })
            #expect(readWhole.allSatisfy { previewed[$0] == read.artifacts[$0] })

            let expected = render(full), actual = render(shown)
            #expect(actual.text == expected.text, "\(id) at \(size): the preview's frame says something else")
            let sameCells = actual == expected
            #expect(sameCells, "\(id) at \(size): the preview's frame is styled otherwise")
        }
    }

    /// A theme file with a problem puts a warning on the status line at start; the frame with it is the same too.
    @Test func withAWarningToo() throws {
        let contents = DemoClassroom.make()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try DemoWriter.write(contents, to: folder)
        let store = try DocumentStore(root: folder)
        let id = contents.portfolios[2].studentID
        var base = AppState(mode: .student(id), door: .direct, dataFolder: folder, classroom: contents.classroom,
                            access: nil, today: Day("2026-11-29")!, themeNames: Fixture.themes)
        send(&base, .resized(width: 100, height: 30))
        base.showWarning("There is no theme called sparkly; using classic.")
        var full = base
        send(&full, .portfoliosLoaded([try #require(try store.load(.student(id), as: Portfolio.self).get())], unreadable: [:]))
        var preview = try #require(store.preview(id))
        var shown = base
        let shownWhole = shown.showPreview(&preview)
        #expect(shownWhole)
        let expected = render(full), actual = render(shown)
        #expect(actual.text.contains("no theme called sparkly"))
        #expect(actual.text == expected.text)
    }

    @Test func anOddFileIsNotPreviewed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try DocumentStore(root: folder)
        let portfolio = DemoClassroom.make().portfolios[0]
        let path = store.path(of: .student(portfolio.studentID))
        let good = try #require(FileManager.default.contents(atPath: { _ = store.create(.student(portfolio.studentID), portfolio); return path }()))
        #expect(store.preview(portfolio.studentID) != nil)
        let text = String(decoding: good, as: UTF8.self)
        let odd = [
            "",
            String(text.dropLast(40)),
            text.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 99"),
            text.replacingOccurrences(of: "\"subjectID\" :", with: "\"subject\" :"),
            text.replacingOccurrences(of: "\"artifacts\" : [", with: "\"artifacts\" : [ 7,"),
        ]
        for (n, bad) in odd.enumerated() {
            #expect(text != bad || n == 0)
            try Data(bad.utf8).write(to: URL(fileURLWithPath: path))
            #expect(store.preview(portfolio.studentID) == nil, "odd file \(n) was previewed")
        }
        #expect(store.preview("nobody-here") == nil)
    }
}
