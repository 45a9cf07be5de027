/// Picks the stretch of a document where the question's words gather and marks them.
enum SnippetBuilder {
    static let window = 90

    static func snippet(text: String, folded: [UInt32], highlights: [[UInt32]]) -> Snippet {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == folded.count, !scalars.isEmpty else { return Snippet(parts: [.init(text: text, isMatch: false)]) }
        var marked = [Bool](repeating: false, count: folded.count)
        for term in Set(highlights) where !term.isEmpty && term.count <= folded.count {
            var i = 0
            while i + term.count <= folded.count {
                if folded[i] == term[0] && folded[i..<(i + term.count)].elementsEqual(term) {
                    for j in i..<(i + term.count) { marked[j] = true }
                    i += term.count
                } else {
                    i += 1
                }
            }
        }
        // the window with the most marked characters
        var start = 0
        if folded.count > window {
            var count = marked[0..<window].filter { $0 }.count
            var best = count
            for s in 1...(folded.count - window) {
                if marked[s - 1] { count -= 1 }
                if marked[s + window - 1] { count += 1 }
                if count > best {
                    best = count
                    start = s
                }
            }
            // start a little before the first match, at most at a sentence start
            if let first = marked[start...].firstIndex(of: true), first - start > 20 { start = max(0, first - 20) }
            start = min(start, folded.count - window)
        }
        let end = min(folded.count, start + window)
        var parts: [Snippet.Part] = []
        var current = String.UnicodeScalarView()
        var currentIsMatch = false
        if start > 0 { parts.append(.init(text: "…", isMatch: false)) }
        for i in start..<end {
            if marked[i] != currentIsMatch && !current.isEmpty {
                parts.append(.init(text: String(current), isMatch: currentIsMatch))
                current = String.UnicodeScalarView()
            }
            currentIsMatch = marked[i]
            current.append(scalars[i])
        }
        if !current.isEmpty { parts.append(.init(text: String(current), isMatch: currentIsMatch)) }
        if end < folded.count { parts.append(.init(text: "…", isMatch: false)) }
        return Snippet(parts: parts)
    }
}
