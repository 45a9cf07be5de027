extension OpenAPIDocument {
    /// JSON schemas of the statutes API: laws, the article look-up and the citation checker.
    static var statuteSchemas: [String: Any] {
        let standing: [String: Any] = ["type": "string", "enum": ["in_force", "not_yet_in_force", "superseded", "repealed"],
                                       "description": "where the version stands today, from its status and effective date"]
        let nullableLaw: [String: Any] = ["anyOf": [ref("Law"), ["type": "null"]]]
        let nullableArticle: [String: Any] = ["anyOf": [ref("Article"), ["type": "null"]]]
        return [
            "Law": object([
                "id": integer, "name": string, "short_name": string, "doc_type": nullableString, "level": nullableString,
                "department": nullableString, "issuing_body": nullableString, "publish_date": nullableString, "effective_date": nullableString,
                "version_date": nullableString,
                "status": ["type": "string", "enum": ["current", "amended", "repealed", "historical"], "description": "as the source publishes it"],
                "standing": standing, "in_force_from": nullableString, "amends_name": nullableString, "article_count": integer, "url": string,
            ], required: ["id", "name", "short_name", "status", "standing", "article_count", "url"]),
            "LawDetail": object([
                "law": ref("Law"),
                "contents": array(object(["chapter": nullableString, "section": nullableString, "first_article": string, "article_count": integer],
                                         required: ["first_article", "article_count"])),
                "other_versions": array(ref("Law")),
            ], required: ["law", "contents", "other_versions"]),
            "Article": object([
                "id": integer, "label": ["type": "string", "description": "第一百三十三条之一, 条目二 or 全文: the identity"],
                "number": ["type": ["integer", "null"], "description": "arabic number, shared by 之一 articles"], "supplement": integer,
                "ordinal": integer, "chapter": nullableString, "section": nullableString, "text": string, "url": string,
            ], required: ["id", "label", "supplement", "ordinal", "text", "url"]),
            "ArticleLookup": object([
                "law": ref("Law"), "article": ref("Article"), "previous": nullableString, "next": nullableString,
                "amendments": array(object([
                    "law_id": integer, "law_name": string, "label": string, "text": string, "effective_date": nullableString,
                    "included_in_text": boolean, "url": string,
                ], required: ["law_id", "law_name", "label", "text", "included_in_text", "url"])),
                "other_versions": array(ref("Law")),
            ], required: ["law", "article", "amendments", "other_versions"]),
            "CitationCheckRequest": object(["text": ["type": "string", "maxLength": 20_000]], required: ["text"]),
            "CitationCheck": object([
                "citations": array(object([
                    "quoted": string, "start": integer, "end": integer, "law": nullableString, "law_carried_over": boolean, "article": string,
                    "paragraph": nullableInteger, "item": nullableInteger,
                    "verdict": ["type": "string", "enum": CitationCheck.Verdict.allCases.map(\.rawValue)], "message": string,
                    "law_version": nullableLaw, "matched_article": nullableArticle,
                ], required: ["quoted", "start", "end", "law_carried_over", "article", "verdict", "message"])),
                "problems": ["type": "integer", "description": "citations whose verdict is not exists"],
            ], required: ["citations", "problems"]),
        ]
    }
}
