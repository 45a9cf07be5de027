import FarunCore
import Plot

extension TrackOrderPage {
    /// 法律援助法 第五十五条 on the recipient's own page: while a provider holds the case, a complaint form (which may
    /// ask for another provider); after a 不满意 rating, where to complain.
    enum Complaint: String, Sendable {
        case form
        case routeOnly = "route_only"
        case sent
    }
}

extension TrackOrderPage.View {
    func complaintSection(_ complaint: TrackOrderPage.Complaint, _ l: L10n) -> Node<HTML.BodyContext> {
        .section(.class("track-complaint"), .attribute(named: "aria-labelledby", value: "complaint-heading"),
            .h2(.id("complaint-heading"), .text(l(.legalAidComplaintRouteTitle))),
            .p(.text(l(.legalAidComplaintRouteText))),
            .if(complaint == .sent, .p(.class("flash"), .attribute(named: "role", value: "status"), .text(l(.legalAidComplaintSent)))),
            .if(complaint == .form, .group(
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                Forms.form(id: "complaint-form", action: SiteURL.trackLegalAidComplaint.path, context: context,
                    Forms.textArea("text", label: l(.legalAidComplaintText), value: nil, maxLength: LegalAidFollowUps.maximumText,
                                   error: model.problems.message(for: "text", l)),
                    .div(.class("check"),
                        .input(.type(.checkbox), .id("asks_replacement"), .name("asks_replacement"), .value("1")),
                        .label(.for("asks_replacement"), .text(l(.legalAidComplaintAsksReplacement)))),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary wide"), .text(l(.legalAidComplaintSubmit))))))))
    }
}
