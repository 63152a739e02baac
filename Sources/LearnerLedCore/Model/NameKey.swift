import Foundation

extension String {
    /// A name as people compare names: case, accents and full-width forms aside, any space a plain space, no spaces
    /// at either end ("Zoë Müller", "zoe muller" and "ＺＯＥ　ＭＵＬＬＥＲ" are one key). Sign-in, finding a student,
    /// the same-name question and the roster import's headers and languages all compare this way.
    public var nameKey: String {
        // Plain ASCII, most names and every empty search (the sign-in asks on every frame): folding only lowercases.
        if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased().trimmingSpaces }
        let folded = folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en"))
        // Width folding leaves the ideographic space (U+3000) a Japanese or Chinese keyboard types between names.
        let spaced = folded.unicodeScalars.map { $0.properties.generalCategory == .spaceSeparator ? " " : Character($0) }
        return String(spaced).trimmingSpaces
    }
}
