import Foundation
import Vapor

/// The OpenAPI 3.1 document, generated from the registered routes and their `APIDoc`, so it cannot drift
/// from what the server really serves. A test compares both directions.
enum OpenAPIDocument {
    /// Path parameters that are text (a law's name, an article number such as 133之一); every other one is an id.
    static let textParameters: Set<String> = ["law", "article", "consultation"]

    static func json(for routes: [Route]) throws -> Data {
        var paths: [String: [String: Any]] = [:]
        for route in routes {
            guard let doc = route.apiDoc else { continue }
            let path = "/" + route.path.map { component -> String in
                if case .parameter(let name) = component { return "{\(name)}" }
                return component.description
            }.joined(separator: "/")
            var parameters: [[String: Any]] = route.path.compactMap { component in
                guard case .parameter(let name) = component else { return nil }
                return ["name": name, "in": "path", "required": true, "schema": ["type": textParameters.contains(name) ? "string" : "integer"]]
            }
            parameters += doc.query.map { ["name": $0.name, "in": "query", "required": false, "description": $0.description, "schema": ["type": $0.type]] }
            let item: [String: Any] = doc.isList
                ? ["type": "object", "required": ["items", "page"], "properties": [
                    "items": ["type": "array", "items": ["$ref": "#/components/schemas/\(doc.responseSchema)"]],
                    "page": ["$ref": "#/components/schemas/PageInfo"]]]
                : ["$ref": "#/components/schemas/\(doc.responseSchema)"]
            var operation: [String: Any] = [
                "summary": doc.summary,
                "tags": [doc.tag],
                "operationId": route.method.rawValue.lowercased() + path.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "").replacingOccurrences(of: "-", with: "_"),
                "responses": [
                    String(doc.successStatus): ["description": "OK", "content": ["application/json": ["schema": item]]],
                    "default": ["description": "A problem", "content": ["application/problem+json": ["schema": ["$ref": "#/components/schemas/Problem"]]]],
                ],
            ]
            if !parameters.isEmpty { operation["parameters"] = parameters }
            if let request = doc.requestSchema {
                operation["requestBody"] = ["required": true, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(request)"]]]]
            }
            if case .staff(let permission) = route.access {
                operation["security"] = [["bearer": []], ["session": []]]
                operation["x-farun-permission"] = permission.rawValue
            } else {
                operation["security"] = [[String: Any]()]
            }
            paths[path, default: [:]][route.method.rawValue.lowercased()] = operation
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": ["title": "Farun 法润 API", "version": "1.0.0",
                     "description": "公共法律服务平台 JSON API. Errors are application/problem+json (RFC 9457)."],
            "servers": [["url": "/"]],
            "paths": paths,
            "components": ["schemas": schemas, "securitySchemes": [
                "bearer": ["type": "http", "scheme": "bearer", "description": "API token created under /admin/tokens"],
                "session": ["type": "apiKey", "in": "cookie", "name": AuthenticationMiddleware.sessionCookie,
                            "description": "Browser session; state-changing calls also need the X-CSRF-Token header"],
            ]],
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    }

    static func object(_ properties: [String: Any], required: [String]) -> [String: Any] {
        ["type": "object", "properties": properties, "required": required]
    }

    static var string: [String: Any] { ["type": "string"] }
    static var integer: [String: Any] { ["type": "integer"] }
    static var boolean: [String: Any] { ["type": "boolean"] }
    static var date: [String: Any] { ["type": "string", "format": "date"] }
    static var dateTime: [String: Any] { ["type": "string", "format": "date-time"] }
    static var nullableString: [String: Any] { ["type": ["string", "null"]] }
    static var nullableInteger: [String: Any] { ["type": ["integer", "null"]] }
    static var nullableDate: [String: Any] { ["type": ["string", "null"], "format": "date-time"] }
    static var strings: [String: Any] { ["type": "array", "items": ["type": "string"]] }
    static func array(_ item: [String: Any]) -> [String: Any] { ["type": "array", "items": item] }
    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    /// Every schema: the foundation's and each feature's (features declare theirs in `OpenAPIDocument+<Feature>.swift`).
    static var schemas: [String: Any] {
        [coreSchemas, workOrderSchemas, catalogSchemas, hotlineSchemas, trackingSchemas, statuteSchemas, knowledgeEntrySchemas, askSchemas, consultationSchemas, dutyRosterSchemas, mediationSchemas, legalAidSchemas, legalAidNoticeSchemas, legalAidFollowUpSchemas]
            .reduce(into: [:]) { all, part in all.merge(part) { first, _ in first } }
    }

    static var coreSchemas: [String: Any] {
        let grant = object(["role": string, "region_id": integer, "region_name": string], required: ["role", "region_id", "region_name"])
        return [
            "PageInfo": object(["page": integer, "per": integer, "total": integer, "page_count": integer], required: ["page", "per", "total", "page_count"]),
            "Problem": object(["type": string, "title": string, "status": integer, "detail": string, "request_id": string,
                               "errors": ["type": "array", "items": object(["field": string, "message": string], required: ["field", "message"])]],
                              required: ["type", "title", "status", "detail"]),
            "Me": object(["id": integer, "username": string, "display_name": string, "grants": ["type": "array", "items": grant],
                          "permissions": strings, "token_scopes": ["type": ["array", "null"], "items": ["type": "string"]]],
                         required: ["id", "username", "display_name", "grants", "permissions"]),
            "Region": object(["id": integer, "code": nullableString, "code_source": ["type": "string", "enum": ["official", "local"]], "name": string,
                              "level": string, "parent_id": nullableInteger, "path": string, "retired_at": nullableDate, "merged_into_id": nullableInteger],
                             required: ["id", "code_source", "name", "level", "path"]),
            "NewRegion": object(["name": string, "level": string, "parent_id": integer, "code": nullableString], required: ["name", "level", "parent_id"]),
            "ServicePoint": object(["id": integer, "name": string, "kind": string, "region_id": integer, "region_name": string, "address": string,
                                    "opening_hours": string, "capacity": integer, "phone": string, "notice": string, "closed_at": nullableDate],
                                   required: ["id", "name", "kind", "region_id", "address", "opening_hours", "capacity", "phone", "notice"]),
            "ServicePointWrite": object(["name": string, "kind": string, "region_id": integer, "address": string, "opening_hours": string,
                                         "capacity": integer, "phone": string, "notice": string], required: []),
            "Professional": object(["id": integer, "name": string, "profession": string, "organisation": string, "licence_number": string,
                                    "specialties": strings, "languages": strings, "regions": strings, "bio": string],
                                   required: ["id", "name", "profession", "organisation", "specialties", "languages", "regions", "bio"]),
            "Staff": object(["id": integer, "username": string, "display_name": string, "disabled": ["type": "boolean"],
                             "grants": ["type": "array", "items": grant]], required: ["id", "username", "display_name", "disabled", "grants"]),
            "Deadline": object(["from": string, "days": integer, "unit": string, "due_date": ["type": "string", "format": "date"], "provisional": ["type": "boolean"]],
                               required: ["from", "days", "unit", "due_date", "provisional"]),
            "AuditEvent": object(["id": integer, "at": ["type": "string", "format": "date-time"], "actor_kind": string, "actor_name": string,
                                  "action": string, "target_type": string, "target_id": nullableInteger, "detail": string],
                                 required: ["id", "at", "actor_kind", "action", "target_type", "detail"]),
        ]
    }
}
