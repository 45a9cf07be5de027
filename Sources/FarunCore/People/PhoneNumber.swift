import Foundation

/// Why a phone number was rejected.
public enum PhoneProblem: String, Error, Sendable {
    case invalid
}

/// Mainland Chinese phone numbers (电话号码): mobiles (手机号), landlines (固定电话) and short service
/// numbers such as the 12348 legal-service hotline.
public enum PhoneNumber {
    /// An 11-digit mobile `^1[3-9]\d{9}$`, after removing spaces and "-" and an optional +86, 0086 or 86 prefix.
    /// Carrier prefixes are deliberately not checked.
    public static func normalizeMobile(_ raw: String) throws(PhoneProblem) -> String {
        let digits = stripped(raw)
        for prefix in ["+86", "0086", "86", ""] where digits.hasPrefix(prefix) {
            let rest = String(digits.dropFirst(prefix.count))
            if isMobile(rest) { return rest }
        }
        throw .invalid
    }

    /// A number a person or office can be reached on: a mobile (as `normalizeMobile`), a landline
    /// `^0\d{2,3}-?\d{7,8}$` written "0357-5221234", or a short service number of 3 to 6 digits not starting
    /// with 0 ("12348", "95588").
    ///
    /// A landline written without "-" is split after 010 and 02x (the 3-digit area codes) and after 4 digits
    /// otherwise; a written "-" is kept where it is.
    public static func normalizeContact(_ raw: String) throws(PhoneProblem) -> String {
        if let mobile = try? normalizeMobile(raw) { return mobile }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines).filter { !$0.isWhitespace }
        if let landline = landline(text) { return landline }
        if (3...6).contains(text.count), ASCII.isDigits(text), !text.hasPrefix("0") { return text }
        throw .invalid
    }

    /// Masks for display: a mobile keeps its first 3 and last 4 digits ("138****5678"), a landline its area
    /// code and last 2 digits ("0357-*****34"); anything else keeps only its last 2 characters.
    public static func mask(_ phone: String) -> String {
        if let mobile = try? normalizeMobile(phone) {
            return String(mobile.prefix(3)) + "****" + String(mobile.suffix(4))
        }
        if let contact = try? normalizeContact(phone), let dash = contact.firstIndex(of: "-") {
            let subscriber = contact[contact.index(after: dash)...]
            return String(contact[...dash]) + String(repeating: "*", count: subscriber.count - 2)
                + String(subscriber.suffix(2))
        }
        let characters = Array(phone.trimmingCharacters(in: .whitespacesAndNewlines))
        return String(repeating: "*", count: max(0, characters.count - 2)) + String(characters.suffix(2))
    }

    private static func stripped(_ raw: String) -> String {
        raw.filter { !$0.isWhitespace && $0 != "-" }
    }

    private static func isMobile(_ digits: String) -> Bool {
        let bytes = Array(digits.utf8)
        return bytes.count == 11 && ASCII.isDigits(digits) && bytes[0] == UInt8(ascii: "1")
            && bytes[1] >= UInt8(ascii: "3")
    }

    private static func landline(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ ASCII.isDigits($0) }), text.hasPrefix("0") else { return nil }
        switch parts.count {
        case 2:
            return join(String(parts[0]), String(parts[1]))
        case 1:
            let areaLength = text.hasPrefix("010") || text.hasPrefix("02") ? 3 : 4
            return join(String(text.prefix(areaLength)), String(text.dropFirst(areaLength)))
                ?? join(String(text.prefix(7 - areaLength)), String(text.dropFirst(7 - areaLength)))
        default:
            return nil
        }
    }

    private static func join(_ area: String, _ subscriber: String) -> String? {
        guard (3...4).contains(area.count), (7...8).contains(subscriber.count) else { return nil }
        return area + "-" + subscriber
    }
}
