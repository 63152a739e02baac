/// The three parts said about each chosen artifact.
public enum ReflectionPart: String, Codable, Sendable, CaseIterable {
    case succeeding, challenged, future

    /// The order a student says (and prepares) them: an artifact chosen to show a challenge starts with it.
    public static func order(for reason: StickyNote.Reason?) -> [ReflectionPart] {
        reason == .challenge ? [.challenged, .succeeding, .future] : [.succeeding, .challenged, .future]
    }
}

extension ArtifactReflection {
    public subscript(part: ReflectionPart) -> String {
        get {
            switch part {
            case .succeeding: return succeeding
            case .challenged: return challenged
            case .future: return future
            }
        }
        set {
            switch part {
            case .succeeding: succeeding = newValue
            case .challenged: challenged = newValue
            case .future: future = newValue
            }
        }
    }
}

extension ArtifactStarters {
    public subscript(part: ReflectionPart) -> String {
        switch part {
        case .succeeding: return succeeding
        case .challenged: return challenged
        case .future: return future
        }
    }
}

/// One step of a conference as the student leads it.
public struct ConferenceStep: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case opening(Int)
        case showArtifact(ArtifactID)
        case starter(ArtifactID, ReflectionPart)
        case closing(Int)
    }

    public var kind: Kind
    /// What to say or do, shown large: a sentence starter, or "Show …".
    public var prompt: String
    /// The student's prepared words for this step, shown as a cue (empty when there is nothing to show).
    public var cue: String
    /// Facts about the artifact being shown: subject, kind, where it is.
    public var details: [String]
    /// A gentle hint when the student has not prepared this step yet.
    public var missingHint: String?

    public var artifactID: ArtifactID? {
        switch kind {
        case .showArtifact(let id), .starter(let id, _): return id
        case .opening, .closing: return nil
        }
    }
}

/// Builds the conference from a student's sticky notes, in their order, with their language's starters.
/// Pure: the same portfolio and class give the same steps.
public enum ConferenceScript {
    public static func steps(for p: Portfolio, in classroom: Classroom) -> [ConferenceStep] {
        let tr = classroom.familyStrings(of: p.studentID)
        let starters = classroom.starters(for: classroom.student(p.studentID)?.preferredLanguage)
        let chosen = p.chosen
        var steps: [ConferenceStep] = []

        for (i, line) in starters.opening.enumerated() {
            let isAgenda = i == starters.opening.count - 1 && starters.opening.count > 1
            steps.append(ConferenceStep(
                kind: .opening(i), prompt: line,
                cue: isAgenda ? chosen.map(\.title).joined(separator: " · ") : "",
                details: [],
                missingHint: isAgenda && chosen.isEmpty
                    ? tr("You have not chosen any artifacts yet. Put sticky notes on the work you want to share.") : nil))
        }

        for artifact in chosen {
            let subject = classroom.subject(artifact.subjectID)
            var details = [subject.map { "\($0.symbol) \($0.name)" } ?? artifact.subjectID.rawValue,
                           tr(Phrase(verbatim: artifact.kind.rawValue))]
            if !artifact.location.isEmpty { details.append(tr("Where it is: \(artifact.location)")) }
            steps.append(ConferenceStep(
                kind: .showArtifact(artifact.id), prompt: artifact.title, cue: artifact.stickyNote?.words ?? "",
                details: details, missingHint: nil))
            for part in ReflectionPart.order(for: artifact.stickyNote?.reason) {
                let words = artifact.reflection[part].trimmingCharacters(in: .whitespacesAndNewlines)
                steps.append(ConferenceStep(
                    kind: .starter(artifact.id, part), prompt: starters.artifact[part], cue: words, details: [],
                    missingHint: words.isEmpty
                        ? tr("You have not written this part yet. Say it in your own words, or write it on your sticky wall.") : nil))
            }
        }

        for (i, line) in starters.closing.enumerated() {
            steps.append(ConferenceStep(kind: .closing(i), prompt: line, cue: journalCue(for: line, p, starters, tr),
                                        details: [], missingHint: nil))
        }
        return steps
    }

    /// The journal brought into the closing: for "I used to… Now I…", the student's earliest and latest
    /// entries in the subject they wrote most about; for another lesson starter, their latest entry with it.
    static func journalCue(for line: String, _ p: Portfolio, _ starters: StarterSet, _ tr: Strings) -> String {
        let entries = p.journal.filter { $0.deletedAt == nil }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        if line == starters.lesson.first {
            let bySubject = Dictionary(grouping: entries.filter { $0.subjectID != nil }) { $0.subjectID! }
            guard let (_, subjectEntries) = bySubject.filter({ $0.value.count >= 2 })
                    .max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }),
                  let first = subjectEntries.first, let last = subjectEntries.last else { return "" }
            return tr("Earlier you wrote: “\(first.starter) \(first.words)” · Lately: “\(last.starter) \(last.words)”")
        }
        guard starters.lesson.contains(line), let latest = entries.last(where: { $0.starter == line }) else { return "" }
        return tr("You wrote: “\(latest.words)”")
    }
}

/// Feedback helps only when it is specific: "good job" tells a child nothing to keep or change.
public enum FeedbackCheck {
    static let vague: Set<String> = ["good", "great", "nice", "ok", "okay", "fine", "cool", "awesome", "everything",
                                     "all", "it", "was", "job", "well", "done", "bad", "nothing", "you", "did", "it's",
                                     "very", "really", "so", "the", "a", "bien", "muy", "todo", "nada", "bueno"]

    /// A hint when the words do not yet say what exactly, or nil when they do.
    public static func hint(worked text: String, _ tr: Strings = .english) -> String? {
        isSpecific(text) ? nil : tr("Try saying what exactly worked, like “You held up your graph so we could see it.”")
    }

    public static func hint(tryNext text: String, _ tr: Strings = .english) -> String? {
        isSpecific(text) ? nil : tr("Try saying one thing to do next time, like “Look at your family when you read your starter.”")
    }

    static func isSpecific(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
        let meaningful = words.filter { !vague.contains($0) }
        return words.count >= 4 && meaningful.count >= 2
    }
}
