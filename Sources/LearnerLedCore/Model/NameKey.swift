import Foundation

extension String {
    /// A name as people compare names: case, accents and full-width forms aside, no spaces at either end
    /// ("Zoë Müller", "zoe muller" and "ＺＯＥ　ＭＵＬＬＥＲ" are one key). Sign-in, finding a student, the same-name
    /// question and the roster import's headers and languages all compare this way.
    public var nameKey: String {
        folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en"))
            .trimmingCharacters(in: .whitespaces)
    }
}
