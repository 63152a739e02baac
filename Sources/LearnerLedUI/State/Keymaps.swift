import TerminalKit

/// One key table per screen. The same table turns keys into actions and draws the help bar and the `?`
/// overlay, so what the screen says and what it does cannot drift apart.
public enum Keymaps {
    public typealias Table = [KeyBinding<Action>]

    static let moving: Table = [
        KeyBinding([.up, .character("k")], "move", label: "↑↓", inBar: false, .up),
        KeyBinding([.down, .character("j")], "move down", label: "↓", inBar: false, .down),
        KeyBinding([.pageUp], "a page up", inBar: false, .pageUp),
        KeyBinding([.pageDown], "a page down", inBar: false, .pageDown),
        KeyBinding([.home, .character("g")], "go to the first", inBar: false, .first),
        KeyBinding([.end, .character("G")], "go to the last", inBar: false, .last),
    ]

    static let welcome: Table = [
        KeyBinding([.up], "choose", label: "↑↓", .up),
        KeyBinding([.down], "down", inBar: false, .down),
        KeyBinding([.enter], "open", .open),
        KeyBinding([.character("1")], "demo classroom", inBar: false, .choose(0)),
        KeyBinding([.character("2")], "new classroom", inBar: false, .choose(1)),
        KeyBinding([.character("?")], "help", .help),
        KeyBinding([.character("q")], "quit", .quit),
    ]

    static let classList: Table = [
        KeyBinding([.character("?")], "help", .help),
        KeyBinding([.character("q")], "quit", .quit),
        KeyBinding([.enter], "open portfolio", .open),
        KeyBinding([.character("/")], "find", .filter),
        KeyBinding([.character("v")], "conference view", .liveView),
        KeyBinding([.character("s")], "sort by name / need", .toggleSort),
        KeyBinding([.character("R")], "reflection time", .classReflection),
        KeyBinding([.character("S")], "class settings", .settings),
        KeyBinding([.character("b")], "class rules", .editRules),
        KeyBinding([.up, .character("k")], "move", label: "↑↓", .up),
    ] + moving.dropFirst()

    static func portfolio(top: Bool) -> Table {
        let teacher: Table = top ? [] : [
            KeyBinding([.character("v")], "conference view", inBar: false, .liveView),
            KeyBinding([.character("T")], "my notes (teacher only)", inBar: false, .editTeacherNotes),
            KeyBinding([.character("F")], "what the family said", inBar: false, .familyFeedback),
        ]
        return [
            KeyBinding([.character("?")], "help", .help),
            top ? KeyBinding([.character("q")], "quit", .quit) : KeyBinding([.escape], "back", .back),
            KeyBinding([.character("a")], "add", .add),
            KeyBinding([.character("e"), .enter], "edit", label: "e", .edit),
            KeyBinding([.space], "sticky note", .toggleNote),
            KeyBinding([.character("p")], "prepare", .prepare),
            KeyBinding([.character("w")], "write a reflection", .write),
            KeyBinding([.character("j")], "journal", .openJournal),
            KeyBinding([.character("d")], "to trash", .delete),
            KeyBinding([.character("u")], "undo", .undo),
            KeyBinding([.character("/")], "find", .filter),
            KeyBinding([.character("c")], "decorate", .decorate),
            KeyBinding([.tab], "group by subject or date", label: "Tab", .toggleGrouping),
            KeyBinding([.character("t")], "show the trash", .showTrash),
            KeyBinding([.up, .character("k")], "move", label: "↑↓", inBar: false, .up),
        ] + teacher + moving.dropFirst()
    }

    static let filtering: Table = [
        KeyBinding([.enter], "keep", .open),
        KeyBinding([.escape], "clear", .back),
        KeyBinding([.up], "move", label: "↑↓", .up),
        KeyBinding([.down], "down", inBar: false, .down),
    ]

    static let trash: Table = [
        KeyBinding([.enter, .character("r")], "restore", label: "r", .restore),
        KeyBinding([.escape], "back", .back),
        KeyBinding([.character("?")], "help", .help),
        KeyBinding([.up, .character("k")], "move", label: "↑↓", .up),
    ] + moving.dropFirst()

    static func form(choiceFocused: Bool) -> Table {
        var table: Table = [
            KeyBinding([.enter], "save", .open),
            KeyBinding([.escape], "cancel", .back),
            KeyBinding([.tab, .down], "next", label: "Tab", .nextField),
            KeyBinding([.backTab, .up], "back", label: "S-Tab", .previousField),
            KeyBinding([.function(1)], "help", inBar: false, .help),
        ]
        if choiceFocused {
            table.insert(KeyBinding([.left], "choose", label: "←→", .choosePrevious), at: 2)
            table.insert(KeyBinding([.right, .space], "next choice", inBar: false, .chooseNext), at: 3)
        }
        return table
    }

    static let prepare: Table = [
        KeyBinding([.character("?")], "help", .help),
        KeyBinding([.escape], "back", .back),
        KeyBinding([.enter], "what I'll say", .reflect),
        KeyBinding([.character("K"), .shiftUp], "move note up", label: "K/J", .moveNoteUp),
        KeyBinding([.character("J"), .shiftDown], "move note down", inBar: false, .moveNoteDown),
        KeyBinding([.character("n")], "change note", .editNote),
        KeyBinding([.character("r")], "rehearse", .rehearse),
        KeyBinding([.character("C")], "start my conference", .startConference),
        KeyBinding([.character("w")], "write a reflection", inBar: false, .write),
        KeyBinding([.character("d"), .space], "take note off", label: "d", .toggleNote),
        KeyBinding([.character("u")], "undo", .undo),
        KeyBinding([.up, .character("k")], "move", label: "↑↓", inBar: false, .up),
    ] + moving.dropFirst()

    static func stickyNote(reasonFocused: Bool) -> Table {
        var table: Table = [
            KeyBinding([.enter], "put it on", .open),
            KeyBinding([.escape], "cancel", .back),
            KeyBinding([.tab, .down, .backTab, .up], "next", label: "Tab", .nextField),
            KeyBinding([.function(1)], "help", inBar: false, .help),
        ]
        if reasonFocused {
            table += [
                KeyBinding([.character("s")], "strength", .choose(0)),
                KeyBinding([.character("c")], "challenge", .choose(1)),
                KeyBinding([.left, .right, .space], "switch", label: "←→", inBar: false, .chooseNext),
            ]
        }
        return table
    }

    static let reflection: Table = [
        KeyBinding([.enter], "next / keep", .open),
        KeyBinding([.escape], "cancel", .back),
        KeyBinding([.tab, .down], "next", label: "Tab", .nextField),
        KeyBinding([.backTab, .up], "back", label: "S-Tab", .previousField),
        KeyBinding([.function(1)], "help", inBar: false, .help),
    ]

    static func rehearsalSetup(nameFocused: Bool, canResume: Bool) -> Table {
        var table: Table = [
            KeyBinding([.enter], "start", .open),
            KeyBinding([.escape], "back", .back),
            KeyBinding([.tab], "next", label: "Tab", .nextField),
            KeyBinding([.function(1)], "help", inBar: false, .help),
        ]
        if !nameFocused {
            table.insert(KeyBinding([.up, .left], "choose", label: "↑↓", .choosePrevious), at: 2)
            table.insert(KeyBinding([.down, .right], "next choice", inBar: false, .chooseNext), at: 3)
            if canResume { table.insert(KeyBinding([.character("r")], "go on where I stopped", .resume), at: 1) }
        } else {
            table.append(KeyBinding([.backTab, .up], "back", inBar: false, .previousField))
        }
        return table
    }

    static let rehearsal: Table = [
        KeyBinding([.right, .space, .enter], "next", label: "→", .nextStep),
        KeyBinding([.left], "back", label: "←", .previousStep),
        KeyBinding([.character("h")], "hide/show my words", .toggleCues),
        KeyBinding([.escape], "stop for now", .back),
        KeyBinding([.character("?")], "help", .help),
    ]

    static func rehearsalCheck(textFocused: Bool) -> Table {
        var table: Table = [
            KeyBinding([.enter], textFocused ? "next / finish" : "next", .open),
            KeyBinding([.tab, .down], "next", label: "Tab", .nextField),
            KeyBinding([.backTab, .up], "back", label: "S-Tab", .previousField),
            KeyBinding([.escape], "back to the steps", .back),
            KeyBinding([.function(1)], "help", inBar: false, .help),
        ]
        if !textFocused { table.insert(KeyBinding([.space], "seen / not yet", .toggle), at: 1) }
        return table
    }

    static let conferenceSetup: Table = [
        KeyBinding([.enter], "start the conference", .open),
        KeyBinding([.escape], "back", .back),
        KeyBinding([.function(1)], "help", inBar: false, .help),
    ]

    static let conferenceClose: Table = [
        KeyBinding([.enter], "finish", .open),
        KeyBinding([.escape], "back to the steps", .back),
        KeyBinding([.function(1)], "help", inBar: false, .help),
    ]

    static func liveSupport(_ focus: LiveSupportState.Focus) -> Table {
        switch focus {
        case .note:
            return [KeyBinding([.enter], "keep the note", .open), KeyBinding([.escape], "cancel", .back)]
        case .criteria:
            return [
                KeyBinding([.space], "seen / not yet", .toggle),
                KeyBinding([.up], "move", label: "↑↓", .up),
                KeyBinding([.down], "move down", inBar: false, .down),
                KeyBinding([.tab], "agenda", .switchPane),
                KeyBinding([.escape], "leave", .back),
            ]
        case .agenda:
            return [
                KeyBinding([.right, .character("n")], "next", label: "→", .nextStep),
                KeyBinding([.left, .character("p")], "back", label: "←", .previousStep),
                KeyBinding([.character("c")], "covered", .markCovered),
                KeyBinding((1...9).map { Key.character(Character(String($0))) }, "ask question", label: "1-9", .useQuestion(0)),
                KeyBinding([.character("t")], "timer", .toggleTimer),
                KeyBinding([.character("i")], "note", .writeNote),
                KeyBinding([.tab], "criteria", .switchPane),
                KeyBinding([.escape], "leave", .back),
                KeyBinding([.character("?")], "help", inBar: false, .help),
            ]
        }
    }

    static let teacherNotes: Table = [
        KeyBinding([.enter], "next / keep", .open),
        KeyBinding([.escape], "cancel", .back),
        KeyBinding([.tab, .backTab], "other field", label: "Tab", .nextField),
    ]

    static let journal: Table = [
        KeyBinding([.character("?")], "help", .help),
        KeyBinding([.escape], "back", .back),
        KeyBinding([.character("w"), .character("a")], "write", label: "w", .write),
        KeyBinding([.character("e"), .enter], "change", label: "e", .edit),
        KeyBinding([.character("d")], "to trash", .delete),
        KeyBinding([.character("u")], "undo", .undo),
        KeyBinding([.character("/")], "find", .filter),
        KeyBinding([.up, .character("k")], "move", label: "↑↓", inBar: false, .up),
    ] + moving.dropFirst()

    static func journalEntry(starterFocused: Bool, choiceFocused: Bool) -> Table {
        var table: Table = [
            KeyBinding([.enter], "keep it", .open),
            KeyBinding([.escape], "cancel", .back),
            KeyBinding([.tab, .down], "next", label: "Tab", .nextField),
            KeyBinding([.backTab, .up], "back", label: "S-Tab", inBar: false, .previousField),
            KeyBinding([.function(1)], "help", inBar: false, .help),
        ]
        if starterFocused {
            table.insert(KeyBinding((1...6).map { Key.character(Character(String($0))) }, "pick a starter", label: "1-6", .choose(0)), at: 0)
        }
        if choiceFocused {
            table.insert(KeyBinding([.left], "choose", label: "←→", .choosePrevious), at: 2)
            table.insert(KeyBinding([.right], "next choice", inBar: false, .chooseNext), at: 3)
        }
        return table
    }

    static let classReflection: Table = [
        KeyBinding([.space, .enter], "start / pause", label: "Space", .toggle),
        KeyBinding([.left], "a minute less", label: "←→", .choosePrevious),
        KeyBinding([.right], "a minute more", inBar: false, .chooseNext),
        KeyBinding([.escape], "back", .back),
        KeyBinding([.character("?")], "help", .help),
    ]

    static let settings: Table = [
        KeyBinding([.enter], "open", .open),
        KeyBinding([.escape], "back", .back),
        KeyBinding([.up, .character("k")], "move", label: "↑↓", .up),
        KeyBinding([.down, .character("j")], "move down", inBar: false, .down),
    ]

    static func listEditor(editing: Bool, fixed: Bool) -> Table {
        if editing {
            return [KeyBinding([.enter], "keep it", .open), KeyBinding([.escape], "cancel", .back)]
        }
        var table: Table = [
            KeyBinding([.enter, .character("e")], "change", label: "Enter", .edit),
            KeyBinding([.escape], "back", .back),
            KeyBinding([.up, .character("k")], "move", label: "↑↓", .up),
            KeyBinding([.down, .character("j")], "move down", inBar: false, .down),
            KeyBinding([.home, .character("g")], "go to the first", inBar: false, .first),
            KeyBinding([.end, .character("G")], "go to the last", inBar: false, .last),
        ]
        if !fixed {
            table.insert(KeyBinding([.character("a")], "add", .add), at: 0)
            table.insert(KeyBinding([.character("d")], "remove", .delete), at: 2)
            table.insert(KeyBinding([.character("K"), .shiftUp], "move up", label: "K/J", .moveNoteUp), at: 3)
            table.insert(KeyBinding([.character("J"), .shiftDown], "move down", inBar: false, .moveNoteDown), at: 4)
        }
        return table
    }

    static func conferenceSettings(_ focus: ConferenceSettingsState.Focus) -> Table {
        var table: Table = [
            KeyBinding([.tab], "next", label: "Tab", .nextField),
            KeyBinding([.backTab], "back", inBar: false, .previousField),
            KeyBinding([.escape], "back", .back),
        ]
        switch focus {
        case .format:
            table.insert(KeyBinding([.left, .right, .space], "change the format", label: "←→", .chooseNext), at: 0)
        case .minutes:
            table.insert(KeyBinding([.enter], "keep", .open), at: 0)
        case .schedule:
            table.insert(contentsOf: [
                KeyBinding([.character("a")], "book a slot", .add),
                KeyBinding([.enter, .character("e")], "change", label: "Enter", .open),
                KeyBinding([.character("d")], "remove", .delete),
                KeyBinding([.up, .character("k")], "move", label: "↑↓", .up),
                KeyBinding([.down, .character("j")], "move down", inBar: false, .down),
            ], at: 0)
        }
        return table
    }

    static let newClassroom: Table = [
        KeyBinding([.enter], "next / add", .open),
        KeyBinding([.escape], "back", .back),
        KeyBinding([.tab, .down], "next", label: "Tab", .nextField),
        KeyBinding([.backTab, .up], "back", label: "S-Tab", .previousField),
        KeyBinding([.function(1)], "help", inBar: false, .help),
    ]

    static let problem: Table = [
        KeyBinding([.character("r")], "restore backup", .restore),
        KeyBinding([.escape], "back", .back),
        KeyBinding([.character("q")], "quit", .quit),
    ]

    static let confirm: Table = [
        KeyBinding([.character("y")], "yes", .confirm(true)),
        KeyBinding([.character("n"), .escape], "no", label: "n", .confirm(false)),
    ]

    /// The table in force for what is on screen now.
    public static func table(for state: AppState) -> Table {
        if case .confirm = state.overlay { return confirm }
        switch state.screen {
        case .welcome: return welcome
        case .newClassroom: return newClassroom
        case .classList(let s): return s.filtering ? filtering : classList
        case .portfolio(let s): return s.filtering ? filtering : portfolio(top: state.screens.count == 1)
        case .artifactForm(let f): return form(choiceFocused: f.focus.isChoice)
        case .decorate(let f): return form(choiceFocused: f.focus != .title)
        case .trash: return trash
        case .problem: return problem
        case .stickyNote(let f): return stickyNote(reasonFocused: f.focus == .reason)
        case .prepare: return prepare
        case .reflection: return reflection
        case .boundaries(let f): return form(choiceFocused: !f.focusIsText)
        case .rehearsalSetup(let f): return rehearsalSetup(nameFocused: f.focus == .name, canResume: f.unfinished != nil)
        case .rehearsal: return rehearsal
        case .rehearsalCheck(let f): return rehearsalCheck(textFocused: f.focusIsText)
        case .conferenceSetup: return conferenceSetup
        case .conferenceClose: return conferenceClose
        case .liveSupport(let s): return liveSupport(s.focus)
        case .teacherNotes: return teacherNotes
        case .journal(let s): return s.filtering ? filtering : journal
        case .journalEntry(let f): return journalEntry(starterFocused: f.focus == .starter, choiceFocused: f.focus != .words)
        case .classReflection: return classReflection
        case .settings: return settings
        case .listEditor(let e): return listEditor(editing: e.editor != nil, fixed: e.isFixed)
        case .newLanguage: return teacherNotes
        case .conferenceSettings(let s): return conferenceSettings(s.focus)
        case .slot(let f, _): return form(choiceFocused: f.focus == 2)
        case .familyFeedback(let f): return form(choiceFocused: f.focus < 2)
        }
    }

    /// What a key means here. Keys no table claims are typing where the screen takes text.
    public static func action(for key: Key, in state: AppState) -> Action? {
        if key == .control("c") { return .quit }
        if key == .resize { return nil }
        if state.overlay == .help { return .back }
        if state.isTooSmall { return key == .character("q") ? .quit : nil }
        // Number keys carry their number: questions in the live view, starters in a journal entry.
        if case .character(let c) = key, let n = c.wholeNumberValue {
            if case .liveSupport(let s) = state.screen, s.focus == .agenda, (1...9).contains(n) { return .useQuestion(n) }
            if case .journalEntry(let f) = state.screen, f.focus == .starter, (1...6).contains(n) { return .choose(n - 1) }
        }
        if let action: Action = table(for: state).action(for: key) { return action }
        return state.screen.takesText && state.overlay == nil ? .type(key) : nil
    }
}
