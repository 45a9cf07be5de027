extension OpenAPIDocument {
    /// JSON schemas of 快解答 (online consultation).
    static var consultationSchemas: [String: Any] {
        let entry = object(["kind": ["type": "string", "enum": ["answer", "follow_up"]], "text": string, "at": dateTime,
                            "articles": strings], required: ["kind", "text", "at", "articles"])
        let thread = object(["lawyer_id": integer, "lawyer_name": string, "rating": nullableInteger, "most_helpful": boolean,
                             "awaiting_reply": boolean, "entries": array(entry)],
                            required: ["lawyer_id", "lawyer_name", "rating", "most_helpful", "awaiting_reply", "entries"])
        return [
            "Consultation": object([
                "id": ["type": "string", "format": "uuid", "description": "the citizen's key to the question"],
                "url": string, "question": ["type": "string", "description": "ID, phone and bank card numbers masked"],
                "field": string, "suggested_field": string, "region_id": integer,
                "state": ["type": "string", "enum": ["open", "answered", "fully_answered", "closed", "published"]],
                "asked_at": dateTime, "required_lawyers": integer, "consents_to_publication": boolean, "threads": array(thread),
            ], required: ["id", "url", "question", "field", "suggested_field", "region_id", "state", "asked_at", "required_lawyers",
                          "consents_to_publication", "threads"]),
            "ConsultationAsk": object([
                "question": ["type": "string", "description": "1–2000 characters"],
                "field": ["type": ["string", "null"], "description": "a legal field or other; omitted: suggested from the text"],
                "region_id": integer,
                "phone": ["type": ["string", "null"], "description": "a mobile number; required unless signed in as a citizen"],
                "consent_to_publication": boolean,
            ], required: ["question", "region_id"]),
            "ConsultationMessage": object([
                "text": ["type": "string", "description": "1–4000 characters"],
                "articles": ["type": "array", "items": ["type": "string"], "description": "answers: article references"],
                "lawyer_id": ["type": "integer", "description": "follow-ups: the lawyer's thread"],
            ], required: ["text"]),
            "ConsultationRating": object(["lawyer_id": integer, "score": ["type": ["integer", "null"], "minimum": 1, "maximum": 5],
                                          "most_helpful": boolean, "consent_to_publication": boolean], required: ["lawyer_id"]),
        ].merging(consultationFollowOnSchemas) { current, _ in current }
    }
}
