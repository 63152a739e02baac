import Foundation
import LearnerLedCore
import TerminalKit

/// Putting a sticky note on an artifact, or changing one: why (strength or challenge) and a few words.
public struct StickyNoteForm: Equatable, Sendable {
    public enum Field: Int, CaseIterable, Sendable { case reason, words }

    public var studentID: String
    /// The artifact as it was when the form opened: the base its change is merged against.
    public var artifact: Artifact
    public var focus: Field = .reason
    public var reason: StickyNote.Reason
    public var words: TextEditor

    public init(studentID: String, artifact: Artifact) {
        self.studentID = studentID
        self.artifact = artifact
        reason = artifact.stickyNote?.reason ?? .strength
        words = TextEditor(artifact.stickyNote?.words ?? "", maxLength: 80)
    }

    public var isNew: Bool { artifact.stickyNote == nil }
}

/// The sticky wall: the chosen artifacts in conference order, with the class rules beside them.
public struct PrepareState: Equatable, Sendable {
    public var studentID: String
    /// The chosen artifacts in conference order, rebuilt when the portfolio changes, never on a key.
    public var notes: [PortfolioRow] = []
    /// Every class rule, met or not, for this student's notes.
    public var rules: [RuleResult] = []
    public var readiness: Readiness?
    /// Index into `notes`.
    public var selected = 0
    public init(studentID: String) { self.studentID = studentID }

    public func artifact(at i: Int, in p: Portfolio) -> Artifact? {
        PortfolioState.artifact(row: i, of: notes, in: p)
    }
}

/// What the student will say about one chosen artifact, one sentence starter at a time.
public struct ReflectionForm: Equatable, Sendable {
    public var studentID: String
    public var artifact: Artifact
    /// The starters in the order the student fills them (and will say them).
    public var parts: [ReflectionPart]
    public var focus = 0
    /// One editor per part, in `parts` order.
    public var editors: [TextEditor]

    public init(studentID: String, artifact: Artifact) {
        self.studentID = studentID
        self.artifact = artifact
        parts = ReflectionPart.order(for: artifact.stickyNote?.reason)
        editors = parts.map { TextEditor(artifact.reflection[$0], maxLength: 600) }
    }

    public func editor(_ part: ReflectionPart) -> TextEditor { editors[parts.firstIndex(of: part)!] }

    public mutating func editFocused(_ change: (inout TextEditor) -> Void) { change(&editors[focus]) }

    public var reflection: ArtifactReflection {
        var r = ArtifactReflection()
        for (part, editor) in zip(parts, editors) { r[part] = editor.text.trimmingCharacters(in: .whitespaces) }
        return r
    }

    public var hasChanges: Bool { reflection != artifact.reflection }

    /// Saving the form: only the reflection, merged against the artifact as it was when the form opened.
    public func change(now: Date) -> PortfolioChange {
        var updated = artifact
        updated.reflection = reflection
        updated.updatedAt = now
        return .updateArtifact(updated, base: artifact)
    }
}

/// The class's boundaries, as the teacher edits them.
public struct BoundariesForm: Equatable, Sendable {
    public enum Field: Equatable, Sendable {
        case maxPerSubject, minTotal, maxTotal, strengthAndChallenge, required(Int), agreedOn
    }

    public var original: Boundaries
    public var focus = 0
    public var maxPerSubject: TextEditor
    public var minTotal: TextEditor
    public var maxTotal: TextEditor
    public var strengthAndChallenge: Bool
    public var required: Set<String>
    public var agreedOn: TextEditor
    public var error: String?
    public let fields: [Field]

    public init(_ b: Boundaries, subjects: [Subject]) {
        original = b
        maxPerSubject = TextEditor(b.maxPerSubject.map(String.init) ?? "", maxLength: 3)
        minTotal = TextEditor(b.minTotal.map(String.init) ?? "", maxLength: 3)
        maxTotal = TextEditor(b.maxTotal.map(String.init) ?? "", maxLength: 3)
        strengthAndChallenge = b.requireStrengthAndChallenge
        required = Set(b.requiredSubjects)
        agreedOn = TextEditor(b.agreedOn?.description ?? "", maxLength: 10)
        fields = [.maxPerSubject, .minTotal, .maxTotal, .strengthAndChallenge]
            + subjects.indices.map { .required($0) } + [.agreedOn]
    }

    public var focusedField: Field { fields[focus] }

    public var focusIsText: Bool {
        switch focusedField {
        case .maxPerSubject, .minTotal, .maxTotal, .agreedOn: return true
        case .strengthAndChallenge, .required: return false
        }
    }

    /// The rules as typed, or what to fix.
    public func boundaries(subjects: [Subject]) -> Result<Boundaries, FormError> {
        func number(_ e: TextEditor, _ what: String) throws(FormError) -> Int? {
            let text = e.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return nil }
            guard let n = Int(text), n >= 0 else {
                throw FormError(field: .title, message: "\(what) must be a number (or empty for no limit).")
            }
            return n
        }
        do throws(FormError) {
            let maxPer = try number(maxPerSubject, "“At most, from one subject”")
            let minT = try number(minTotal, "“At least, in all”")
            let maxT = try number(maxTotal, "“At most, in all”")
            if let minT, let maxT, minT > maxT {
                return .failure(FormError(field: .title, message: "“At least” is more than “at most”."))
            }
            let dayText = agreedOn.text.trimmingCharacters(in: .whitespaces)
            let day = Day(dayText)
            if !dayText.isEmpty, day == nil {
                return .failure(FormError(field: .date, message: "Write the date like 2026-10-06."))
            }
            return .success(Boundaries(maxPerSubject: maxPer, minTotal: minT, maxTotal: maxT,
                                       requireStrengthAndChallenge: strengthAndChallenge,
                                       requiredSubjects: subjects.map(\.id).filter { required.contains($0) }, agreedOn: day))
        } catch {
            return .failure(error)
        }
    }
}
