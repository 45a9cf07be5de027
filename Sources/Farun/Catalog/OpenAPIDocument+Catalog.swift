extension OpenAPIDocument {
    /// JSON schemas of the service catalog API.
    static var catalogSchemas: [String: Any] {
        let units = ["day(calendar)", "working_day", "day(unspecified)", "hour", "month", "year"]
        let channels = ["window", "kiosk", "hotline", "web", "mobile_web", "robot"]
        let nullableLimit: [String: Any] = ["anyOf": [ref("ServiceTimeLimit"), ["type": "null"]]]
        let fields: [String: Any] = [
            "name_zh": string, "name_en": string, "handler": string, "materials": array(ref("ServiceMaterial")),
            "acceptance_limit": nullableLimit, "handling_limit": nullableLimit, "other_limits": array(ref("ServiceTimeLimit")),
            "channels": array(["type": "string", "enum": channels]), "is_free": boolean,
            "version": ["type": "integer", "description": "optimistic lock: send back the version you read"],
        ]
        let written = ["name_zh", "name_en", "handler", "materials", "other_limits", "channels", "is_free", "version"]
        return [
            "Service": object(fields.merging(["id": integer, "code": string]) { a, _ in a }, required: ["id", "code"] + written),
            "ServiceWrite": object(fields, required: written),
            "ServiceMaterial": object(["item": string, "basis": ["type": "string", "description": "legal basis"], "required": boolean],
                                      required: ["item", "basis", "required"]),
            "ServiceTimeLimit": object([
                "count": ["type": "integer", "description": "0 (other limits only) means no statutory period"],
                "unit": ["type": "string", "enum": units], "citation": string, "text": string, "rule_id": string,
            ], required: ["count", "unit", "citation", "text", "rule_id"]),
        ]
    }
}
