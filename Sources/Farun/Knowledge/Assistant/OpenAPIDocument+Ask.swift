extension OpenAPIDocument {
    /// JSON schemas of the search API and the 法律服务机器人. The search result keys are camelCase (`results`,
    /// `lawName`, `articleNumber` …) because issue 4 names them so; every other API uses snake_case.
    static var askSchemas: [String: Any] {
        let part = object(["text": string, "match": ["type": "boolean", "description": "a word of the question: highlight it"]],
                          required: ["text", "match"])
        let result = object([
            "kind": ["type": "string", "enum": ["article", "case", "faq"]],
            "score": ["type": "number"],
            "snippet": object(["text": ["type": "string", "description": "plain text"], "parts": array(part)], required: ["text", "parts"]),
            "url": ["type": "string", "description": "the page: /laws/{lawId}/articles/{articleId} or /knowledge/{id}"],
            "lawName": ["type": "string", "description": "statutes: full name, e.g. 中华人民共和国劳动合同法"],
            "lawShortName": ["type": "string", "description": "statutes: e.g. 劳动合同法"],
            "articleNumber": ["type": "integer", "description": "statutes: the arabic article number (第一百三十三条之一 → 133)"],
            "articleLabel": ["type": "string", "description": "statutes: the article's identity, e.g. 第一百三十三条之一"],
            "lawId": integer, "articleId": integer,
            "standing": ["type": "string", "enum": ["in_force", "not_yet_in_force", "superseded", "repealed"],
                         "description": "statutes: whether the version is law today"],
            "id": ["type": "integer", "description": "cases and FAQ: the entry's id"],
            "title": ["type": "string", "description": "cases and FAQ: the title or question"],
        ], required: ["kind", "score", "snippet", "url"])
        return [
            "SearchResult": result,
            "SearchResponse": object(["query": string, "results": array(ref("SearchResult"))], required: ["query", "results"]),
            "AskRequest": object(["question": ["type": "string", "description": "1–500 characters"],
                                  "kiosk_point_id": ["type": ["integer", "null"], "description": "the service point when asked at its kiosk"]],
                                 required: ["question"]),
            "AskAnswer": object([
                "question": string,
                "notice": ["type": "string", "description": "this is not legal advice — show it with the answer"],
                "articles": array(ref("SearchResult")), "cases": array(ref("SearchResult")), "faqs": array(ref("SearchResult")),
                "handoff": object([
                    "target": ["type": "string", "enum": ["work_order"], "description": "what the question becomes (consultations later)"],
                    "service_id": integer, "service_point_id": nullableInteger,
                    "url": ["type": "string", "description": "the form that takes the question"],
                    "matter": ["type": "string", "description": "the question as the work order's matter"],
                ], required: ["target", "service_id", "url", "matter"]),
            ], required: ["question", "notice", "articles", "cases", "faqs"]),
        ]
    }
}
