/// Writes demo contents into a data folder that has no classroom yet.
public enum DemoWriter {
    public enum Failure: Error, Equatable {
        case alreadyHasData(String)
        case store(StoreError)

        public var message: String {
            switch self {
            case .alreadyHasData(let root): return "\(root) already holds a classroom; the demo never writes over data."
            case .store(let error): return error.message
            }
        }
    }

    /// Writes the students, the class and an `access.json` whose teacher passphrase is `passphrase`.
    public static func write(_ contents: DemoClassroom.Contents, to root: String,
                             passphrase: String = DemoClassroom.passphrase) throws(Failure) {
        let store: DocumentStore
        do { store = try DocumentStore(root: root) } catch { throw .store(error) }
        if store.exists(.classroom) || !store.studentFileIDs().isEmpty { throw .alreadyHasData(root) }
        for portfolio in contents.portfolios {
            if case .failure(let e) = store.create(.student(portfolio.studentID), portfolio) { throw .store(e) }
        }
        if let hash = try? PassphraseHash(passphrase: passphrase),
           case .failure(let e) = store.create(.access, Access(teacherPassphrase: hash)) { throw .store(e) }
        // The classroom last: a folder with a classroom.json is a complete one.
        if case .failure(let e) = store.create(.classroom, contents.classroom) { throw .store(e) }
    }
}
