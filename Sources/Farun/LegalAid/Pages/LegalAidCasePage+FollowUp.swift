import FarunCore
import Foundation
import Plot

/// The case page's part of supervision and the recipient's word: 督办记录 (officers and the provider), the rating
/// after the closing report with the call-back entry, and complaints (法律援助法 第五十五条) for the officers.
extension LegalAidCasePage.View {
    func followUpSection(_ l: L10n) -> Node<HTML.BodyContext> {
        guard let f = model.followUp else { return .empty }
        let a = model.application
        let state = LegalAidState(rawValue: a.state) ?? .received
        let officer = model.isOfficer
        let showsComplaints = officer && (!f.complaints.isEmpty || LegalAidFollowUps.canComplain(state))
        let error = model.problems.message(for: "feedback", l)
        return .group(
            .if(!f.supervisions.isEmpty, .section(.id("supervision-notes"), .h2(.text(l(.legalAidSupervisionNotes))),
                .ul(.forEach(f.supervisions) { s in
                    .li(.text(l(.legalAidSupervisionNoteLine, Formatting.dateTime(s.created_at, l), s.by_name,
                                s.due_on, s.unit == PeriodUnit.workingDays.rawValue ? l(.legalAidLateWorking, s.late) : l(.legalAidLateCalendar, s.late),
                                s.note) + (s.notified ? " · " + l(.legalAidSupervisionNotified) : "")),
                        .text(" · "), .text(LegalAidSupervision.Kind(rawValue: s.kind).map { l.name("lasuper", $0) } ?? s.kind))
                }))),
            .if(state == .closed, .section(.id("recipient-rating"), .h2(.text(l(.legalAidRatingTitle))),
                .unwrap(f.rating, { r in
                    .p(.strong(.text(RatingScore(rawValue: r.score).map { l.name("rating", $0) } ?? r.score)),
                       .text(" · " + (r.channel == LegalAidFeedback.Channel.callback.rawValue ? l(.legalAidRatingCallback, r.recorded_by) : l(.legalAidRatingByRecipient))
                             + " · " + Formatting.dateTime(r.created_at, l) + (r.comment.isEmpty ? "" : "：" + r.comment)))
                }, else: .p(.text(l(.legalAidRatingNone)))),
                .if(officer && f.rating == nil, Forms.form(id: "legal-aid-rating", action: SiteURL.staffLegalAidFeedback(a.id).path, context: context,
                    .input(.type(.hidden), .name("kind"), .value("rating")),
                    .unwrap(error) { .p(.class("error"), .text($0)) },
                    .fieldset(.class("choices"),
                        .element(named: "legend", text: l(.trackScore)),
                        .forEach(RatingScore.allCases) { score in
                            .div(.class("check"),
                                .input(.type(.radio), .id("rating-\(score.rawValue)"), .name("score"), .value(score.rawValue), .required(true)),
                                .label(.for("rating-\(score.rawValue)"), .text(l.name("rating", score))))
                        }),
                    Forms.textArea("text", label: l(.legalAidRatingComment), value: nil, maxLength: CitizenActions.maximumCommentLength),
                    Forms.submit(l(.legalAidRatingRecord)))))),
            .if(showsComplaints, .section(.id("complaints"), .h2(.text(l(.legalAidComplaintsTitle))),
                .ul(.forEach(f.complaints) { c in
                    .li(.text(l(.legalAidComplaintLine, Formatting.dateTime(c.created_at, l), l.name("lachannel", LegalAidFeedback.Channel(rawValue: c.channel) ?? .citizen),
                                c.provider_name, c.text) + (c.asks_replacement ? " · " + l(.legalAidComplaintAsksReplacement) : "")))
                }),
                .if(LegalAidFollowUps.canComplain(state), Forms.form(id: "legal-aid-complaint", action: SiteURL.staffLegalAidFeedback(a.id).path, context: context,
                    .input(.type(.hidden), .name("kind"), .value("complaint")),
                    Forms.textArea("text", label: l(.legalAidComplaintText), value: nil, maxLength: LegalAidFollowUps.maximumText,
                                   error: state == .closed ? nil : error),
                    Forms.checkboxes("asks_replacement", legend: l(.legalAidComplaintAsksReplacement),
                                     options: [.init(value: "1", label: l(.legalAidComplaintAsksReplacement))], checked: []),
                    Forms.submit(l(.legalAidComplaintRecord)))),
                .p(.class("hint"), .text(l(.legalAidComplaintHint)))))
        )
    }
}
