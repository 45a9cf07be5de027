extension OpenAPIDocument {
    /// JSON schemas of the consultation follow-on: the status poll, hand-off to a service, the FAQ review.
    static var consultationFollowOnSchemas: [String: Any] {
        [
            "ConsultationStatus": object(["id": ["type": "string", "format": "uuid"],
                                          "state": ["type": "string", "enum": ["open", "answered", "fully_answered", "closed", "published"]],
                                          "answers": integer, "last_answer_at": ["type": ["string", "null"], "format": "date-time"]],
                                         required: ["id", "state", "answers", "last_answer_at"]),
            "ConsultationReferralRequest": object(["service": ["type": "string", "description": "a service code from the catalog, e.g. LEGAL_AID"]],
                                                  required: ["service"]),
            "ConsultationReferral": object(["consultation_id": ["type": "string", "format": "uuid"], "service": string, "work_order_id": integer,
                                            "work_order_number": string, "created_at": dateTime,
                                            "legal_aid_application_id": ["type": ["integer", "null"], "description": "LEGAL_AID: the legal aid application made with the order"]],
                                           required: ["consultation_id", "service", "work_order_id", "work_order_number", "created_at"]),
            "ConsultationReviewItem": object(["id": ["type": "string", "format": "uuid"], "question": string, "field": string, "region_id": integer,
                                              "closed_at": ["type": ["string", "null"], "format": "date-time"]],
                                             required: ["id", "question", "field", "region_id", "closed_at"]),
            "ConsultationReviewDraft": object(["id": ["type": "string", "format": "uuid"], "title": string, "summary": string, "body": string,
                                               "legal_field": string, "articles": strings, "source": string,
                                               "flagged": ["type": "array", "items": ["type": "string"], "description": "pieces that look personal"]],
                                              required: ["id", "title", "summary", "body", "legal_field", "articles", "source", "flagged"]),
            "ConsultationReviewRequest": object(["decision": ["type": "string", "enum": ["publish", "reject"]], "title": string, "summary": string,
                                                 "body": string, "legal_field": string, "articles": strings, "source": string, "note": string],
                                                required: ["decision"]),
            "ConsultationReviewResult": object(["id": ["type": "string", "format": "uuid"], "outcome": ["type": "string", "enum": ["published", "rejected"]],
                                                "knowledge_entry_id": nullableInteger], required: ["id", "outcome", "knowledge_entry_id"]),
        ]
    }
}
