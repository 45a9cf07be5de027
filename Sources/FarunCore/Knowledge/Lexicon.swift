import Foundation

/// A word list as a trie over Unicode scalars, with each word's log frequency, for the dictionary segmenter.
/// Edges live in one hash keyed by (node, scalar) and the first step in a flat array, so walking the text costs
/// one array read and then one hash probe per character: no String slicing on the hot path.
struct Lexicon: Sendable {
    static let firstStepLimit: UInt32 = 0x30000
    /// scalar → child of the root (0 = none).
    private var rootChildren: [Int32]
    /// (node << 21 | scalar) → child.
    private var edges: [UInt64: Int32] = [:]
    /// Per node: the word's frequency (0 = the path is only a prefix).
    private var frequencies: [Float] = [0]
    private var total: Double = 0
    private(set) var maxLength = 1
    private(set) var wordCount = 0

    init() {
        rootChildren = Array(repeating: 0, count: Int(Self.firstStepLimit))
    }

    mutating func insert(_ scalars: [UInt32], frequency: Float) {
        guard !scalars.isEmpty, frequency > 0 else { return }
        var node: Int32 = 0
        for s in scalars {
            if let next = child(of: node, s) {
                node = next
            } else {
                let next = Int32(frequencies.count)
                frequencies.append(0)
                if node == 0 && s < Self.firstStepLimit {
                    rootChildren[Int(s)] = next
                } else {
                    edges[UInt64(node) << 21 | UInt64(s)] = next
                }
                node = next
            }
        }
        if frequencies[Int(node)] == 0 { wordCount += 1 }
        total += Double(frequency) - Double(frequencies[Int(node)])
        frequencies[Int(node)] = frequency
        maxLength = max(maxLength, scalars.count)
    }

    @inline(__always)
    func child(of node: Int32, _ scalar: UInt32) -> Int32? {
        if node == 0 && scalar < Self.firstStepLimit {
            let c = rootChildren[Int(scalar)]
            return c == 0 ? nil : c
        }
        return edges[UInt64(node) << 21 | UInt64(scalar)]
    }

    @inline(__always)
    func isWord(_ node: Int32) -> Bool { frequencies[Int(node)] > 0 }

    /// The word's frequency in the word list (0: not a word).
    func frequency(_ scalars: [UInt32]) -> Float {
        var node: Int32 = 0
        for s in scalars {
            guard let next = child(of: node, s) else { return 0 }
            node = next
        }
        return frequencies[Int(node)]
    }

    func contains(_ scalars: [UInt32]) -> Bool {
        var node: Int32 = 0
        for s in scalars {
            guard let next = child(of: node, s) else { return false }
            node = next
        }
        return isWord(node)
    }

    /// The most probable split of a run of Han characters into words (jieba's method: a DAG of dictionary words
    /// and a dynamic programme over log frequencies); unknown characters stand alone. `avoidWhole` forbids the
    /// run itself as one word, to split a compound into its parts.
    func segment(_ s: ArraySlice<UInt32>, avoidWhole: Bool = false) -> [Range<Int>] {
        let n = s.count
        guard n > 0 else { return [] }
        let base = s.startIndex
        let logTotal = log(max(total, 1))
        let unknown = log(1.0) - logTotal - 2
        var best = Array(repeating: -Double.infinity, count: n + 1)
        var next = Array(repeating: 0, count: n + 1)
        best[n] = 0
        for i in stride(from: n - 1, through: 0, by: -1) {
            // the single character, known or not
            var node = child(of: 0, s[base + i])
            var score = (node.map { isWord($0) ? log(Double(frequencies[Int($0)])) - logTotal : unknown } ?? unknown)
                + best[i + 1]
            best[i] = score
            next[i] = i + 1
            var j = i + 1
            while let current = node, j < n {
                node = child(of: current, s[base + j])
                j += 1
                guard let word = node else { break }
                if isWord(word) && !(avoidWhole && i == 0 && j == n) {
                    score = log(Double(frequencies[Int(word)])) - logTotal + best[j]
                    if score > best[i] {
                        best[i] = score
                        next[i] = j
                    }
                }
            }
        }
        var ranges: [Range<Int>] = []
        var i = 0
        while i < n {
            ranges.append(i..<next[i])
            i = next[i]
        }
        return ranges
    }

    /// Calls `body` with the end offset of every dictionary word of three or more characters that starts at
    /// `start` (two-character words are covered by the bigram terms).
    @inline(__always)
    func forEachLongWord(in s: [UInt32], from start: Int, end: Int, _ body: (Int) -> Void) {
        guard var node = child(of: 0, s[start]) else { return }
        var j = start + 1
        while j < end, j - start < maxLength {
            guard let next = child(of: node, s[j]) else { return }
            node = next
            j += 1
            if j - start >= 3 && isWord(node) { body(j) }
        }
    }
}
