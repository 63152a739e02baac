import ArgumentParser
import Foundation
import LearnerLedCore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write a demo classroom into an empty data folder.",
        discussion: "With --students and --artifacts, writes a synthetic class of that size for benchmarks instead."
    )

    @OptionGroup var data: DataOptions

    @Option(help: "Number of students in a synthetic class.")
    var students: Int?

    @Option(help: "Artifacts per student in a synthetic class.")
    var artifacts: Int?

    func validate() throws {
        if (students == nil) != (artifacts == nil) {
            throw ValidationError("Give both --students and --artifacts, or neither.")
        }
        if let students, !(1...1000).contains(students) { throw ValidationError("--students must be 1 to 1000.") }
        if let artifacts, !(0...100_000).contains(artifacts) { throw ValidationError("--artifacts must be 0 to 100000.") }
    }

    func run() throws {
        let folder = data.folder
        let contents = if let students, let artifacts {
            SyntheticClassroom.make(students: students, artifacts: artifacts)
        } else {
            DemoClassroom.make()
        }
        do {
            try DemoWriter.write(contents, to: folder)
        } catch {
            complain("learnerled demo: \(error.message)")
            throw ExitCode.failure
        }
        let artifactCount = contents.portfolios.reduce(0) { $0 + $1.artifacts.count }
        say("Wrote \(contents.classroom.name): \(contents.portfolios.count) students, \(artifactCount) artifacts, in \(folder)")
    }
}
