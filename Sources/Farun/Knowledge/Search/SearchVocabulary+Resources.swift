import FarunCore
import Foundation

extension SearchVocabulary {
    /// The vocabulary shipped in Resources/knowledge (word list, expansions, filler words, 繁→简 table); see the
    /// README there for sources and licences. A missing file yields an empty part, never a crash.
    public static func bundled() -> SearchVocabulary {
        SearchVocabulary(
            words: resourceText("words", "txt"), expansions: resourceText("expansions", "txt"),
            stopwords: resourceText("stopwords", "txt"), traditionalToSimplified: resourceText("t2s", "txt"),
            lawPriors: resourceText("law-priors", "txt"), articleKinds: resourceText("article-kinds", "txt"),
            articleCues: resourceText("article-cues", "txt"))
    }

    static func resourceText(_ name: String, _ ext: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "knowledge")
            ?? Bundle.module.url(forResource: name, withExtension: ext),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "" }
        return text
    }
}
