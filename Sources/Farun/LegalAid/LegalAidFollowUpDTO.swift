import FarunCore
import Foundation
import Vapor

/// One late or at-risk duty on the supervision screen.
struct LegalAidSupervisionRowDTO: Content {
    let application_id: Int
    let number: String
    let state: String
    let kind: String
    let rule: String
    let article: String
    let severity: String
    /// The day the clock started.
    let since: String
    let due_on: String
    let due_provisional: Bool
    /// Units past the due date, in `unit` (calendar, working, calendar_exact).
    let late: Int
    let unit: String
    let region_id: Int
    let region_name: String
    /// The provider for the provider's duties; empty when the agency or the bureau holds the matter.
    let holder: String
    let url: String

    init(_ row: LegalAidSupervisionQueries.Row) {
        let f = row.finding
        application_id = row.applicationID
        number = row.number
        state = row.state.rawValue
        kind = f.kind.rawValue
        rule = f.kind.rule
        article = f.kind.article
        severity = f.severity.rawValue
        since = f.since.description
        due_on = f.due.dueDate.description
        due_provisional = f.due.isProvisional
        late = f.late
        unit = f.unit.rawValue
        region_id = row.regionID
        region_name = row.regionName
        holder = f.kind.isProvidersTurn ? row.providerName : ""
        url = SiteURL.staffLegalAidApplication(row.applicationID).path
    }
}

struct LegalAidSuperviseDTO: Content {
    var kind: String
    var note: String
    var notify: Bool?
}

struct LegalAidSupervisionNoteDTO: Content {
    let id: Int
    let kind: String
    let note: String
    let due_on: String
    let late: Int
    let unit: String
    let notified: Bool
    let by_name: String
    let created_at: Date

    init(_ n: LegalAidSupervisionNote) throws {
        id = try n.requireID()
        kind = n.kind.rawValue
        note = n.note
        due_on = n.dueOn
        late = n.late
        unit = n.unit.rawValue
        notified = n.notified
        by_name = n.byName
        created_at = n.createdAt
    }
}

/// A rating taken by phone (`kind` rating) or a complaint (`kind` complaint).
struct LegalAidFeedbackInputDTO: Content {
    var kind: String
    var score: String?
    var text: String?
    var asks_replacement: Bool?
}

/// The recipient's rating, complaints and the supervision notes of one case.
struct LegalAidFollowUpDTO: Content {
    struct RatingDTO: Content {
        let score: String
        let satisfied: Bool
        let comment: String
        /// citizen (the tracking page) or callback (taken by phone by `recorded_by`).
        let channel: String
        let recorded_by: String
        let created_at: Date
    }
    struct ComplaintDTO: Content {
        let id: Int
        let channel: String
        let text: String
        let asks_replacement: Bool
        let provider_name: String
        let recorded_by: String
        let created_at: Date
    }

    let application_id: Int
    let rating: RatingDTO?
    let complaints: [ComplaintDTO]
    let supervisions: [LegalAidSupervisionNoteDTO]

    init(applicationID: Int, _ r: LegalAidFollowUps.Record) throws {
        application_id = applicationID
        rating = r.rating.map { rating in
            RatingDTO(score: rating.score.rawValue, satisfied: rating.score.countsAsSatisfied, comment: rating.comment,
                      channel: (r.ratingFeedback == nil ? LegalAidFeedback.Channel.citizen : .callback).rawValue,
                      recorded_by: r.ratingFeedback?.byName ?? "", created_at: rating.createdAt)
        }
        complaints = try r.complaints.map { c in
            ComplaintDTO(id: try c.requireID(), channel: c.channel.rawValue, text: c.text, asks_replacement: c.asksReplacement,
                         provider_name: c.providerName, recorded_by: c.byName, created_at: c.createdAt)
        }
        supervisions = try r.supervisions.map(LegalAidSupervisionNoteDTO.init)
    }
}

extension OpenAPIDocument {
    /// JSON schemas of legal aid supervision (督办) and the recipient's rating.
    static var legalAidFollowUpSchemas: [String: Any] {
        let kinds: [String: Any] = ["type": "string", "enum": LegalAidSupervision.Kind.allCases.map(\.rawValue)]
        let supervision = object([
            "id": integer, "kind": kinds, "note": string, "due_on": date, "late": integer,
            "unit": ["type": "string", "enum": PeriodUnit.allCases.map(\.rawValue)], "notified": boolean, "by_name": string,
            "created_at": dateTime,
        ], required: ["id", "kind", "note", "due_on", "late", "notified", "by_name", "created_at"])
        return [
            "LegalAidSupervisionRow": object([
                "application_id": integer, "number": string, "state": string, "kind": kinds,
                "rule": ["type": "string", "description": "rules.csv id (LA-01, LA-02, LA-06, LA-26) or empty for the agency's own guards"],
                "article": string, "severity": ["type": "string", "enum": LegalAidSupervision.Severity.allCases.map(\.rawValue)],
                "since": date, "due_on": date, "due_provisional": boolean,
                "late": ["type": "integer", "description": "units past the due date, in unit"],
                "unit": ["type": "string", "enum": PeriodUnit.allCases.map(\.rawValue)], "region_id": integer, "region_name": string,
                "holder": string, "url": string,
            ], required: ["application_id", "number", "kind", "severity", "since", "due_on", "late", "unit", "url"]),
            "LegalAidSupervise": object(["kind": kinds, "note": string, "notify": boolean], required: ["kind", "note"]),
            "LegalAidSupervisionNote": supervision,
            "LegalAidFeedbackInput": object([
                "kind": ["type": "string", "enum": ["rating", "complaint"]],
                "score": ["type": ["string", "null"], "description": "for a rating: " + RatingScore.allCases.map(\.rawValue).joined(separator: ", ")],
                "text": nullableString, "asks_replacement": boolean,
            ], required: ["kind"]),
            "LegalAidFollowUp": object([
                "application_id": integer,
                "rating": ["type": ["object", "null"], "properties": [
                    "score": string, "satisfied": boolean, "comment": string,
                    "channel": ["type": "string", "enum": LegalAidFeedback.Channel.allCases.map(\.rawValue)], "recorded_by": string,
                    "created_at": dateTime]],
                "complaints": array(object([
                    "id": integer, "channel": string, "text": string, "asks_replacement": boolean, "provider_name": string,
                    "recorded_by": string, "created_at": dateTime,
                ], required: ["id", "channel", "text", "asks_replacement"])),
                "supervisions": array(ref("LegalAidSupervisionNote")),
            ], required: ["application_id", "complaints", "supervisions"]),
        ]
    }
}
