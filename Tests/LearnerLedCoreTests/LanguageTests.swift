import Foundation
import Testing
@testable import LearnerLedCore

@Suite struct LanguageTests {
    @Test func everyPhraseInTheSourceHasAnEnglishLine() throws {
        let english = StringsFile.parse(try String(contentsOfFile: StringsCatalog.file("en"), encoding: .utf8))
        let missing = try StringsCatalog.sourceKeys().subtracting(english.keys).sorted()
        if ProcessInfo.processInfo.environment["LEARNERLED_RECORD"] != nil, !missing.isEmpty {
            let added = missing.map { StringsCatalog.line($0, StringsCatalog.englishValue($0)) }.joined(separator: "\n")
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: StringsCatalog.file("en")))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(("\n" + added + "\n").utf8))
            try handle.close()
        }
        #expect(missing.isEmpty, "not in Languages/en.strings (LEARNERLED_RECORD=1 adds them): \(missing)")
    }

    /// Below the "From the source" line, en.strings holds only phrases the source still says: no dead lines.
    @Test func noEnglishLineOutlivesItsPhrase() throws {
        let text = try String(contentsOfFile: StringsCatalog.file("en"), encoding: .utf8)
        let marker = try #require(text.range(of: "/* From the source"))
        let written = StringsFile.parse(String(text[marker.lowerBound...])).keys
        let used = try StringsCatalog.sourceKeys()
        let unused = written.filter { !used.contains($0) }
        #expect(unused.isEmpty, "lines nothing says any more (remove them from every language): \(unused)")
    }

    @Test func everyLanguageHasEveryLineWithTheSamePlaceholders() throws {
        let english = StringsFile.parse(try String(contentsOfFile: StringsCatalog.file("en"), encoding: .utf8))
        #expect(english.problems.isEmpty)
        for code in Strings.languages where code != "en" {
            let other = StringsFile.parse(try String(contentsOfFile: StringsCatalog.file(code), encoding: .utf8))
            #expect(other.problems.isEmpty, "\(code).strings lines that cannot be read: \(other.problems)")
            let needed = english.keys.filter { !$0.hasSuffix("|one") || PluralRule.category(1, language: code) == "one" }
            #expect(Set(needed).subtracting(other.keys).sorted() == [], "\(code) is missing lines")
            #expect(Set(other.keys).subtracting(english.keys).sorted() == [], "\(code) has lines English does not")
            for key in english.keys {
                guard let value = other.table[key], let base = english.table[key] else { continue }
                #expect(StringsCatalog.placeholders(value) == StringsCatalog.placeholders(base), "\(code): \(key)")
            }
        }
    }

    @Test func theBuiltInLanguagesAreTheFilesInLanguages() throws {
        let shipped = try FileManager.default.contentsOfDirectory(atPath: StringsCatalog.root.appendingPathComponent("Languages").path)
        #expect(Set(shipped.filter { $0.hasSuffix(".strings") }.map { String($0.dropLast(8)) }) == Set(BuiltInLanguages.codes))
    }

    /// The tables a session uses are the literals Scripts/embed.sh writes; they must say what the files in Languages
    /// say, read as StringsFile reads them (escapes, a key said twice, lines it cannot read), keys in the order the
    /// lookup halves them in.
    @Test func eachLanguagesLiteralTableIsItsFileRead() throws {
        for code in BuiltInLanguages.codes {
            let read = StringsFile.parse(try String(contentsOfFile: StringsCatalog.file(code), encoding: .utf8))
            #expect(read.problems == [], "\(code): lines StringsFile cannot read")
            let literal = try #require(BuiltInLanguages.table(code))
            let keys = Set(literal.keys).union(read.table.keys)
            #expect(keys.filter { literal.dictionary[$0] != read.table[$0] }.sorted() == [], "\(code): run Scripts/embed.sh")
            #expect(zip(literal.keys, literal.keys.dropFirst()).filter { !$0.utf8.lexicographicallyPrecedes($1.utf8) }.map(\.1) == [],
                    "\(code): keys out of order")
            // Every line found by the lookup, and its value.
            #expect(read.table.filter { literal[$0.key] != $0.value }.keys.sorted() == [])
        }
        #expect(BuiltInLanguages.table("xx") == nil)
    }

    @Test func aPhraseTableFindsEachKeyByItsBytes() {
        let table = PhraseTable(["Kept.": "Guardado.", "Kept": "x", "Zoë’s “map”": "el mapa de Zoë", "美玲": "Mei", "": "empty",
                                 "a\nb": "c"])
        #expect(table.keys == ["", "Kept", "Kept.", "Zoë’s “map”", "a\nb", "美玲"].sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(table["Kept."] == "Guardado.")
        #expect(table["Kept"] == "x")
        #expect(table["Zoë’s “map”"] == "el mapa de Zoë")
        #expect(table["美玲"] == "Mei")
        #expect(table[""] == "empty")
        #expect(table["a\nb"] == "c")
        // Keys that begin alike for more than the eight bytes the halving compares as one number.
        let alike = PhraseTable(["Sticky note: strength": "s", "Sticky note: challenge": "c", "Sticky note": "n", "Sticky n": "8"])
        #expect(alike["Sticky note: strength"] == "s")
        #expect(alike["Sticky note: challenge"] == "c")
        #expect(alike["Sticky note"] == "n")
        #expect(alike["Sticky n"] == "8")
        #expect(alike["Sticky note: "] == nil)
        for missing in ["Kept!", "Ke", "Kept. ", "Zoe’s “map”", "美", "zzz", "\u{0}"] { #expect(table[missing] == nil, "\(missing)") }
        #expect(PhraseTable([:])["Kept."] == nil)
    }

    @Test func valuesGoInByOrderOrByPosition() {
        #expect(Strings.fill("%@ de %@", ["a", "b"]) == "a de b")
        #expect(Strings.fill("%2$@ de %1$@", ["Sep", "14"]) == "14 de Sep")
        #expect(Strings.fill("100%% %d", ["3"]) == "100% 3")
        let phrase: Phrase = "Kept. \(2) of 3 parts, 50% done."
        #expect(phrase.key == "Kept. %@ of 3 parts, 50%% done.")
        // A table that has the line: the shipped one does not, and a line it lacks would be noted in
        // `Strings.missing`, which the every-screen tests read while this one runs beside them.
        #expect(Strings(language: "en", table: PhraseTable([phrase.key: phrase.key]))(phrase) == "Kept. 2 of 3 parts, 50% done.")
    }

    @Test func pluralsChooseTheirFormInEachLanguage() {
        let es = Strings.language("es")
        #expect(Strings.english("\(count: 1) artifacts") == "1 artifact")
        #expect(Strings.english("\(count: 3) artifacts") == "3 artifacts")
        #expect(es("\(count: 1) artifacts") == "1 trabajo")
        #expect(es("\(count: 0) artifacts") == "0 trabajos")
    }

    @Test func aRegionalCodeUsesItsLanguageAndAnUnknownOneTheDefault() {
        #expect(Strings.language("es-MX").language == "es")
        #expect(Strings.speaking("vi") == nil)
        #expect(Strings.language("vi").language == "en")
    }

    @Test func datesAreWrittenTheFamilysWay() throws {
        let day = try #require(Day("2026-11-29"))
        let es = Strings.language("es")
        #expect(day.longTitle(es) == "29 de noviembre de 2026")
        #expect(day.longTitle() == "November 29, 2026")
        #expect(day.shortTitle(es) == "29 nov")
        #expect(day.monthTitle(es) == "noviembre de 2026")
    }

    /// Short titles are kept for the languages last asked for: asking in turn in others never gives one language's
    /// title for another's, nor one day's for another's.
    @Test func shortTitlesInTurnInEachLanguage() throws {
        let (es, en, both) = (Strings.language("es"), Strings.english, Strings.together(["en", "es"]))
        let days = try ["2026-11-29", "2026-05-01", "2027-02-28", "2026-12-31"].map { try #require(Day($0)) }
        for _ in 0..<2 {
            #expect(days.map { $0.shortTitle(es) } == ["29 nov", "1 may", "28 feb", "31 dic"])
            #expect(days.map { $0.shortTitle(en) } == ["Nov 29", "May 1", "Feb 28", "Dec 31"])
            #expect(days[0].shortTitle(both).contains("Nov"))
        }
    }

    @Test func theStringsFormatReadsCommentsEscapesAndReportsBadLines() {
        let file = StringsFile.parse("""
        /* a comment
           on two lines */
        // one line
        "a \\"b\\"" = "c\\nd";
        broken line
        "x" = "y";
        """)
        #expect(file.table["a \"b\""] == "c\nd")
        #expect(file.table["x"] == "y")
        #expect(file.problems == [5])
    }
}
