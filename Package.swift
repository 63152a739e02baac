// swift-tools-version:6.0
import PackageDescription

// Generic types (a Dictionary of our own keys, say) are made at run time from their mangled names by default, and
// each first use checks its conformances by searching every conformance record in the program: ~230,000
// instructions a search in the install build, tens of them before the first frame. Metadata accessors instead.
let startFast: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

let package = Package(
    name: "LearnerLed",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "learnerled", targets: ["learnerled"]),
        .library(name: "LearnerLedCore", targets: ["LearnerLedCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        // The teacher's passphrase is kept only as a scrypt hash (CryptoExtras).
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        // Tests only: the family documents' Markdown is read back by a Markdown parser.
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        // Domain model, rules, store, demo data. Foundation only: usable by any front end.
        .target(name: "LearnerLedCore", dependencies: [
            "JSONReading",
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ], swiftSettings: startFast),
        // Cells, layout, themes, keys and widgets. Knows nothing of classrooms or of ncurses.
        .target(name: "TerminalKit", dependencies: ["JSONReading"], swiftSettings: startFast),
        // Reading JSON into Decodable values fast (start-up and every portfolio go through it).
        .target(name: "JSONReading", swiftSettings: startFast),
        // Screens: AppState, Action, reduce, render.
        .target(name: "LearnerLedUI", dependencies: ["LearnerLedCore", "TerminalKit"], swiftSettings: startFast),
        // The only code that talks to ncurses.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "NcursesTerminal", dependencies: ["CNcursesw", "TerminalKit"], swiftSettings: startFast),
        .executableTarget(
            name: "learnerled",
            dependencies: [
                "JSONReading", "LearnerLedCore", "LearnerLedUI", "NcursesTerminal", "TerminalKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: startFast
        ),
        // In-process benchmarks: `swift run -c release learnerled-bench`.
        .executableTarget(name: "learnerled-bench", dependencies: ["LearnerLedCore", "LearnerLedUI", "TerminalKit"]),
        .testTarget(name: "LearnerLedCoreTests", dependencies: ["LearnerLedCore", "JSONReading"], exclude: ["Rosters"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "JSONReading"]),
        .testTarget(name: "JSONReadingTests", dependencies: ["JSONReading"]),
        .testTarget(name: "LearnerLedUITests", dependencies: ["LearnerLedUI", "LearnerLedCore", "TerminalKit"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "TerminalKit", "CNcursesw", "LearnerLedCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["LearnerLedCore", "TerminalKit", .product(name: "Ink", package: "Ink")],
                    exclude: ["Snapshots"]),
    ]
)
