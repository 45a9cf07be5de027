import FarunCore
import Foundation
import Plot

/// On the case page: the channel, where an application made in one step came from (link to the call list or the
/// consultation), and what the applicant has still to give — the list the one-time supplement notice starts from.
struct LegalAidHandoffInfo: Sendable {
    var channel: WorkOrderChannel?
    var origin: LegalAidHandoff.Origin?
    var missing: [LegalAidMissingField]

    /// One line per missing item, to pre-fill the supplement notice (第四十三条: everything at once).
    func missingText(_ l: L10n) -> String {
        missing.map { l.name("lamissing", $0) }.joined(separator: "\n")
    }

    static let mock = LegalAidHandoffInfo(
        channel: .hotline,
        origin: .init(kind: .hotlineCall, reference: "12", url: "/staff/hotline?day=2026-10-26#call-12", at: Date(timeIntervalSince1970: 1_793_000_000)),
        missing: [.applicantResidentID, .category, .opponentName, .economicStatement, .pledge])
}

enum LegalAidHandoffPanel {
    static func node(_ info: LegalAidHandoffInfo, _ l: L10n) -> Node<HTML.BodyContext> {
        .section(.id("legal-aid-origin"), .attribute(named: "aria-labelledby", value: "legal-aid-origin-title"),
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
                .ul(.id("legal-aid-missing"), .forEach(info.missing) { .li(.text(l.name("lamissing", $0))) }))))
    }
}
