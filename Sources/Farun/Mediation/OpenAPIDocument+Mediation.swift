import FarunCore

extension OpenAPIDocument {
    /// JSON schemas of 人民调解 (people's mediation).
    static var mediationSchemas: [String: Any] {
        func choice(_ values: [String]) -> [String: Any] { ["type": "string", "enum": values] }
        let types = DisputeType.allCases.map(\.rawValue)
        let party = object(["position": integer, "role": choice(PartyRole.allCases.map(\.rawValue)), "name": string, "phone_masked": string,
                            "resident_id_masked": string, "address": string, "consent": choice(MediationConsent.allCases.map(\.rawValue))],
                           required: ["position", "role", "name", "phone_masked", "resident_id_masked", "address", "consent"])
        let signature = object(["kind": choice(SignatoryKind.allCases.map(\.rawValue)), "party_position": nullableInteger,
                                "method": choice(SignatureMethod.allCases.map(\.rawValue)), "signed_on": date],
                               required: ["kind", "party_position", "method", "signed_on"])
        let agreementFields: [String: Any] = [
            "form": choice(AgreementForm.allCases.map(\.rawValue)), "committee_name": string, "facts": string, "issues": string,
            "responsibilities": string, "terms": string, "performance_manner": string, "performance_deadline": ["type": ["string", "null"], "format": "date"],
        ]
        let tally = object(["key": string, "name": string, "accepted": integer, "mediated": integer, "agreed": integer, "failed": integer,
                            "success_rate": ["type": ["number", "null"]], "amount": ["type": "string", "description": "yuan, two decimals"],
                            "agreed_amount": string, "previous_accepted": integer, "accepted_change": ["type": ["number", "null"]]],
                           required: ["key", "name", "accepted", "mediated", "agreed", "failed", "success_rate", "amount", "agreed_amount",
                                      "previous_accepted", "accepted_change"])
        return [
            "DisputeIntake": object([
                "channel": choice(WorkOrderChannel.allCases.map(\.rawValue)), "region_id": integer, "service_point_id": nullableInteger,
                "dispute_type": choice(types), "urgency": choice(DisputeUrgency.allCases.map(\.rawValue)),
                "amount": ["type": ["string", "null"], "description": "yuan, 0 to 100000000, at most two decimals"],
                "summary": string,
                "parties": array(object(["role": choice(PartyRole.allCases.map(\.rawValue)), "name": string, "phone": string,
                                         "resident_id": nullableString, "address": nullableString,
                                         "consent": choice(MediationConsent.allCases.map(\.rawValue))], required: ["name", "consent"])),
                "accept_now": boolean,
            ], required: ["channel", "region_id", "dispute_type", "summary", "parties"]),
            "DisputeReceipt": object(["work_order_number": string, "stage": string, "case_id": nullableInteger, "url": nullableString],
                                     required: ["work_order_number", "stage", "case_id", "url"]),
            "MediationCase": object([
                "id": integer, "version": integer, "url": string, "work_order_id": integer, "work_order_number": string, "work_order_state": string,
                "dispute_type": choice(types), "urgency": string, "amount": nullableString, "summary": string,
                "stage": choice(MediationStage.allCases.map(\.rawValue)), "committee_name": string, "accepted_on": date,
                "mediator_id": nullableInteger, "mediator_name": nullableString, "parties": array(party),
                "sessions": array(object(["mode": choice(SessionMode.allCases.map(\.rawValue)), "held_at": dateTime, "place": string, "link": string,
                                          "participants": strings, "notes": string], required: ["mode", "held_at", "place", "link", "participants", "notes"])),
                "agreement": ["oneOf": [object(agreementFields.merging(["revision": integer, "effective_on": ["type": ["string", "null"], "format": "date"],
                                                                        "signatures": array(signature)]) { a, _ in a },
                                               required: ["form", "committee_name", "facts", "issues", "responsibilities", "terms", "performance_manner",
                                                          "performance_deadline", "revision", "effective_on", "signatures"]), ["type": "null"]]],
                "judicial_confirmation": ["oneOf": [object(["due": date, "provisional": boolean, "status": choice(["open", "closing_soon", "closed"]),
                                                            "days_left": nullableInteger], required: ["due", "provisional", "status", "days_left"]),
                                                    ["type": "null"]]],
                "labour_arbitration_opens": nullableString,
                "failure_reason": nullableString, "failure_note": string, "referral": nullableString, "follow_up_number": nullableString,
                "visits": array(object(["visited_on": date, "mode": string, "performance": choice(PerformanceStatus.allCases.map(\.rawValue)), "notes": string],
                                       required: ["visited_on", "mode", "performance", "notes"])),
                "actions": array(choice(MediationAction.allCases.map(\.rawValue))),
            ], required: ["id", "version", "url", "work_order_id", "work_order_number", "work_order_state", "dispute_type", "urgency", "amount",
                          "summary", "stage", "committee_name", "accepted_on", "mediator_id", "mediator_name", "parties", "sessions", "agreement",
                          "judicial_confirmation", "labour_arbitration_opens", "failure_reason", "failure_note", "referral", "follow_up_number",
                          "visits", "actions"]),
            "MediationAssignment": object(["version": integer, "mediator_id": integer,
                                           "relation": choice(["none"] + ConflictRelation.allCases.map(\.rawValue)), "party_position": nullableInteger],
                                          required: ["version", "mediator_id"]),
            "MediationConsent": object(["version": integer, "party_position": integer, "consent": choice(MediationConsent.allCases.map(\.rawValue))],
                                       required: ["version", "party_position", "consent"]),
            "MediationSession": object(["version": integer, "mode": choice(SessionMode.allCases.map(\.rawValue)), "held_at": dateTime,
                                        "place": string, "link": string, "participants": strings, "notes": string],
                                       required: ["version", "mode", "held_at", "participants", "notes"]),
            "AgreementTemplate": object(agreementFields.merging(["parties": array(party), "missing": array(choice(AgreementElement.allCases.map(\.rawValue)))]) { a, _ in a },
                                        required: ["form", "committee_name", "parties", "facts", "issues", "responsibilities", "terms",
                                                   "performance_manner", "performance_deadline", "missing"]),
            "MediationAgreement": object(agreementFields.merging(["version": integer]) { a, _ in a }, required: ["version", "form"]),
            "MediationSignature": object(["version": integer, "kind": choice(SignatoryKind.allCases.map(\.rawValue)), "party_position": nullableInteger,
                                          "method": choice(SignatureMethod.allCases.map(\.rawValue)), "signed_on": date],
                                         required: ["version", "kind", "method"]),
            "MediationFailure": object(["version": integer, "reason": choice(FailureReason.allCases.map(\.rawValue)), "note": string,
                                        "referral": choice(Referral.allCases.map(\.rawValue))], required: ["version", "reason"]),
            "MediationVisit": object(["visited_on": date, "mode": choice(SessionMode.allCases.map(\.rawValue)),
                                      "performance": choice(PerformanceStatus.allCases.map(\.rawValue)), "notes": string],
                                     required: ["performance", "notes"]),
            "ScreeningReport": object(["service_point_id": integer, "period": ["type": "string", "description": "YYYY-MM"], "found": integer,
                                       "resolved": integer, "escalated": integer, "notes": string],
                                      required: ["service_point_id", "period", "found", "resolved", "escalated"]),
            "ScreeningOverview": object([
                "period": string,
                "reported": array(object(["service_point_id": integer, "service_point_name": string, "found": integer, "resolved": integer,
                                          "escalated": integer, "notes": string, "submitted_at": dateTime],
                                         required: ["service_point_id", "service_point_name", "found", "resolved", "escalated", "notes", "submitted_at"])),
                "missing": array(object(["service_point_id": integer, "service_point_name": string, "kind": string],
                                        required: ["service_point_id", "service_point_name", "kind"])),
                "total_found": integer, "total_resolved": integer, "total_escalated": integer,
            ], required: ["period", "reported", "missing", "total_found", "total_resolved", "total_escalated"]),
            "MediationStatistics": object(["from": date, "to": date, "total": tally, "by_type": array(tally), "by_point": array(tally)],
                                          required: ["from", "to", "total", "by_type", "by_point"]),
        ]
    }
}
