/// Semantic colour slots: screens say what a thing is, the theme says how it looks.
public enum Slot: String, CaseIterable, Codable, Sendable {
    case background
    case text
    case muted
    case accent
    case border
    case title
    case selection
    case strength
    case challenge
    case success
    case warning
    case error
    case statusBar = "status-bar"
    case helpKey = "help-key"
    case cover
    case input
}

extension Slot {
    /// `allCases` made once (the synthesised property builds its array on every call).
    static let byOrdinal = Slot.allCases

    /// Its place in `allCases`: tables by slot are arrays, so a frame's output looks a style up without hashing.
    public var ordinal: Int {
        switch self {
        case .background: 0
        case .text: 1
        case .muted: 2
        case .accent: 3
        case .border: 4
        case .title: 5
        case .selection: 6
        case .strength: 7
        case .challenge: 8
        case .success: 9
        case .warning: 10
        case .error: 11
        case .statusBar: 12
        case .helpKey: 13
        case .cover: 14
        case .input: 15
        }
    }
}
