/// Finds and masks personal numbers in free text (个人信息脱敏) before lawyers or the public see it: resident ID
/// numbers (18 digits with a valid check character, or the old 15-digit form with a real birth date), mobiles,
/// landlines with an area code, and bank card numbers passing the Luhn check.
///
/// Digits may be full-width (１３８…), split by spaces or dashes, and glued to Chinese characters. Validation and
/// the mask shapes are those of `ResidentID`, `PhoneNumber` and `BankCardNumber`, so the text shows numbers the
/// same way as the rest of the platform.
public enum PersonalDataMasking {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// 身份证号.
        case residentID = "resident_id"
        /// 手机号.
        case mobile
        /// 固定电话.
        case landline
        /// 银行卡号.
        case bankCard = "bank_card"
    }

    public struct Result: Sendable, Hashable {
        public let text: String
        /// What was masked, in text order.
        public let found: [Kind]
    }

    public static func mask(_ text: String) -> Result {
        let characters = Array(text)
        var output = ""
        var found: [Kind] = []
        var index = 0
        while index < characters.count {
            guard digit(characters[index]) != nil else {
                output.append(characters[index])
                index += 1
                continue
            }
            let run = groups(in: characters, from: index)
            var position = 0
            while position < run.groups.count {
                if let match = longestMatch(run.groups, from: position) {
                    // A "+86" in front of a mobile goes with it.
                    if match.kind == .mobile, output.hasSuffix("+") || output.hasSuffix("＋") { output.removeLast() }
                    output += match.masked
                    found.append(match.kind)
                    let last = run.groups[match.end - 1]
                    output += String(characters[last.range.upperBound..<(match.end < run.groups.count ? run.groups[match.end].range.lowerBound : run.end)])
                    position = match.end
                } else {
                    let group = run.groups[position]
                    let next = position + 1 < run.groups.count ? run.groups[position + 1].range.lowerBound : run.end
                    output += String(characters[group.range.lowerBound..<next])
                    position += 1
                }
            }
            index = run.end
        }
        return Result(text: output, found: found)
    }

    /// A run of digits (ASCII or full-width), possibly ending in X for an ID number.
    struct Group {
        let range: Range<Int>
        let digits: String
    }

    /// The digit groups starting at `start`, joined by single separators (space, ideographic space, dashes).
    static func groups(in characters: [Character], from start: Int) -> (groups: [Group], end: Int) {
        var groups: [Group] = []
        var index = start
        while index < characters.count, digit(characters[index]) != nil {
            let groupStart = index
            var digits = ""
            while index < characters.count, let d = digit(characters[index]) {
                digits.append(d)
                index += 1
            }
            if index < characters.count, isX(characters[index]), index + 1 >= characters.count || digit(characters[index + 1]) == nil {
                digits.append("X")
                index += 1
            }
            groups.append(Group(range: groupStart..<index, digits: digits))
            guard !digits.hasSuffix("X"), index + 1 < characters.count, isSeparator(characters[index]),
                  digit(characters[index + 1]) != nil
            else { break }
            index += 1
        }
        return (groups, index)
    }

    /// The widest span of groups from `position` that is a personal number.
    static func longestMatch(_ groups: [Group], from position: Int) -> (kind: Kind, masked: String, end: Int)? {
        for end in stride(from: groups.count, to: position, by: -1) {
            let span = groups[position..<end]
            if let (kind, masked) = classify(span.map(\.digits)) { return (kind, masked, end) }
        }
        return nil
    }

    static func classify(_ parts: [String]) -> (Kind, String)? {
        let joined = parts.joined()
        if parts.dropLast().contains(where: { $0.hasSuffix("X") }) { return nil }
        if joined.count == 18 || joined.count == 15, let id = try? ResidentID.normalize(joined) {
            _ = id
            return (.residentID, ResidentID.mask(joined))
        }
        if joined.hasSuffix("X") { return nil }
        if let mobile = try? PhoneNumber.normalizeMobile(joined) { return (.mobile, PhoneNumber.mask(mobile)) }
        if joined.hasPrefix("0"), let landline = try? PhoneNumber.normalizeContact(parts.joined(separator: parts.count == 2 ? "-" : "")),
           landline.contains("-") {
            return (.landline, PhoneNumber.mask(landline))
        }
        if BankCardNumber.isValid(joined) { return (.bankCard, BankCardNumber.mask(joined)) }
        return nil
    }

    static func digit(_ character: Character) -> Character? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return character
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
        default: return nil
        }
    }

    static func isX(_ character: Character) -> Bool { "XxＸｘ".contains(character) }

    static func isSeparator(_ character: Character) -> Bool { " -\u{3000}－‐–".contains(character) }
}
