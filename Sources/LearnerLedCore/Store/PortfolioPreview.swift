import Foundation
import JSONReading

/// A portfolio as far as its first screen needs it, read in a fraction of the time the whole file takes: everything
/// but the artifacts as usual; of each artifact only what sorting, grouping and its row in the list need (an
/// outline: date, subject and sticky note; title, words and reflection empty), then, as the screen asks (`fill`),
/// the titles of the rows on screen and the selected artifact whole. A quarter of the whole read's instructions:
/// ~3.9 M against 15 M for 500 artifacts, ~113 M against 460 M for 15,000.
///
/// For drawing only, until the whole file is read: the terminal program reads it on another thread straight after
/// the first frame. Nothing is saved from it (a save applies a change to the file as it is on disk).
public struct PortfolioPreview: Sendable {
    public let studentID: StudentID
    /// The outline, until `takeOutline()` hands it to the state that shows it.
    public private(set) var outline: Portfolio?
    private let data: Data
    private let ranges: [Range<Int>]
    /// Each artifact's id as its outline read it, to check that what is filled in is the same artifact.
    private let ids: [ArtifactID]
    /// How much of each artifact has been filled in, so a frame reads nothing twice.
    private var read: [Depth]

    private enum Depth: UInt8, Sendable { case outline, title, whole }

    /// What an outline keeps of each artifact, in the order of `OutlineMember` (a skim hands members over by place).
    static let outlineMembers = ["id", "subjectID", "date", "createdAt", "stickyNote"]

    /// Nil when the file is anything but a well-formed portfolio of a version this one knows: the whole read then
    /// says what is wrong with it.
    init?(data: Data) {
        let reader = JSONReader(fastPaths: FastReads.all)
        var subjects: [String] = []
        var outlines: [Artifact] = []
        func keep(_ element: SkimmedElement) -> Bool {
            guard let outline = Artifact.outline(element, subjects: &subjects) else { return false }
            outlines.append(outline)
            return true
        }
        guard let (portfolio, ranges) = try? reader.decode(Portfolio.self, from: data, skimming: "artifacts",
                                                           keeping: Self.outlineMembers, each: keep),
              (1...Portfolio.currentSchemaVersion).contains(portfolio.schemaVersion) else { return nil }
        studentID = portfolio.studentID
        outline = portfolio
        outline?.artifacts = outlines
        self.data = data
        self.ranges = ranges
        ids = outlines.map(\.id)
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
                  artifact.id == ids[i] else { return false }
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

/// The places of the members an outline keeps, in `PortfolioPreview.outlineMembers`.
enum OutlineMember: Int, CaseIterable {
    case id, subjectID, date, createdAt, stickyNote
}

extension Artifact {
    /// What a preview keeps of an artifact: its identity, sort keys and sticky note, its dates read straight from
    /// the file's bytes and its subject one of the `subjects` already read when it is.
    static func outline(_ o: SkimmedElement, subjects: inout [String]) -> Artifact? {
        typealias M = OutlineMember
        guard let id = o.string(M.id.rawValue), let subjectID = o.string(M.subjectID.rawValue, reusing: &subjects),
              let date = o.text(M.date.rawValue).flatMap(Day.init(utf8:)), let createdAt = o.date(M.createdAt.rawValue)
        else { return nil }
        var stickyNote: StickyNote?
        if !o.isAbsent(M.stickyNote.rawValue) {
            guard let note = o.object(M.stickyNote.rawValue).flatMap(StickyNote.init(json:)) else { return nil }
            stickyNote = note
        }
        return Artifact(id: ArtifactID(id), title: "", subjectID: SubjectID(subjectID), kind: .other, date: date, description: "",
                        location: "", stickyNote: stickyNote, reflection: ArtifactReflection(succeeding: "", challenged: "", future: ""),
                        createdAt: createdAt, updatedAt: createdAt)
    }
}
