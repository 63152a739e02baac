import Foundation
import JSONReading

/// A portfolio as far as its first screen needs it, read in a fraction of the time the whole file takes: everything
/// but the artifacts as usual; of each artifact only what sorting, grouping and its row in the list need (an
/// outline: date, subject and sticky note; title, words and reflection empty), then, as the screen asks (`fill`),
/// the titles of the rows on screen and the selected artifact whole. A third of the whole read's instructions: ~5 M
/// against 15 M for 500 artifacts, ~150 M against 460 M for 15,000.
///
/// For drawing only, until the whole file is read: the terminal program reads it on another thread straight after
/// the first frame. Nothing is saved from it (a save applies a change to the file as it is on disk).
public struct PortfolioPreview: Sendable {
    public let studentID: StudentID
    /// The outline, until `takeOutline()` hands it to the state that shows it.
    public private(set) var outline: Portfolio?
    private let data: Data
    private let ranges: [Range<Int>]
    /// What the skim kept of each artifact, held until the preview is dropped: freeing 500 of them as soon as the
    /// outlines were made cost ~0.5 M instructions before the first frame.
    private let skimmed: [JSONObject]
    /// How much of each artifact has been filled in, so a frame reads nothing twice.
    private var read: [Depth]

    private enum Depth: UInt8, Sendable { case outline, title, whole }

    /// What an outline keeps of each artifact.
    static let outlineMembers = ["id", "subjectID", "date", "createdAt", "stickyNote"]

    /// Nil when the file is anything but a well-formed portfolio of a version this one knows: the whole read then
    /// says what is wrong with it.
    init?(data: Data) {
        let reader = JSONReader(fastPaths: FastReads.all)
        guard let (portfolio, skim) = try? reader.decode(Portfolio.self, from: data, skimming: "artifacts",
                                                         keeping: Self.outlineMembers),
              (1...Portfolio.currentSchemaVersion).contains(portfolio.schemaVersion) else { return nil }
        var outlines: [Artifact] = []
        outlines.reserveCapacity(skim.elements.count)
        for element in skim.elements {
            guard let outline = Artifact(outline: element) else { return nil }
            outlines.append(outline)
        }
        studentID = portfolio.studentID
        outline = portfolio
        outline?.artifacts = outlines
        self.data = data
        ranges = skim.ranges
        skimmed = skim.elements
        read = Array(repeating: .outline, count: outlines.count)
    }

    /// The outline, moved out: the state that shows it fills it in place, with nothing shared to copy.
    public mutating func takeOutline() -> Portfolio? {
        defer { outline = nil }
        return outline
    }

    /// Fills in `portfolio` (the outline taken from this preview) where a frame shows it: the titles of the artifacts
    /// at `titled` (a list's rows) and the artifacts at `whole` entirely. False when one does not read (the whole read
    /// will say why) or is not the one its outline said.
    public mutating func fill(titles titled: [Int], whole: [Int], in portfolio: inout Portfolio) -> Bool {
        let reader = JSONReader(fastPaths: FastReads.all)
        for i in whole where read.indices.contains(i) && read[i] != .whole {
            guard portfolio.artifacts.indices.contains(i),
                  let artifact = try? reader.decode(Artifact.self, from: data, at: ranges[i]),
                  artifact.id.rawValue == skimmed[i].string("id") else { return false }
            portfolio.artifacts[i] = artifact
            read[i] = .whole
        }
        for i in titled where read.indices.contains(i) && read[i] == .outline {
            guard portfolio.artifacts.indices.contains(i),
                  let element = try? reader.members(of: data, at: ranges[i], keeping: ["title"]),
                  let title = element.string("title") else { return false }
            portfolio.artifacts[i].title = title
            read[i] = .title
        }
        return true
    }
}

extension DocumentStore {
    /// The student's portfolio as far as its first screen needs it (see `PortfolioPreview`); nil when there is no
    /// file, or it cannot be read so, which the whole read then explains.
    public func preview(_ id: StudentID) -> PortfolioPreview? {
        let key = DocumentKey.student(id)
        guard key.hasValidID, let data = try? readBytes(at: path(of: key), displayName: key.relativePath), !data.isEmpty
        else { return nil }
        return PortfolioPreview(data: data)
    }
}

extension Artifact {
    /// What a preview keeps of an artifact: its identity, sort keys and sticky note.
    init?(outline o: JSONObject) {
        guard let id = o.string("id"), let subjectID = o.string("subjectID"), let date = o.string("date").flatMap(Day.init),
              let createdAt = o.date("createdAt"),
              let stickyNote = o.optional("stickyNote", { o.object($0).flatMap(StickyNote.init(json:)) }) else { return nil }
        self.init(id: ArtifactID(id), title: "", subjectID: SubjectID(subjectID), kind: .other, date: date, description: "",
                  location: "", stickyNote: stickyNote, reflection: ArtifactReflection(succeeding: "", challenged: "", future: ""),
                  createdAt: createdAt, updatedAt: createdAt)
    }
}
