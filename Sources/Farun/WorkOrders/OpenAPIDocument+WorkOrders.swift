extension OpenAPIDocument {
    /// JSON schemas of the work-order API.
    static var workOrderSchemas: [String: Any] {
        let nullableDay: [String: Any] = ["type": ["string", "null"], "format": "date"]
        return [
            "WorkOrderIntake": object([
                "service": string, "channel": ["type": "string", "enum": ["window", "kiosk", "hotline", "web", "mobile_web", "robot"]],
                "requester_name": string, "requester_phone": string, "resident_id": nullableString, "matter": string,
                "region_id": integer, "service_point_id": nullableInteger, "priority": ["type": ["string", "null"], "description": "normal (default) or urgent"],
                "green_channel": nullableString, "green_channel_note": nullableString, "follows": nullableString, "parent": nullableString,
                "accept_now": ["type": ["boolean", "null"]],
            ], required: ["service", "channel", "requester_name", "requester_phone", "matter", "region_id"]),
            "WorkOrder": object([
                "id": integer, "number": string, "service_code": string, "service_name": string, "channel": string, "state": string,
                "priority": string, "green_channel": nullableString, "green_channel_note": string, "requester_name": string,
                "requester_phone": ["type": "string", "description": "masked"], "resident_id": ["type": "string", "description": "masked; empty when not given"],
                "matter": string, "region_id": integer, "service_point_id": nullableInteger, "unit_id": nullableInteger,
                "assignee_id": nullableInteger, "parent_id": nullableInteger, "follows_id": nullableInteger,
                "missing_materials": strings, "outcome": string, "submitted_at": dateTime, "accepted_on": nullableDay,
                "acceptance_due": nullableDay, "acceptance_due_provisional": boolean, "handling_due": nullableDay,
                "handling_due_provisional": boolean, "deadline_flag": ["type": "string", "enum": ["on_time", "approaching", "overdue"]],
                "version": integer, "actions": strings,
            ], required: ["id", "number", "service_code", "channel", "state", "requester_name", "requester_phone", "matter", "region_id", "version", "actions"]),
            "WorkOrderAction": object([
                "action": string, "version": integer, "reason": nullableString, "missing_materials": array(string),
                "assignee_id": nullableInteger, "target_unit_id": nullableInteger,
            ], required: ["action", "version"]),
            "WorkOrderEvent": object([
                "id": integer, "at": dateTime, "actor_kind": string, "actor_name": string, "action": string,
                "from_state": nullableString, "to_state": string, "note": string,
            ], required: ["id", "at", "actor_kind", "action", "to_state", "note"]),
            "Attachment": object(["id": integer, "file_name": string, "content_type": string, "size": integer, "sha256": string],
                                 required: ["id", "file_name", "content_type", "size", "sha256"]),
            "Binary": ["type": "string", "format": "binary"],
            "HandlingUnit": object(["id": integer, "name": string, "region_id": integer, "assignment_strategy": string, "head_id": nullableInteger],
                                   required: ["id", "name", "region_id", "assignment_strategy"]),
        ]
    }
}
