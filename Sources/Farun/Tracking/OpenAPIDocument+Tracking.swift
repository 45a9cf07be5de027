extension OpenAPIDocument {
    /// JSON schemas of this feature's API.
    static var trackingSchemas: [String: Any] {
        let entry = object(["at": dateTime, "text": string], required: ["at", "text"])
        return [
            "TrackRequest": object(["number": ["type": "string", "description": "work order number, e.g. 141025100000-20261125-0007"],
                                    "phone": ["type": "string", "description": "the phone given when applying"]],
                                   required: ["number", "phone"]),
            "TrackRatingRequest": object(["number": string, "phone": string,
                                          "score": ["type": "string", "enum": ["satisfied", "basically_satisfied", "dissatisfied"]],
                                          "comment": nullableString],
                                         required: ["number", "phone", "score"]),
            "Track": object([
                "number": string, "service": string,
                "state": ["type": "string", "enum": ["submitted", "accepted", "refused", "assigned", "in_progress", "supplement_requested",
                                                     "transferred", "returned", "resolved", "closed", "withdrawn"]],
                "timeline": array(entry), "notices": ["type": "array", "items": entry, "description": "newest first"],
                "due": ["type": ["object", "null"], "properties": ["date": date, "provisional": boolean], "required": ["date", "provisional"],
                        "description": "the deadline that applies now; provisional (待定) when the holiday calendar is not yet published"],
                "can_rate": boolean, "can_withdraw": boolean,
            ], required: ["number", "service", "state", "timeline", "notices", "due", "can_rate", "can_withdraw"]),
        ]
    }
}
