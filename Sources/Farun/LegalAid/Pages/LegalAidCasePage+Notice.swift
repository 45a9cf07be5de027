import FarunCore
import Plot

extension LegalAidCasePage.View {
    /// 通知辩护: who sent the notice, on which ground, the 3-day appointment due, and the reply letter once appointed.
    func noticeSection(_ notice: LegalAidNoticeDTO, _ l: L10n) -> Node<HTML.BodyContext> {
        let organ = NotifiedDefence.Organ(rawValue: notice.organ)
        let ground = NotifiedDefence.Ground(rawValue: notice.ground)
        let stage = NotifiedDefence.Stage(rawValue: notice.stage)
        return .section(.id("notice"), .h2(.text(l(.laNoticeFromOrgan))),
            .dl(.class("facts"),
                .dt(.text(l(.laNoticeOrgan))), .dd(.text((organ.map { l.name("laorgan", $0) } ?? notice.organ) + " · " + notice.organ_name)),
                .dt(.text(l(.laNoticeNumber))), .dd(.text(notice.notice_number)),
                .dt(.text(l(.laNoticeReceivedOn))), .dd(.text(notice.received_on)),
                .dt(.text(l(.laNoticeGround))), .dd(.text((ground.map { l.name("langround", $0) } ?? notice.ground) + " · " + notice.ground_citation)),
                .dt(.text(l(.laNoticeCharge))), .dd(.text(notice.charge)),
                .dt(.text(l(.laNoticeStage))), .dd(.text(stage.map { l.name("lastage", $0) } ?? notice.stage)),
                .dt(.text(l(.laNoticeAppointmentDue))), .dd(.text(notice.appointment_due + (notice.appointment_due_provisional ? " " + l(.laNoticeProvisional) : "")))),
            .if(notice.needs_experienced_lawyer, .p(.strong(.text(l(.laNoticeNeedsExperienced))), .text(" "),
                .a(.href(SiteURL.staffLegalAidProviders.path), .text(l(.laProvidersTitle))))),
            .if(notice.provider_id != nil, .p(.a(.class("button secondary"), .href(SiteURL.staffLegalAidNoticeReply(notice.application_id).path),
                                                 .text(l(.laReplyTitle))))))
    }
}
