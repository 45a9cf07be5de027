/// Index terms as 64-bit keys computed from the characters themselves, so any two analyses of the same string
/// agree without a shared term table: one Han character (its scalar), a pair of characters (both scalars), or a
/// longer dictionary word / Latin or digit run (a 60-bit FNV-1a hash, tagged).
enum TermKey {
    static let pairTag: UInt64 = 1 << 60
    static let wordTag: UInt64 = 2 << 60
    static let hashMask: UInt64 = (1 << 60) - 1

    @inline(__always) static func single(_ a: UInt32) -> UInt64 { UInt64(a) }
    @inline(__always) static func pair(_ a: UInt32, _ b: UInt32) -> UInt64 { pairTag | UInt64(a) << 21 | UInt64(b) }

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func fnvStep(_ h: UInt64, _ s: UInt32) -> UInt64 { (h ^ UInt64(s)) &* 0x100_0000_01b3 }

    static func word<C: Collection>(_ scalars: C) -> UInt64 where C.Element == UInt32 {
        var h = fnvOffset
        for s in scalars { h = fnvStep(h, s) }
        return wordTag | (h & hashMask)
    }

    /// The key that stands for a whole string in the index: a character, a pair, or a word hash.
    static func of<C: Collection>(_ scalars: C) -> UInt64 where C.Element == UInt32 {
        let a = Array(scalars)
        switch a.count {
        case 1 where CharacterClass.isHan(a[0]): return single(a[0])
        case 2 where CharacterClass.isHan(a[0]) && CharacterClass.isHan(a[1]): return pair(a[0], a[1])
        default: return word(a)
        }
    }
}

enum CharacterClass {
    @inline(__always) static func isHan(_ s: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(s) || (0x3400...0x4DBF).contains(s) || (0xF900...0xFAFF).contains(s)
            || (0x20000...0x2FFFF).contains(s)
    }

    /// ASCII letters and digits after folding (full-width forms are folded to ASCII first).
    @inline(__always) static func isLatinOrDigit(_ s: UInt32) -> Bool {
        (0x30...0x39).contains(s) || (0x61...0x7A).contains(s)
    }
}
