import FarunCore

/// A law's table of contents: runs of articles under the same chapter and section, in order.
enum StatuteContents {
    struct Heading: Sendable {
        let chapter: String?
        let section: String?
        var articles: [LawArticle]
    }

    static func headings(of articles: [LawArticle]) -> [Heading] {
        var result: [Heading] = []
        for article in articles {
            if let last = result.last, last.chapter == article.chapter, last.section == article.section {
                result[result.count - 1].articles.append(article)
            } else {
                result.append(Heading(chapter: article.chapter, section: article.section, articles: [article]))
            }
        }
        return result
    }
}
