/// Maps each Unicode scalar to the one used for matching: full-width ASCII to ASCII, upper to lower case,
/// traditional Han characters to simplified. One scalar in, one scalar out, so offsets into the folded text are
/// offsets into the original (snippets highlight the original text).
struct TextFolding: Sendable {
    private var table: [UInt32: UInt32]

    init(traditionalToSimplified table: [UInt32: UInt32] = [:]) {
        self.table = table
    }

    /// Parses lines "繁<TAB>简 [alternatives]" (OpenCC's TSCharacters format); the first candidate wins.
    init(parsing text: String) {
        var table: [UInt32: UInt32] = [:]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let columns = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
            guard columns.count >= 2, let from = columns[0].unicodeScalars.first, columns[0].unicodeScalars.count == 1,
                  let to = columns[1].unicodeScalars.first, columns[1].unicodeScalars.count == 1,
                  from != to else { continue }
            table[from.value] = to.value
        }
        self.table = table
    }

    var count: Int { table.count }

    @inline(__always)
    func fold(_ s: UInt32) -> UInt32 {
        switch s {
        case 0x41...0x5A: return s + 0x20
        case 0xFF21...0xFF3A: return s - 0xFF21 + 0x61
        case 0xFF41...0xFF5A, 0xFF10...0xFF19: return s - 0xFEE0
        case 0x3000: return 0x20
        case 0..<0x3400: return s
        default: return table[s] ?? s
        }
    }

    func fold(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars { out.append(fold(s.value)) }
        return out
    }
}
