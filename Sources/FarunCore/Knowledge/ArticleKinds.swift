/// What an article does, read from its wording (`article-kinds.txt`): a **remedy** article states a right, a
/// liability or a way to claim (有权, 可以请求, 应当赔偿, 承担…责任, 可以向…起诉); an **organisational** one says
/// which body is in charge or defines terms (主管部门, 负责, 本法所称). Citizens who ask what they can do
/// (怎么办, 能不能, 赔, 退, 告 — the **intent** patterns) want the first kind, almost never the second.
struct ArticleKinds: Sendable {
    enum Kind: Int8 { case neutral = 0, remedy = 1, organisation = -1 }

    /// A pattern is a sequence of parts; "承担…责任" is 承担 followed by 责任 within `gap` characters.
    struct Pattern: Sendable {
        var parts: [[UInt32]]
    }

    static let gap = 16

    var remedy: [Pattern] = []
    var organisation: [Pattern] = []
    var intent: [Pattern] = []
    /// The article sets a time limit (时效, 日内, 届满); a question that asks about time (timing) favours it.
    var deadline: [Pattern] = []
    var timing: [Pattern] = []

    var isEmpty: Bool { remedy.isEmpty && organisation.isEmpty && intent.isEmpty && deadline.isEmpty && timing.isEmpty }

    /// `kind<TAB>pattern` per line, kind one of remedy, organisation, intent, deadline, timing; `#` starts a comment.
    init(parsing text: String, folding: TextFolding) {
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t")
            guard columns.count >= 2 else { continue }
            let parts = columns[1].split(separator: "…").map { folding.fold(String($0).trimmingCharacters(in: .whitespaces)) }
                .filter { !$0.isEmpty }
            guard !parts.isEmpty else { continue }
            switch columns[0].trimmingCharacters(in: .whitespaces) {
            case "remedy": remedy.append(Pattern(parts: parts))
            case "organisation": organisation.append(Pattern(parts: parts))
            case "intent": intent.append(Pattern(parts: parts))
            case "deadline": deadline.append(Pattern(parts: parts))
            case "timing": timing.append(Pattern(parts: parts))
            default: continue
            }
        }
    }

    init() {}

    func kind(of text: [UInt32]) -> Kind {
        if Self.matchesAny(remedy, text) { return .remedy }
        if Self.matchesAny(organisation, text) { return .organisation }
        return .neutral
    }

    func asksForRemedy(_ question: [UInt32]) -> Bool { Self.matchesAny(intent, question) }

    func setsDeadline(_ text: [UInt32]) -> Bool { Self.matchesAny(deadline, text) }

    func asksTiming(_ question: [UInt32]) -> Bool { Self.matchesAny(timing, question) }

    /// One pass over the text: at each character only the patterns starting with it are tried.
    static func matchesAny(_ patterns: [Pattern], _ s: [UInt32]) -> Bool {
        guard !patterns.isEmpty else { return false }
        for i in s.indices {
            for pattern in patterns where pattern.parts[0][0] == s[i] {
                if matches(pattern, s, at: i) { return true }
            }
        }
        return false
    }

    static func matches(_ pattern: Pattern, _ s: [UInt32], at start: Int) -> Bool {
        guard find(pattern.parts[0], in: s, from: start, before: start + 1) == start else { return false }
        var from = start + pattern.parts[0].count
        for part in pattern.parts.dropFirst() {
            guard let at = find(part, in: s, from: from, before: min(s.count, from + gap)) else { return false }
            from = at + part.count
        }
        return true
    }

    static func matches(_ pattern: Pattern, _ s: [UInt32]) -> Bool {
        var from = 0
        var limit = s.count
        for part in pattern.parts {
            guard let at = find(part, in: s, from: from, before: limit) else { return false }
            from = at + part.count
            limit = min(s.count, from + gap)
        }
        return true
    }

    /// The first place `part` starts in s[from...] with its start before `before`.
    static func find(_ part: [UInt32], in s: [UInt32], from: Int, before: Int) -> Int? {
        guard let first = part.first, part.count <= s.count else { return nil }
        var i = from
        while i < before && i + part.count <= s.count {
            if s[i] == first {
                var j = 1
                while j < part.count && s[i + j] == part[j] { j += 1 }
                if j == part.count { return i }
            }
            i += 1
        }
        return nil
    }
}
