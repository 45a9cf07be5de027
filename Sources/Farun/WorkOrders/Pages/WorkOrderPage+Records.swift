import FarunCore
import Foundation
import Plot

extension WorkOrderPage.View {
    func attachments(_ l: L10n) -> Node<HTML.BodyContext> {
        let m = model
        return .section(.class("attachments"),
            .h2(.text(l(.orderAttachments))),
            .if(m.attachments.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
            .if(!m.attachments.isEmpty, .ul(.class("plain"), .forEach(m.attachments) { a in
                .li(.a(.href(SiteURL.workOrderAttachment(m.id, attachment: a.id).path), .text(a.fileName)),
                    .small(.text(" · " + Self.size(a.size) + " · " + a.uploadedBy + " · " + Formatting.dateTime(a.at, l))))
            })),
            .if(m.canUpload, .form(
                .id("upload-form"), .method(.post), .action(SiteURL.workOrderAttachments(m.id).path), .class("form"),
                .attribute(named: "enctype", value: "multipart/form-data"),
                .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
                .div(.class(m.uploadProblem == nil ? "field" : "field has-error"),
                    .label(.for("file"), .text(l(.orderAttachFile))),
                    .input(.type(.file), .id("file"), .name("file"), .required(true),
                           .attribute(named: "accept", value: ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"),
                           .attribute(named: "aria-describedby", value: m.uploadProblem == nil ? "file-hint" : "file-hint file-error")),
                    .p(.class("hint"), .id("file-hint"), .text(l(.orderAttachHint, m.maxAttachmentMegabytes))),
                    .unwrap(m.uploadProblem) { .p(.class("error"), .id("file-error"), .text($0)) }),
                .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.orderAttachButton))))
            ))
        )
    }

    func timeline(_ l: L10n) -> Node<HTML.BodyContext> {
        .section(.class("timeline"),
            .h2(.text(l(.orderTimeline))),
            .if(model.timeline.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
            .if(!model.timeline.isEmpty, .table(.class("data dense"),
                .caption(.text(l(.orderTimelineCaption, model.timeline.count))),
                .thead(.tr(.th(.text(l(.auditTime))), .th(.text(l(.auditActor))), .th(.text(l(.auditAction))),
                           .th(.text(l(.orderStateChange))), .th(.text(l(.orderNote))))),
                .tbody(.forEach(model.timeline) { e in
                    .tr(.td(.element(named: "time", text: Formatting.dateTime(e.at, l))),
                        .td(.text(e.actor)),
                        .td(.text(l.name("woaction", ActionName(rawValue: e.action)))),
                        .td(.text(e.from.map { l.name("state", $0) + " → " } ?? ""), .text(l.name("state", e.to))),
                        .td(.text(e.note)))
                })))
        )
    }

    /// "48 KB", "1.2 MB".
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 * 1024 { return "\(max(1, bytes / 1024)) KB" }
        return String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
