import Foundation
import LearnerLedCore
import LearnerLedUI
import TerminalKit

// In-process benchmarks: `swift run -c release learnerled-bench`. Each figure is the median of several
// rounds, so one slow round on a shared machine does not decide it. Nothing here asserts a time.

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ rounds: Int, _ body: () throws -> Double) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<rounds { times.append(try body()) }
    return times.sorted()[times.count / 2]
}

func report(_ name: String, _ value: Double, unit: String = "ms") {
    let shown = unit == "µs" ? value * 1e6 : value * 1e3
    print(name.padding(toLength: 52, withPad: " ", startingAt: 0) + String(format: "%10.3f %@", shown, unit))
}

/// Teacher's view with one student's portfolio of `artifacts` open at 120x40.
func portfolioState(artifacts: Int) -> AppState {
    let contents = SyntheticClassroom.make(students: 1, artifacts: artifacts)
    var state = AppState(mode: .student(contents.portfolios[0].studentID), dataFolder: "/bench",
                         classroom: contents.classroom, today: Day("2026-11-29")!)
    _ = reduce(&state, .resized(width: 120, height: 40))
    _ = reduce(&state, .portfoliosLoaded(contents.portfolios, unreadable: [:]))
    return state
}

/// One Down key: the action, the reducer and a full frame rendered, as the run loop does it.
func keypress(_ artifacts: Int) -> Double {
    var state = portfolioState(artifacts: artifacts)
    var canvas = Canvas(width: 120, height: 40)
    let presses = 200
    return median(7) {
        seconds {
            for _ in 0..<presses {
                if let action = Keys.action(for: .down, in: state) { _ = reduce(&state, action) }
                render(state, into: &canvas)
            }
        } / Double(presses)
    }
}

/// The teacher's class list of 30 students × `artifacts`, every count in, at 100x30 (the pty benchmark's size).
func classState(artifacts: Int) -> AppState {
    let contents = SyntheticClassroom.make(students: 30, artifacts: artifacts)
    var state = AppState(mode: .teacher, dataFolder: "/bench", classroom: contents.classroom, today: Day("2026-11-29")!)
    _ = reduce(&state, .resized(width: 100, height: 30))
    _ = reduce(&state, .portfoliosLoaded(contents.portfolios, unreadable: [:]))
    return state
}

/// One Down key on the class list, as `keypress` on the portfolio; Up again at the bottom so every key moves.
func classKeypress(_ presses: Int) -> Double {
    var state = classState(artifacts: 20)
    var canvas = Canvas(width: 100, height: 30)
    return median(7) {
        seconds {
            for i in 0..<presses {
                if let action = Keys.action(for: i / 29 % 2 == 0 ? .down : .up, in: state) { _ = reduce(&state, action) }
                render(state, into: &canvas)
            }
        } / Double(presses)
    }
}

// `learnerled-bench keys N`: only the key figure for a portfolio of N artifacts, short enough to run under
// `valgrind --tool=callgrind`, whose instruction counts repeat exactly on a busy machine.
let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "keys", let n = arguments.dropFirst().first.flatMap({ Int($0) }) {
    report("Down key + frame, portfolio of \(n) artifacts", keypress(n), unit: "µs")
    exit(0)
}
// `learnerled-bench classkeys N`: N keys on the teacher's class list, for callgrind as `keys`.
if arguments.first == "classkeys", let n = arguments.dropFirst().first.flatMap({ Int($0) }) {
    report("Down key + frame, class list of 30", classKeypress(n), unit: "µs")
    exit(0)
}
// `learnerled-bench load FOLDER STUDENT`: read one portfolio once, for callgrind's view of the decode.
if arguments.first == "load", arguments.count == 3 {
    let store = DocumentStore(readingOnly: arguments.dropFirst().first!)
    let portfolio = try! store.load(.student(StudentID(arguments.last!)), as: Portfolio.self).get()!
    print("\(portfolio.artifacts.count) artifacts")
    exit(0)
}

print("LearnerLed benchmarks (median of 7 rounds)")
for n in [10, 1_000, 10_000, 50_000] {
    report("Down key + frame, portfolio of \(n) artifacts", keypress(n), unit: "µs")
}

report("Down key + frame, class list of 30", classKeypress(200), unit: "µs")

let folder = NSTemporaryDirectory() + "learnerled-bench-\(getpid())"
defer { try? FileManager.default.removeItem(atPath: folder) }
let write = seconds {
    try! DemoWriter.write(SyntheticClassroom.make(students: 30, artifacts: 500), to: folder)
}
report("demo --students 30 --artifacts 500 (write)", write)
let store = DocumentStore(readingOnly: folder)
let load = median(5) {
    seconds {
        let classroom = try! store.load(.classroom, as: Classroom.self).get()!
        for entry in classroom.roster { _ = try! store.load(.student(entry.id), as: Portfolio.self).get() }
    }
}
report("load classroom + 30 × 500 portfolios", load)
let one = median(9) { seconds { _ = try! store.load(.student("student-001"), as: Portfolio.self).get() } }
report("load one 500-artifact portfolio", one)
let writable = try! DocumentStore(root: folder)
let save = median(9) {
    seconds {
        _ = writable.update(.student("student-001"), create: { Portfolio(studentID: "student-001") }) { p throws(StoreError) in
            p.cover.title += "!"
        }
    }
}
report("save one 500-artifact portfolio (lock…fsync…rename)", save)
