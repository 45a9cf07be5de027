import FarunCore

extension OpenAPIDocument {
    /// JSON schemas of the typical cases / FAQ API and the search vocabulary API.
    static var knowledgeEntrySchemas: [String: Any] {
        let fields = LegalField.allCases.map(\.rawValue)
        let written: [String: Any] = [
            "kind": ["type": "string", "enum": ["case", "faq"]],
            "title": ["type": "string", "maxLength": KnowledgeEntryContent.Bounds.title, "description": "a case's title or a FAQ's question"],
            "summary": ["type": "string", "maxLength": KnowledgeEntryContent.Bounds.summary, "description": "a case's facts in brief or a FAQ's short answer"],
            "body": ["type": "string", "maxLength": KnowledgeEntryContent.Bounds.body],
            "legal_field": ["type": "string", "enum": fields],
            "source": ["type": "string", "maxLength": KnowledgeEntryContent.Bounds.source],
        ]
        let entry = written.merging([
            "id": integer, "region_id": integer,
            "state": ["type": "string", "enum": ["draft", "published", "retired"]],
            "published_at": ["type": ["string", "null"], "format": "date-time"],
            "retired_at": ["type": ["string", "null"], "format": "date-time"],
            "updated_at": ["type": ["string", "null"], "format": "date-time"],
            "version": ["type": "integer", "description": "optimistic lock: send back the version you read"],
            "articles": array(ref("KnowledgeEntryArticle")),
        ]) { a, _ in a }
        return [
            "KnowledgeEntry": object(entry, required: ["id", "kind", "title", "summary", "body", "legal_field", "region_id", "source", "state",
                                                       "version", "articles"]),
            "KnowledgeEntryWrite": object(written.merging([
                "articles": ["type": "array", "maxItems": KnowledgeEntryContent.Bounds.articles,
                             "items": ["type": "string", "description": "《劳动合同法》第八十二条, 劳动合同法82条, 民法典1079 …"]],
                "region_id": ["type": ["integer", "null"], "description": "defaults to the caller's first region on create"],
                "version": ["type": ["integer", "null"], "description": "required on PUT"],
            ]) { a, _ in a }, required: ["kind", "title", "summary", "body", "legal_field", "source", "articles"]),
            "KnowledgeEntryVersion": object(["version": integer], required: ["version"]),
            "KnowledgeEntryArticle": object([
                "law_name": string, "article_label": ["type": "string", "description": "第八十二条, 第一百三十三条之一"],
                "article_number": integer, "citation": string, "law_id": nullableInteger, "article_id": nullableInteger,
                "verified": ["type": ["boolean", "null"], "description": "null when no statutes are imported"],
            ], required: ["law_name", "article_label", "article_number", "citation", "law_id", "article_id", "verified"]),
            "SearchExpansion": object(["id": integer, "colloquial": string, "legal_terms": strings,
                                       "created_at": ["type": ["string", "null"], "format": "date-time"]],
                                      required: ["id", "colloquial", "legal_terms"]),
            "SearchExpansionWrite": object([
                "colloquial": ["type": "string", "maxLength": SearchExpansionRow.Bounds.colloquial],
                "legal_terms": ["type": "array", "minItems": 1, "maxItems": SearchExpansionRow.Bounds.terms.upperBound, "items": string],
            ], required: ["colloquial", "legal_terms"]),
        ]
    }
}
