import Foundation
import JSONReading
import Synchronization
import Testing
@testable import TerminalKit

@Suite struct ThemeTests {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes").path

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: themesFolder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func everyShippedThemeLoadsWithEverySlot() throws {
        #expect(Self.files.count >= 6)
        for file in Self.files {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(Self.themesFolder)/\(file)"))
            let theme = try Theme.parse(data, fallback: nil)
            #expect(theme.name + ".json" == file)
            #expect(Set(theme.styles.keys) == Set(Slot.allCases), "\(file)")
        }
    }

    @Test func theCompiledInThemesAreExactlyTheFiles() throws {
        for file in Self.files {
            let text = try String(contentsOfFile: "\(Self.themesFolder)/\(file)", encoding: .utf8)
            let builtIn = BuiltInThemes.files.first { $0.name + ".json" == file }
            #expect(builtIn?.text == String(text.dropLast()), "run Scripts/embed.sh after changing \(file)")
        }
        #expect(BuiltInThemes.files.count == Self.files.count)
        let classic = try Theme.parse(try Data(contentsOf: URL(fileURLWithPath: "\(Self.themesFolder)/classic.json")), fallback: nil)
        #expect(Theme.classic == classic)
    }

    @Test func monochromeUsesAttributesOnly() {
        for slot in Slot.allCases {
            let style = Theme.monochrome.style(slot)
            #expect(style.fg == nil && style.bg == nil && style.fg8 == .default && style.bg8 == .default)
        }
        #expect(Theme.monochrome.style(.selection).attrs.contains(.reverse))
    }

    @Test func aBrokenThemeFileIsNamedAndTheDefaultKept() throws {
        let folder = NSTemporaryDirectory() + "themes-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: folder + "/broken.json"))
        try Data(#"{"name": "typo", "slots": {"txet": {"fg": 1}}}"#.utf8).write(to: URL(fileURLWithPath: folder + "/typo.json"))
        try Data(#"{"name": "loud", "slots": {"text": {"fg": 300}}}"#.utf8).write(to: URL(fileURLWithPath: folder + "/loud.json"))
        try Data(#"{"name": "mine", "slots": {"text": {"fg": 200, "fg8": "red"}}}"#.utf8).write(to: URL(fileURLWithPath: folder + "/mine.json"))
        let ocean = try #require(BuiltInThemes.files.first { $0.name == "ocean" })
        try Data((ocean.text + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/ocean.json"))
        let catalog = ThemeCatalog(folders: [folder])
        #expect(catalog.theme(named: "ocean") == ThemeCatalog()["ocean"])
        #expect(catalog.problems == [
            "\(folder)/broken.json: not valid JSON — using the default theme",
            "\(folder)/loud.json: a colour must be 0 to 255 at slots.text.fg — using the default theme",
            "\(folder)/typo.json: unknown slot \"txet\" — using the default theme",
        ])
        #expect(catalog.theme(named: "typo") == Theme.classic)
        let mine = catalog.theme(named: "mine")
        #expect(mine.style(.text).fg == 200)
        #expect(mine.style(.selection) == Theme.classic.style(.selection))
        #expect(catalog.names.first == "classic")
        #expect(catalog.names.contains("ocean") && catalog.names.contains("mine"))
    }

    /// Themes are read without Codable when they can be; every built-in one must read the same either way.
    @Test func everyBuiltInThemeReadsTheSameWithoutCodable() throws {
        let used = Mutex(0)
        let fast = JSONReader(fastPaths: [JSONReader.FastPath(Theme.File.self) { o in
            let file = Theme.File(json: o)
            if file != nil { used.withLock { $0 += 1 } }
            return file
        }])
        for builtIn in BuiltInThemes.files {
            let a = try fast.decode(Theme.File.self, from: Data(builtIn.text.utf8))
            let b = try JSONReader().decode(Theme.File.self, from: Data(builtIn.text.utf8))
            #expect(a.name == b.name && a.description == b.description && a.slots == b.slots, "\(builtIn.name)")
        }
        #expect(used.withLock { $0 } == BuiltInThemes.files.count)
        #expect(Mirror(reflecting: SlotStyle()).children.compactMap(\.label) == ["fg", "bg", "fg8", "bg8", "attrs"])
    }
}
