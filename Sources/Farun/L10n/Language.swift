import FarunCore
import Foundation

/// Interface languages: Simplified Chinese first, English second.
enum Language: String, CaseIterable, Sendable, Codable {
    case zhHans = "zh-Hans"
    case en

    /// The value of the `lang` attribute.
    var htmlCode: String { self == .zhHans ? "zh-CN" : "en" }

    /// Chinese unless the user switched (cookie). Accept-Language is deliberately ignored: the platform is
    /// Chinese-first and many shared kiosk and office browsers are set to English.
    static func negotiate(cookie: String?) -> Language {
        cookie.flatMap(Language.init(rawValue:)) ?? .zhHans
    }
}

/// Localised strings for one language, read from `Resources/l10n/*.tsv` (key, zh-Hans, en).
struct L10n: Sendable {
    let language: Language
    private let table: [String: String]

    init(_ language: Language) {
        self.language = language
        self.table = language == .zhHans ? StringCatalog.shared.zh : StringCatalog.shared.en
    }

    func callAsFunction(_ key: L, _ args: CustomStringConvertible...) -> String {
        format(key, args.map(\.description))
    }

    /// Replaces {0}, {1} … with the arguments.
    func format(_ key: L, _ args: [String]) -> String {
        var text = table[key.rawValue] ?? key.rawValue
        for (index, arg) in args.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: arg)
        }
        return text
    }

    /// Name of any enum case whose key is `prefix.rawValue` (e.g. "role.lawyer").
    func name<T: RawRepresentable>(_ prefix: String, _ value: T) -> String where T.RawValue == String {
        table["\(prefix).\(value.rawValue)"] ?? value.rawValue
    }
}

/// The parsed catalogue, loaded once.
struct StringCatalog: Sendable {
    let zh: [String: String]
    let en: [String: String]
    let keys: [String]

    /// Every `*.tsv` under `Resources/l10n/` (one file per feature, `strings.tsv` for shared strings).
    static let shared: StringCatalog = {
        // Where SwiftPM puts processed resources differs by platform; take each file name once.
        let bases = [Bundle.module.resourceURL, Bundle.module.bundleURL, Bundle.module.bundleURL.appendingPathComponent("Resources")]
        var byName: [String: String] = [:]
        for base in bases.compactMap({ $0 }) {
            for folder in [base.appendingPathComponent("l10n"), base] {
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".tsv") {
                    byName[name] = byName[name] ?? folder.appendingPathComponent(name).path
                }
            }
        }
        let texts = byName.keys.sorted().compactMap { try? String(contentsOfFile: byName[$0]!, encoding: .utf8) }
        guard !texts.isEmpty else { fatalError("Resources/l10n/*.tsv are missing from the bundle") }
        return parse(texts.joined(separator: "\n"))
    }()

    static func parse(_ text: String) -> StringCatalog {
        var zh: [String: String] = [:], en: [String: String] = [:], keys: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 3 else { continue }
            keys.append(cols[0])
            zh[cols[0]] = cols[1].replacingOccurrences(of: "\\n", with: "\n")
            en[cols[0]] = cols[2].replacingOccurrences(of: "\\n", with: "\n")
        }
        return StringCatalog(zh: zh, en: en, keys: keys)
    }
}

extension L {
    /// The message for a password policy problem.
    static func passwordProblem(_ problem: PasswordProblem) -> L {
        switch problem {
        case .tooShort: .passwordTooShort
        case .tooLong: .passwordTooLong
        case .tooFewCharacterClasses: .passwordTooFewCharacterClasses
        case .containsUsername: .passwordContainsUsername
        case .tooCommon: .passwordTooCommon
        }
    }
}
