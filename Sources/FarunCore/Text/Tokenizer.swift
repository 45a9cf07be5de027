/// Splits text into search terms: runs of Han characters become their character bigrams (so two-character words
/// such as 工资 and 离婚 match wherever they stand), plus the single characters of one-character runs; Latin words
/// and numbers become lower-cased words. Pure and deterministic; a dictionary segmenter can add whole words later.
public enum Tokenizer {
    public static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        var han: [Character] = []
        var word = ""
        func flushHan() {
            if han.count == 1 {
                terms.append(String(han[0]))
            } else if han.count > 1 {
                for i in 0..<(han.count - 1) { terms.append(String(han[i...(i + 1)])) }
            }
            han.removeAll()
        }
        func flushWord() {
            if !word.isEmpty { terms.append(word.lowercased()) }
            word = ""
        }
        for c in text {
            if isHan(c) {
                flushWord()
                han.append(c)
            } else if c.isLetter || c.isNumber {
                flushHan()
                word.append(c)
            } else {
                flushHan()
                flushWord()
            }
        }
        flushHan()
        flushWord()
        return terms
    }

    static func isHan(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
