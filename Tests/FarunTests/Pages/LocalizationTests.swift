import FarunCore
import Foundation
import Plot
import Testing
@testable import Farun

/// The string catalogue (Resources/l10n/*.tsv) is complete in both languages and consistent.
@Suite struct LocalizationTests {
    let catalog = StringCatalog.shared

    /// `{0}`, `{1}` … in a string, as a set.
    private func placeholders(_ text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            let inside = rest[afterOpen..<close]
            if !inside.isEmpty, inside.allSatisfy(\.isASCII), inside.allSatisfy(\.isNumber) { found.insert("{\(inside)}") }
            rest = rest[afterOpen...]
        }
        return found
    }

    private func expectBothLanguages(_ key: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let zh = catalog.zh[key]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let en = catalog.en[key]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        #expect(!zh.isEmpty, "no zh-Hans text for \(key)", sourceLocation: sourceLocation)
        #expect(!en.isEmpty, "no English text for \(key)", sourceLocation: sourceLocation)
    }

    @Test func everyTypedKeyHasChineseAndEnglishText() {
        // setup
        let keys = L.allCases.map(\.rawValue)
        // act / check
        #expect(keys.count > 100)
        for key in keys { expectBothLanguages(key) }
    }

    @Test func everyStaffRoleHasANameInBothLanguages() {
        // setup
        let keys = StaffRole.allCases.map { "role.\($0.rawValue)" }
        // act / check
        for key in keys { expectBothLanguages(key) }
    }

    @Test func everyRegionLevelHasANameInBothLanguages() {
        // setup
        let keys = RegionLevel.allCases.map { "level.\($0.rawValue)" }
        // act / check
        for key in keys { expectBothLanguages(key) }
    }

    @Test func everyServicePointKindHasANameInBothLanguages() {
        // setup
        let keys = ServicePointKind.allCases.map { "kind.\($0.rawValue)" }
        // act / check
        for key in keys { expectBothLanguages(key) }
    }

    @Test func everyLegalFieldHasANameInBothLanguages() {
        // setup
        let keys = LegalField.allCases.map { "field.\($0.rawValue)" }
        // act / check
        for key in keys { expectBothLanguages(key) }
    }

    @Test func everyServiceLanguageHasANameInBothLanguages() {
        // setup
        let keys = ServiceLanguage.allCases.map { "language.\($0.rawValue)" }
        // act / check
        for key in keys { expectBothLanguages(key) }
    }

    @Test func everyPeriodUnitHasANameInBothLanguages() {
        // setup
        let keys = PeriodUnit.allCases.map { "unit.\($0.rawValue)" }
        // act / check
        for key in keys { expectBothLanguages(key) }
    }

    @Test func everyMediationEnumHasANameInBothLanguages() {
        // setup
        let keys = DisputeType.allCases.map { "dispute.\($0.rawValue)" } + DisputeUrgency.allCases.map { "urgency.\($0.rawValue)" }
            + MediationConsent.allCases.map { "consent.\($0.rawValue)" } + PartyRole.allCases.map { "partyrole.\($0.rawValue)" }
            + MediationStage.allCases.map { "mstage.\($0.rawValue)" } + MediationAction.allCases.map { "maction.\($0.rawValue)" }
            + SessionMode.allCases.map { "sessionmode.\($0.rawValue)" } + AgreementForm.allCases.map { "agreementform.\($0.rawValue)" }
            + AgreementElement.allCases.map { "agreementelement.\($0.rawValue)" } + SignatoryKind.allCases.map { "signatory.\($0.rawValue)" }
            + SignatureMethod.allCases.map { "signmethod.\($0.rawValue)" } + FailureReason.allCases.map { "failure.\($0.rawValue)" }
            + Referral.allCases.map { "referral.\($0.rawValue)" } + PerformanceStatus.allCases.map { "performance.\($0.rawValue)" }
            + (ConflictRelation.allCases.map(\.rawValue) + ["none"]).map { "conflict.\($0)" }
        // act / check
        for key in keys { expectBothLanguages(key) }
    }

    @Test func everyPermissionHasANameInBothLanguages() {
        // setup
        let keys = Permission.allCases.map { "permission.\($0.rawValue)" }
        // act / check
        for key in keys { expectBothLanguages(key) }
    }

    @Test func catalogueHasNoDuplicateKeys() {
        // setup
        let keys = catalog.keys
        // act
        let duplicates = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        // check
        #expect(duplicates.isEmpty, "duplicate keys: \(duplicates)")
        #expect(Set(keys).count == catalog.zh.count)
        #expect(Set(keys).count == catalog.en.count)
    }

    @Test func catalogueHasNoKeyWithoutATypedCaseOrEnumPrefix() {
        // setup
        let typed = Set(L.allCases.map(\.rawValue))
        let prefixes = ["role.", "level.", "kind.", "field.", "language.", "permission.", "action.", "unit.", "channel.", "state.", "woaction.", "priority.", "green.", "flag.", "strategy.", "dayunit.", "rating.", "callback.", "lawstatus.", "entrykind.", "entrystate.", "entryaction.", "consultstate.", "dutykind.",
                        // People's mediation (issue 6)
                        "dispute.", "urgency.", "consent.", "partyrole.", "mstage.", "maction.", "sessionmode.", "agreementform.", "agreementelement.",
                        "signatory.", "signmethod.", "failure.", "referral.", "performance.", "conflict.", "confirmwindow.", "confirmcourt.", "confirmmaterial.", "confirmoutcome.",
                        // Legal aid (issue 6)
                        "lacategory.", "lastate.", "laaction.", "laoutcome.", "lacircumstance.", "lapriority.", "laground.", "laform.", "lanote.", "laobjection.", "ladoc.", "lagroup.",
                        // Legal aid, notified defence (issue 6)
                        "laorgan.", "langround.", "lastage.",
                        // Legal aid supervision and the recipient's rating (issue 6)
                        "lasuper.", "laseverity.", "lachannel.",
                        // Legal aid from a 12348 call or a consultation (issue 6)
                        "lamissing.", "laorigin."]
        // act
        let orphans = catalog.keys.filter { !typed.contains($0) && !prefixes.contains(where: $0.hasPrefix) }
        // check
        #expect(orphans.isEmpty, "keys nobody can look up: \(orphans)")
    }

    @Test func placeholdersMatchBetweenChineseAndEnglish() {
        // setup
        let keys = catalog.keys
        // act
        let mismatched = keys.filter { placeholders(catalog.zh[$0] ?? "") != placeholders(catalog.en[$0] ?? "") }
            .map { "\($0): zh \(placeholders(catalog.zh[$0] ?? "").sorted()) en \(placeholders(catalog.en[$0] ?? "").sorted())" }
        // check
        #expect(mismatched.isEmpty, "\(mismatched.joined(separator: "\n"))")
    }

    @Test func englishHomeTitleDiffersFromChinese() {
        // setup
        let zh = L10n(.zhHans)
        let en = L10n(.en)
        // act
        let zhTitle = zh(.homeTitle)
        let enTitle = en(.homeTitle)
        // check
        #expect(enTitle != zhTitle)
        #expect(enTitle != L.homeTitle.rawValue)
        #expect(zhTitle != L.homeTitle.rawValue)
    }

    @Test func englishTextsAreWrittenInEnglish() {
        // setup
        func hasHan(_ s: String) -> Bool { s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) } }
        // The data credit names its source, 民政部全国行政区划信息查询平台, in the original on purpose.
        let properNames: Set<String> = ["footerDataCredit"]
        // act
        let chineseInEnglish = catalog.keys.filter { !properNames.contains($0) && hasHan(catalog.en[$0] ?? "") }
        // check
        #expect(chineseInEnglish.isEmpty, "English strings containing Chinese characters: \(chineseInEnglish)")
    }

    @Test func englishHomePageNavigationIsInEnglishExceptTheSwitchToChinese() {
        // setup
        let view = HomePage.View(model: .mock, context: PageContext(l10n: L10n(.en), path: "/", csrfToken: "t", staff: nil,
                                                                    citizenName: nil, bureauName: ""))
        // act
        let html = PageHTML.served(view.document())
        let nav = html.components(separatedBy: "<nav").dropFirst().first.map { $0.components(separatedBy: "</nav>")[0] } ?? ""
        // check
        #expect(!nav.isEmpty)
        let withoutSwitch = nav.replacingOccurrences(of: ">中文</a>", with: "></a>")
        #expect(!withoutSwitch.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "Chinese in English nav: \(nav)")
        #expect(nav.contains(L10n(.en)(.navHome)))
    }
}
