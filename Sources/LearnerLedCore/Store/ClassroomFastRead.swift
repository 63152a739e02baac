import Foundation
import JSONReading

// classroom.json read straight from the parsed JSON (see `FastReads`): Codable's first use of its dozen nested
// types cost the Swift runtime ~3 M instructions before every first frame. Members that Codable reads with
// `decodeIfPresent` are read with `optional`; anything unusual gives up and Codable reads it and names the problem.
extension Classroom {
    init?(json o: JSONObject) {
        guard let schemaVersion = o.integer("schemaVersion"), let revision = o.integer("revision"),
              let name = o.string("name"), let teacher = o.string("teacher"), let term = o.string("term"),
              let subjects = o.objectList("subjects", Subject.init(json:)),
              let roster = o.objectList("roster", RosterEntry.init(json:)),
              let boundaries = o.object("boundaries").flatMap(Boundaries.init(json:)),
              let starterSets = o.objectList("starterSets", StarterSet.init(json:)),
              let successCriteria = o.objectList("successCriteria", SuccessCriterion.init(json:)),
              let probingQuestions = o.stringList("probingQuestions"),
              let conference = o.object("conference").flatMap(ConferenceSettings.init(json:)),
              let language = o.optional("language", o.string) else { return nil }
        self.init(name: name, teacher: teacher, term: term, subjects: subjects, roster: roster, boundaries: boundaries,
                  starterSets: starterSets, successCriteria: successCriteria, probingQuestions: probingQuestions,
                  conference: conference)
        self.schemaVersion = schemaVersion
        self.revision = revision
        self.language = language
    }
}

extension Subject {
    init?(json o: JSONObject) {
        guard let id = o.string("id"), let name = o.string("name"), let symbol = o.string("symbol") else { return nil }
        self.init(id: SubjectID(id), name: name, symbol: symbol)
    }
}

extension RosterEntry {
    init?(json o: JSONObject) {
        guard let id = o.string("id"), let displayName = o.string("displayName"),
              let preferredLanguage = o.string("preferredLanguage"), let familyContact = o.optional("familyContact", o.string),
              let schoolID = o.optional("schoolID", o.string), let email = o.optional("email", o.string),
              let removedAt = o.optional("removedAt", o.date) else { return nil }
        self.init(id: StudentID(id), displayName: displayName, preferredLanguage: preferredLanguage, familyContact: familyContact)
        self.schoolID = schoolID
        self.email = email
        self.removedAt = removedAt
    }
}

extension Boundaries {
    init?(json o: JSONObject) {
        guard let maxPerSubject = o.optional("maxPerSubject", o.integer), let minTotal = o.optional("minTotal", o.integer),
              let maxTotal = o.optional("maxTotal", o.integer),
              let requireStrengthAndChallenge = o.bool("requireStrengthAndChallenge"),
              let requiredSubjects = o.stringList("requiredSubjects"),
              let agreedOn = o.optional("agreedOn", { o.string($0).flatMap(Day.init) }) else { return nil }
        self.init(maxPerSubject: maxPerSubject, minTotal: minTotal, maxTotal: maxTotal,
                  requireStrengthAndChallenge: requireStrengthAndChallenge, requiredSubjects: requiredSubjects.map { SubjectID($0) },
                  agreedOn: agreedOn)
    }
}

extension StarterSet {
    init?(json o: JSONObject) {
        guard let language = o.string("language"), let languageName = o.string("languageName"),
              let lesson = o.stringList("lesson"), let artifact = o.object("artifact").flatMap(ArtifactStarters.init(json:)),
              let opening = o.stringList("opening"), let closing = o.stringList("closing"),
              let successCriteria = o.optional("successCriteria", { o.objectList($0, SuccessCriterion.init(json:)) }),
              let probingQuestions = o.optional("probingQuestions", o.stringList) else { return nil }
        self.init(language: language, languageName: languageName, lesson: lesson, artifact: artifact, opening: opening,
                  closing: closing, successCriteria: successCriteria, probingQuestions: probingQuestions)
    }
}

extension ArtifactStarters {
    init?(json o: JSONObject) {
        guard let succeeding = o.string("succeeding"), let challenged = o.string("challenged"),
              let future = o.string("future") else { return nil }
        self.init(succeeding: succeeding, challenged: challenged, future: future)
    }
}

extension SuccessCriterion {
    init?(json o: JSONObject) {
        guard let id = o.string("id"), let text = o.string("text") else { return nil }
        self.init(id: id, text: text)
    }
}

extension ConferenceSettings {
    /// A class saved before schedules existed has none, as in the Codable init.
    init?(json o: JSONObject) {
        guard let format = o.string("format").flatMap(Format.init(rawValue:)), let slotMinutes = o.integer("slotMinutes"),
              let schedule = o.optional("schedule", { o.objectList($0, ScheduledConference.init(json:)) }) else { return nil }
        self.init(format: format, slotMinutes: slotMinutes, schedule: schedule ?? [])
    }
}

extension ScheduledConference {
    init?(json o: JSONObject) {
        guard let day = o.string("day").flatMap(Day.init), let time = o.string("time"), let studentID = o.string("studentID"),
              let family = o.stringList("family") else { return nil }
        self.init(day: day, time: time, studentID: StudentID(studentID), family: family)
    }
}
