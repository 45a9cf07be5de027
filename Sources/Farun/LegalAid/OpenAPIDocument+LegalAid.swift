import FarunCore

extension OpenAPIDocument {
    /// JSON schemas of legal aid (法律援助).
    static var legalAidSchemas: [String: Any] {
        let categories: [String: Any] = ["type": "string", "enum": LegalAidCategory.allCases.map(\.rawValue)]
        let states: [String: Any] = ["type": "string", "enum": LegalAidState.allCases.map(\.rawValue)]
        let application = object([
            "id": integer, "number": string, "work_order_id": integer, "state": states, "category": categories,
            "category_citation": string, "service_form": string, "circumstances": strings,
            "economic_review": ["type": "string", "description": "pledge, exempt:N (第四十二条), no_condition:N (第三十二条) or not_applicable"],
            "priorities": strings, "applicant_name": string, "applicant_phone": ["type": "string", "description": "masked"],
            "applicant_resident_id": ["type": "string", "description": "masked"], "matter": string, "opponent_name": string,
            "opponent_phone": string, "opponent_resident_id": string, "region_id": integer, "received_on": date,
            "decision_due": date, "decision_due_provisional": boolean, "missing_materials": strings, "materials_checked": strings,
            "conflict_checked_at": nullableDate, "decision": nullableString, "decided_on": nullableString, "decision_reasons": string,
            "extension_reason": string, "decided_late": boolean, "assignment_due": nullableString, "provider_id": nullableInteger,
            "provider_name": string, "termination_ground": nullableString, "outcome": nullableString,
            "amount_recovered": ["type": "string", "description": "yuan, e.g. 12,345.00"], "closing_report": string,
            "closed_on": nullableString, "version": integer, "actions": strings,
            "origin": ["type": ["string", "null"],
                       "description": "hotline_call or consultation: made in one step from a 12348 call or a consultation; null for the application form"],
            "origin_ref": ["type": ["string", "null"], "description": "the call record's id or the consultation's id"],
            "missing_fields": ["type": "array", "items": ["type": "string", "enum": LegalAidMissingField.allCases.map(\.rawValue)],
                               "description": "what the applicant must still give (listed in the one-time supplement notice, 第四十三条)"],
        ], required: ["id", "number", "work_order_id", "state", "category", "economic_review", "received_on", "decision_due", "version", "actions"])
        let conflict = object([
            "role": string, "party_name": string, "source": string, "reference": string, "earlier_role": string, "earlier_name": string,
            "evidence": ["type": "array", "items": ["type": "string"], "description": "resident_id, phone, same_name, similar_name:N"],
            "strong": boolean, "adverse": boolean,
        ], required: ["role", "party_name", "source", "reference", "evidence", "strong", "adverse"])
        let objection = object([
            "id": integer, "application_id": integer, "against": states, "grounds": string, "received_on": date, "due_on": date,
            "decision": nullableString, "decision_reasons": string, "decided_on": nullableString,
        ], required: ["id", "application_id", "against", "grounds", "received_on", "due_on"])
        let count = object(["key": string, "count": integer], required: ["key", "count"])
        return [
            "LegalAidApplication": application,
            "LegalAidApplicationList": array(ref("LegalAidApplication")),
            "LegalAidDetails": object([
                "version": integer, "category": ["type": ["string", "null"], "description": "the confirmed category"],
                "applicant_name": nullableString, "applicant_resident_id": nullableString, "opponent_name": nullableString,
                "economic_statement": nullableString,
                "pledge_signature": ["type": ["string", "null"], "description": "the applicant's own name as signed on the integrity pledge (第四十一条)"],
            ], required: ["version"]),
            "LegalAidApplicationInput": object([
                "channel": ["type": "string", "description": "window, hotline, web, mobile_web, kiosk …"],
                "applicant_name": string, "applicant_phone": string, "applicant_resident_id": nullableString, "region_id": integer,
                "service_point_id": nullableInteger, "category": categories, "service_form": nullableString, "matter": string,
                "circumstances": strings, "days_to_limitation": nullableInteger, "needs_preservation": boolean,
                "economic_statement": ["type": ["string", "null"], "description": "required when the pledge applies (第四十一条)"],
                "opponent_name": string, "opponent_phone": nullableString, "opponent_resident_id": nullableString,
                "pledge_accepted": boolean, "pledge_signature": ["type": "string", "description": "the applicant's name, as signature"],
            ], required: ["channel", "applicant_name", "applicant_phone", "region_id", "category", "matter", "opponent_name",
                          "pledge_accepted", "pledge_signature"]),
            "LegalAidScreening": object([
                "economic_review": string, "economic_review_label": string, "citation": string, "needs_pledge": boolean,
                "provisional_aid": boolean,
                "priorities": array(object(["code": string, "label": string, "citation": string], required: ["code", "label", "citation"])),
                "proofs": strings,
            ], required: ["economic_review", "economic_review_label", "citation", "needs_pledge", "provisional_aid", "priorities", "proofs"]),
            "LegalAidAction": object([
                "action": ["type": "string", "enum": LegalAidAction.allCases.filter { $0 != .reopen }.map(\.rawValue)],
                "version": integer, "reasons": nullableString, "extension_reason": nullableString, "missing_materials": strings,
                "provider_id": nullableInteger, "termination_ground": nullableString, "outcome": nullableString,
                "amount_recovered": ["type": ["string", "null"], "description": "yuan"], "closing_report": nullableString,
            ], required: ["action", "version"]),
            "LegalAidReview": object(["version": integer, "materials_checked": strings, "conflict_checked": boolean], required: ["version"]),
            "LegalAidConflict": conflict,
            "LegalAidConflictList": array(ref("LegalAidConflict")),
            "LegalAidNote": object(["kind": ["type": "string", "enum": LegalAidCaseNote.Kind.allCases.map(\.rawValue)], "on": date, "text": string],
                                   required: ["kind", "on", "text"]),
            "LegalAidNoteResult": object(["id": integer, "kind": string, "on": date, "text": string, "author_name": string],
                                         required: ["id", "kind", "on", "text", "author_name"]),
            "LegalAidObjectionInput": object(["grounds": string], required: ["grounds"]),
            "LegalAidObjectionDecision": object([
                "decision": ["type": "string", "enum": ["upheld", "correction_ordered"]], "reasons": string, "extension_reason": nullableString,
            ], required: ["decision", "reasons"]),
            "LegalAidObjection": objection,
            "LegalAidStatistics": object([
                "applications": integer, "decided": integer, "granted": integer, "refused": integer, "withdrawn": integer,
                "grant_rate_percent": ["type": ["number", "null"]], "mean_review_days": ["type": ["number", "null"]],
                "median_review_days": ["type": ["number", "null"]], "decided_late": integer, "closed_cases": integer,
                "amount_recovered": string,
                "by_category": array(object(["category": categories, "applications": integer, "granted": integer, "refused": integer,
                                             "amount_recovered": string], required: ["category", "applications", "granted", "refused", "amount_recovered"])),
                "recipients_by_group": array(count), "cases_by_outcome": array(count),
                "rated": integer, "satisfied": integer, "satisfaction_percent": ["type": ["number", "null"], "description": "满意 and 基本满意 over rated cases"],
            ], required: ["applications", "decided", "granted", "refused", "withdrawn", "amount_recovered", "by_category",
                          "recipients_by_group", "cases_by_outcome"]),
            "LegalAidRegisterCSV": ["type": "string", "description": "text/csv; UTF-8 with a byte-order mark"],
        ]
    }
}
