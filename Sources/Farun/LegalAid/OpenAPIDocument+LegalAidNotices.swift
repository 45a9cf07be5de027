import FarunCore

extension OpenAPIDocument {
    /// JSON schemas of notified defence (通知辩护).
    static var legalAidNoticeSchemas: [String: Any] {
        let organs: [String: Any] = ["type": "string", "enum": NotifiedDefence.Organ.allCases.map(\.rawValue)]
        let grounds: [String: Any] = ["type": "string", "enum": NotifiedDefence.Ground.allCases.map(\.rawValue),
                                      "description": "法律援助法 第二十五条第一款（一）–（七）, 第二十五条第二款 (ordinary_procedure), 第二十八条 (compulsory_treatment)"]
        let stages: [String: Any] = ["type": "string", "enum": NotifiedDefence.Stage.allCases.map(\.rawValue)]
        return [
            "LegalAidNoticeInput": object([
                "organ": organs, "organ_name": string, "notice_number": string,
                "received_on": ["type": "string", "format": "date", "description": "the day the agency received the notice; not in the future"],
                "ground": grounds, "charge": string, "stage": stages, "person_name": string, "person_resident_id": nullableString,
                "contact_phone": ["type": "string", "description": "the organ's handling officer or a close relative"],
                "region_id": integer, "note": nullableString,
            ], required: ["organ", "organ_name", "notice_number", "received_on", "ground", "charge", "stage", "person_name",
                          "contact_phone", "region_id"]),
            "LegalAidNotice": object([
                "application_id": integer, "number": string, "work_order_id": integer, "state": string, "organ": organs,
                "organ_name": string, "notice_number": string, "received_on": date, "ground": grounds, "ground_citation": string,
                "needs_experienced_lawyer": boolean, "charge": string, "stage": stages, "person_name": string,
                "appointment_due": date, "appointment_due_provisional": boolean, "provider_id": nullableInteger,
                "provider_name": string, "assigned_on": nullableString, "version": integer,
            ], required: ["application_id", "number", "work_order_id", "state", "organ", "organ_name", "notice_number", "received_on",
                          "ground", "needs_experienced_lawyer", "charge", "stage", "appointment_due", "version"]),
            "LegalAidExperienceInput": object(["practice_since": date, "note": nullableString], required: ["practice_since"]),
            "LegalAidExperience": object(["staff_id": integer, "name": string, "practice_since": date, "years": integer, "note": string],
                                         required: ["staff_id", "name", "practice_since", "years", "note"]),
        ]
    }
}
