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
