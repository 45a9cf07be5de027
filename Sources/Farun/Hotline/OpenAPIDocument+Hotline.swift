extension OpenAPIDocument {
    /// JSON schemas of this feature's API.
    static var hotlineSchemas: [String: Any] {
        let time: [String: Any] = ["type": "string", "format": "date-time", "description": "ISO 8601 with a zone, e.g. 2026-09-21T09:30:05+08:00"]
        let share = object(["count": integer, "of": integer, "percent": ["type": ["number", "null"], "description": "rounded down to a tenth; null when `of` is 0"]],
                           required: ["count", "of", "percent"])
        return [
            "CallPost": object([
                "external_id": ["type": "string", "description": "the switchboard's id of the call (1–100 characters); a repeat is recognised"],
                "caller": ["type": "string", "description": "caller number: mobile, landline or short service number"],
                "ring_at": time, "answered_at": ["type": ["string", "null"], "format": "date-time", "description": "absent or null for a missed call"],
                "ended_at": time, "operator": ["type": ["string", "null"], "description": "username of the operator who answered"],
                "recording_ref": ["type": ["string", "null"], "description": "the switchboard's recording reference; empty for a missed call"],
                "region_id": ["type": ["integer", "null"], "description": "default: the region of the token owner's first hotline grant"],
            ], required: ["external_id", "caller", "ring_at", "ended_at"]),
            "CallLegalAidRequest": object([
                "applicant_name": ["type": "string", "description": "the caller's name as they gave it"],
                "applicant_phone": ["type": ["string", "null"], "description": "default: the caller's number"],
                "matter": ["type": "string", "description": "what the caller asks for, in their words (the category is guessed from it)"],
                "region_id": ["type": ["integer", "null"], "description": "default: the call's region"],
            ], required: ["applicant_name", "matter"]),
            "CallRecord": object([
                "id": integer, "external_id": string, "caller": ["type": "string", "description": "masked"], "ring_at": dateTime,
                "answered_at": nullableDate, "ended_at": dateTime, "answered": boolean, "seconds_to_answer": nullableInteger,
                "talk_seconds": nullableInteger, "operator": nullableString, "recording_ref": string, "region_id": integer,
                "work_order_id": nullableInteger, "callback_task_id": nullableInteger,
            ], required: ["id", "external_id", "caller", "ring_at", "ended_at", "answered", "recording_ref", "region_id"]),
            "CallbackTask": object([
                "id": integer, "kind": ["type": "string", "enum": ["missed_call", "dissatisfied"]], "due_at": dateTime, "overdue": boolean,
                "done_at": nullableDate, "outcome": string, "call_record_id": nullableInteger,
                "caller": ["type": ["string", "null"], "description": "masked"], "work_order_id": nullableInteger,
                "work_order_number": nullableString, "assignee_id": nullableInteger, "version": integer,
            ], required: ["id", "kind", "due_at", "overdue", "outcome", "version"]),
            "HotlineShare": share,
            "HotlineFigures": object([
                "from": date, "to": date, "total_calls": integer, "answered_calls": integer, "missed_calls": integer,
                "connection_rate": ref("HotlineShare"), "connection_rate_target_percent": integer,
                "connection_target_met": ["type": ["boolean", "null"], "description": "null when there were no calls"],
                "answered_within_15s": ["$ref": "#/components/schemas/HotlineShare", "description": "answered within 15 s out of all calls"],
                "answered_within_15s_of_answered": ["$ref": "#/components/schemas/HotlineShare", "description": "answered within 15 s out of answered calls"],
                "average_talk_seconds": ["type": ["number", "null"]], "average_speed_of_answer_seconds": ["type": ["number", "null"]],
                "per_operator": array(object(["username": string, "display_name": string, "answered_calls": integer, "talk_seconds": integer],
                                             required: ["username", "display_name", "answered_calls", "talk_seconds"])),
                "missed_called_back": integer, "missed_not_called_back": integer,
            ], required: ["from", "to", "total_calls", "answered_calls", "missed_calls", "connection_rate", "connection_rate_target_percent",
                          "answered_within_15s", "answered_within_15s_of_answered", "per_operator", "missed_called_back", "missed_not_called_back"]),
        ]
    }
}
