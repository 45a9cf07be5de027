extension OpenAPIDocument {
    /// JSON schemas of the duty roster and the consultation service levels (issue 5 parts 2 and 4).
    static var dutyRosterSchemas: [String: Any] {
        let share = object(["part": integer, "whole": integer, "permille": nullableInteger], required: ["part", "whole", "permille"])
        let row = object(["day": date, "region_path": string, "region_name": string, "asked": integer, "answered_within_limit": share,
                          "median_first_answer_seconds": nullableInteger, "reached_required_lawyers": share,
                          "median_follow_up_response_seconds": nullableInteger],
                         required: ["day", "region_path", "region_name", "asked", "answered_within_limit", "median_first_answer_seconds",
                                    "reached_required_lawyers", "median_follow_up_response_seconds"])
        let lawyer = object(["lawyer_id": integer, "name": string, "questions_answered": integer, "first_answers": integer,
                             "median_time_to_answer_seconds": nullableInteger, "follow_ups_answered": integer,
                             "median_follow_up_response_seconds": nullableInteger, "average_rating_tenths": nullableInteger],
                            required: ["lawyer_id", "name", "questions_answered", "first_answers", "median_time_to_answer_seconds",
                                       "follow_ups_answered", "median_follow_up_response_seconds", "average_rating_tenths"])
        return [
            "DutySlot": object([
                "id": integer, "kind": ["type": "string", "enum": ["lawyer", "supervisor"]], "person_id": integer, "person_name": string,
                "weekday": ["type": ["integer", "null"], "minimum": 1, "maximum": 7, "description": "ISO weekday of a weekly slot"],
                "date": ["type": ["string", "null"], "format": "date", "description": "the day of a dated slot"],
                "start": ["type": "string", "description": "HH:MM, China time"], "end": ["type": "string", "description": "HH:MM, China time, after start"],
                "region_id": integer, "region_path": string, "region_name": string,
                "fields": ["type": "array", "items": ["type": "string"], "description": "legal fields; empty = every field"],
            ], required: ["id", "kind", "person_id", "person_name", "weekday", "date", "start", "end", "region_id", "region_path", "region_name", "fields"]),
            "DutySlotWrite": object([
                "kind": ["type": ["string", "null"], "description": "lawyer (default) or supervisor"],
                "person_id": integer,
                "weekday": ["type": ["integer", "null"], "description": "1–7; exactly one of weekday and date"],
                "date": ["type": ["string", "null"], "format": "date"],
                "start": string, "end": string, "region_id": integer,
                "fields": ["type": ["array", "null"], "items": ["type": "string"]],
            ], required: ["person_id", "start", "end", "region_id"]),
            "ConsultationServiceLevel": object([
                "from": date, "to": date, "region_id": integer, "region_depth": integer, "required_lawyers": integer,
                "total": row, "rows": array(row), "lawyers": array(lawyer),
            ], required: ["from", "to", "region_id", "region_depth", "required_lawyers", "total", "rows", "lawyers"]),
        ]
    }
}
