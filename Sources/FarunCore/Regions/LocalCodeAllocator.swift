/// Hands out local codes (本地代码) for villages that have no official code.
///
/// A local village code is the 9-digit township prefix followed by a number from 400 to 999.
/// Official village codes use 001–399, so the two never collide.
public enum LocalCodeAllocator {
    /// The numbers reserved for local village codes.
    public static let villageRange = 400...999

    /// The lowest free local code under `township`, or nil when all 600 are taken or `township`
    /// is not a township-level code. `taken` holds 12-digit code values.
    public static func nextVillageCode(township: DivisionCode, taken: Set<String>) -> DivisionCode? {
        guard township.impliedLevel == .township else { return nil }
        for number in villageRange {
            let candidate = township.townshipPrefix + String(number)
            if !taken.contains(candidate) { return DivisionCode(candidate) }
        }
        return nil
    }
}
