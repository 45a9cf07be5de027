import FarunCore
import Foundation
import Plot

/// On the case page: the channel, where an application made in one step came from (link to the call list or the
/// consultation), and what the applicant has still to give — the list the one-time supplement notice starts from.
struct LegalAidHandoffInfo: Sendable {
    var channel: WorkOrderChannel?
    var origin: LegalAidHandoff.Origin?
    var missing: [LegalAidMissingField]
    /// For an officer while the application is under review and something is missing: where to record it.
    var form: FormTarget? = nil

    struct FormTarget: Sendable {
        let id: Int
        let version: Int
    }

    /// One line per missing item, to pre-fill the supplement notice (第四十三条: everything at once).
    func missingText(_ l: L10n) -> String {
        missing.map { l.name("lamissing", $0) }.joined(separator: "\n")
    }

    static let mock = LegalAidHandoffInfo(
        channel: .hotline,
        origin: .init(kind: .hotlineCall, reference: "12", url: "/staff/hotline?day=2026-10-26#call-12", at: Date(timeIntervalSince1970: 1_793_000_000)),
        missing: [.applicantResidentID, .category, .opponentName, .economicStatement, .pledge], form: .init(id: 3, version: 2))
}

enum LegalAidHandoffPanel {
    static func node(_ info: LegalAidHandoffInfo, context: PageContext, problems: [FieldProblem]) -> Node<HTML.BodyContext> {
        let l = context.l10n
        return .section(.id("legal-aid-origin"), .attribute(named: "aria-labelledby", value: "legal-aid-origin-title"),
            .h2(.id("legal-aid-origin-title"), .text(l(.laHandoffOrigin))),
            .dl(.class("facts"),
                .unwrap(info.channel) { .group(.dt(.text(l(.laHandoffChannel))), .dd(.text(l.name("channel", $0)))) },
                .unwrap(info.origin) { origin in
                    let when = origin.at.map { Formatting.dateTime($0, l) } ?? origin.reference
                    let label = origin.kind == .hotlineCall ? l(.laHandoffFromCall, when) : l(.laHandoffFromConsultation, when)
                    return .group(.dt(.text(l(.laHandoffOrigin))),
                                  .dd(.text(label + " · "), .a(.id("legal-aid-source"), .href(origin.url.attributeEscaped), .text(l(.laHandoffOpenSource)))))
                }),
            .if(!info.missing.isEmpty, .group(
                .h3(.id("legal-aid-missing-title"), .text(l(.laHandoffMissingTitle))),
                .p(.class("hint"), .text(l(.laHandoffMissingLead))),
                .ul(.id("legal-aid-missing"), .forEach(info.missing) { .li(.text(l.name("lamissing", $0))) }))),
            .unwrap(info.form) { target in details(info.missing, target, context: context, problems: problems) })
    }

    /// Only the items still missing, each optional: the officer records what the applicant has given so far.
    private static func details(_ missing: [LegalAidMissingField], _ target: LegalAidHandoffInfo.FormTarget, context: PageContext,
                                problems: [FieldProblem]) -> Node<HTML.BodyContext> {
        let l = context.l10n
        func error(_ field: String) -> String? { problems.message(for: field, l) }
        func label(_ field: LegalAidMissingField) -> String { l.name("lamissing", field) }
        let categories = LegalAidCategory.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("lacategory", $0) + " · " + $0.citation) }
        return .group(
            .h3(.id("legal-aid-details-title"), .text(l(.laHandoffDetailsTitle))),
            .p(.class("hint"), .text(l(.laHandoffDetailsLead))),
            Forms.form(id: "legal-aid-details", action: SiteURL.staffLegalAidDetails(target.id).path, context: context,
                .input(.type(.hidden), .name("version"), .value(String(target.version))),
                .if(missing.contains(.category), Forms.select("category", label: label(.category), options: categories, selected: nil,
                                                             includeEmpty: l(.validationChoose), error: error("category"))),
                .if(missing.contains(.applicantName), Forms.field("applicant_name", label: label(.applicantName), value: nil,
                                                                 maxLength: IntakeInput.maximumNameLength, error: error("applicant_name"), autocomplete: "off")),
                .if(missing.contains(.applicantResidentID), Forms.field("applicant_resident_id", label: label(.applicantResidentID), value: nil,
                                                                       maxLength: 18, error: error("applicant_resident_id"), autocomplete: "off")),
                .if(missing.contains(.opponentName), Forms.field("opponent_name", label: label(.opponentName), value: nil, maxLength: 100,
                                                                error: error("opponent_name"), autocomplete: "off")),
                .if(missing.contains(.economicStatement), Forms.textArea("economic_statement", label: label(.economicStatement), value: nil,
                                                                        maxLength: LegalAidApplicationInput.maximumStatementLength, rows: 3,
                                                                        error: error("economic_statement"))),
                .if(missing.contains(.pledge), Forms.field("pledge_signature", label: label(.pledge), value: nil, maxLength: IntakeInput.maximumNameLength,
                                                          hint: l(.laHandoffSignatureHint), error: error("pledge_signature"), autocomplete: "off")),
                Forms.submit(l(.laHandoffDetailsSave))))
    }
}
