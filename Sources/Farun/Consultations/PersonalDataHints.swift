import Foundation

/// What still looks personal in text a reviewer is about to publish (疑似个人信息提示): runs of five or more digits
/// (or masked digits), and names next to a cue (我叫…, …先生/女士). A hint for a person, not a filter: it flags
/// amounts and dates too, and misses names it has no cue for — the reviewer decides.
enum PersonalDataHints {
    struct Segment: Sendable, Equatable {
        let text: String
        let flagged: Bool
    }

    private static let surnames = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜谢邹喻柏窦章苏潘葛范彭鲁韦马苗方任袁柳鲍史唐费薛雷贺倪汤殷罗毕郝安常于傅齐康伍余顾孟黄穆萧尹姚邵汪祁毛狄米贝明臧戴宋庞熊纪舒屈项祝董梁杜阮蓝闵季贾路江童颜郭梅盛林钟徐邱骆高夏蔡田胡凌霍万柯卢莫房解应丁宣邓洪包左石崔龚程邢裴陆荣翁荀甄曲封储靳段焦牧车侯全班仲伊宫宁仇甘厉戎武符刘景詹龙叶幸司黎白蒲邰鄂索赖卓蔺屠蒙池乔胥苍闻党翟谭贡劳姬申冉雍桑桂牛寿边燕冀尚农温庄晏柴瞿阎连艾容向古易廖衡步耿满匡寇欧聂关查荆游权盖晋楚"

    private static let patterns: [NSRegularExpression] = [
        // Digits (half- or full-width) and mask stars, five or more in a row: numbers the masking left or missed.
        #"[0-9０-９*＊]{5,}"#,
        // A name after a cue.
        #"(?<=我叫|名叫|叫做|姓名|姓名：|姓名:|联系人|联系人：|联系人:)\s*\p{Han}{2,3}"#,
        // A surname, up to two characters and a form of address (张先生, 王小明女士).
        "[\(surnames)]\\p{Han}{0,2}?(?:先生|女士|小姐|师傅|老板|经理|阿姨|大爷|大妈)",
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    /// `text` cut into plain and flagged pieces, in order.
    static func segments(_ text: String) -> [Segment] {
        let ns = text as NSString
        var ranges: [NSRange] = []
        for pattern in patterns {
            for match in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let piece = ns.substring(with: match.range)
                // Stars alone are a mask that worked; a run needs a digit to be a hint.
                if pattern === patterns.first, !piece.contains(where: { $0.isNumber }) { continue }
                ranges.append(match.range)
            }
        }
        var merged: [NSRange] = []
        for range in ranges.sorted(by: { $0.location < $1.location }) {
            if let last = merged.last, range.location <= last.location + last.length {
                merged[merged.count - 1] = NSUnionRange(last, range)
            } else {
                merged.append(range)
            }
        }
        var out: [Segment] = []
        var cursor = 0
        for range in merged {
            if range.location > cursor { out.append(.init(text: ns.substring(with: NSRange(location: cursor, length: range.location - cursor)), flagged: false)) }
            out.append(.init(text: ns.substring(with: range), flagged: true))
            cursor = range.location + range.length
        }
        if cursor < ns.length { out.append(.init(text: ns.substring(from: cursor), flagged: false)) }
        return out
    }

    static func flagged(_ text: String) -> [String] { segments(text).filter(\.flagged).map(\.text) }
}
