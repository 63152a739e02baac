import ArgumentParser
import LearnerLedCore

/// Hidden: saves one student's portfolio over and over, for the crash and concurrency tests.
struct StoreTortureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store-torture", abstract: "Save a student again and again (for tests).", shouldDisplay: false)

    @OptionGroup var data: DataOptions
    @Option(name: .customLong("student")) var student: String
    @Option var count: Int = 100
    @Option(help: "A tag to put in each artifact this process adds.") var tag: String = "w"

    func run() throws {
        let store = try DocumentStore(root: data.folder)
        var saved = 0
        var busy = 0
        while saved < count {
            let result = store.update(.student(StudentID(student)), create: { Portfolio(studentID: StudentID(student)) }) { p throws(StoreError) in
                p.artifacts.append(Artifact(id: ArtifactID("\(tag)-\(saved)"), title: "\(tag) \(saved)", subjectID: "math",
                                            date: Day("2026-11-01")!))
            }
            switch result {
            case .success: saved += 1
            case .failure(.busy): busy += 1
            case .failure(let e):
                complain("store-torture: \(e.message)")
                throw ExitCode.failure
            }
        }
        say("saved \(saved), busy \(busy)")
    }
}
