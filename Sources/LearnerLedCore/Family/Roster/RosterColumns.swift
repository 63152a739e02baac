import Foundation

/// Which column holds what, from the header a school's system wrote: case, spaces, `_` and `-` aside, in English
/// and Spanish. `--columns name=…,language=…` names any header the guess does not know.
public struct RosterColumns: Equatable, Sendable {
    public enum Role: String, CaseIterable, Sendable {
        case name, first, last, lastFirst = "last-first", id, schoolID = "school-id", email, language, contact
    }

    public private(set) var index: [Role: Int] = [:]

    static let known: [Role: [String]] = [
        .name: ["name", "studentname", "fullname", "displayname", "nombre", "nombrecompleto", "alumno", "estudiante", "student"],
        .first: ["firstname", "givenname", "first", "forename", "nombres", "primernombre", "prenom"],
        .last: ["lastname", "surname", "familyname", "last", "apellido", "apellidos"],
        .lastFirst: ["lastfirst", "lastnamefirstname", "surnamefirstname", "apellidonombre", "apellidosnombre", "apellidosynombre"],
        .id: ["id", "identifier", "learnerledid"],
        .schoolID: ["studentnumber", "studentid", "schoolid", "sisid", "studentno", "number", "matricula", "numerodeestudiante"],
        .email: ["email", "emailaddress", "mail", "correo", "correoelectronico"],
        .language: ["language", "preferredlanguage", "homelanguage", "idioma", "lengua", "idiomaenelhogar"],
        .contact: ["familycontact", "contact", "family", "parent", "guardian", "phone", "telefono", "contactofamiliar"],
    ]

    static func normal(_ header: String) -> String {
        header.nameKey.filter { $0.isLetter || $0.isNumber }
    }

    /// Guesses from the header; `mapping` ("name=Pupil,language=Home Lang") wins where given. Returns the
    /// problem in words when there is no way to tell a child's name.
    public init(header: [String], mapping: [Role: String] = [:]) throws(RosterImport.Problem) {
        let normals = header.map(Self.normal)
        for role in Role.allCases {
            if let wanted = mapping[role] {
                guard let i = normals.firstIndex(of: Self.normal(wanted)) else {
                    throw RosterImport.Problem(line: 1, message: "there is no column “\(wanted)” (the header has: \(header.joined(separator: ", ")))")
                }
                index[role] = i
            } else if let i = normals.firstIndex(where: { Self.known[role]!.contains($0) }), !index.values.contains(i) {
                index[role] = i
            }
        }
        // "Nombre" beside "Apellido" is the first name, not the whole name.
        if index[.first] == nil, index[.last] != nil, let name = index[.name], mapping[.name] == nil {
            index[.first] = name
            index[.name] = nil
        }
        guard index[.name] != nil || index[.lastFirst] != nil || index[.first] != nil || index[.last] != nil else {
            throw RosterImport.Problem(line: 1, message: "the header has no name column (e.g. “Name”, or “First Name” and "
                                       + "“Last Name”); --columns name=… names one")
        }
    }

    /// `name=Pupil,language=Home Lang` as given to `--columns`.
    public static func mapping(_ text: String) throws(RosterImport.Problem) -> [Role: String] {
        var mapping: [Role: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let role = Role(rawValue: parts[0]) else {
                throw RosterImport.Problem(line: 0, message: "--columns takes role=Header pairs; roles: "
                                           + Role.allCases.map(\.rawValue).joined(separator: ", "))
            }
            mapping[role] = parts[1]
        }
        return mapping
    }

    /// The child's name as it should read: "First Last", or a "Last, First" column turned round.
    func name(_ field: (Role) -> String) -> String {
        if index[.name] != nil { return field(.name) }
        if index[.lastFirst] != nil {
            let parts = field(.lastFirst).split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.count == 2 ? "\(parts[1]) \(parts[0])" : parts.joined()
        }
        return [field(.first), field(.last)].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
