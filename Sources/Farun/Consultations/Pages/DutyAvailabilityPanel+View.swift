import FarunCore
import Plot

extension DutyAvailabilityPanel {
    struct View {
        let model: Model
        let context: PageContext

        var node: Node<HTML.BodyContext> {
            let l = context.l10n
            let m = model
            func error(_ field: String) -> String? { m.problems.message(for: field, l) }
            return .section(.id("availability"), .class("panel"), .attribute(named: "aria-labelledby", value: "availability-title"),
                .h2(.id("availability-title"), .text(l(.availabilityTitle))),
                .flash(m.done.flatMap { DutyAvailabilityPanel.flash($0, l) }),
                .if(m.current.isEmpty, .p(.class("hint"), .text(l(.availabilityNone)))),
                .if(!m.current.isEmpty, .group(
                    .ul(.forEach(m.current) { current in
                        .li(.text(l(.availabilityUntil, Formatting.dateTime(current.until, l), current.region)))
                    }),
                    Forms.action(SiteURL.dutyAvailabilityEnd.path, label: l(.availabilityEnd), confirm: nil, context: context))),
                Forms.errorSummary(m.problems.summary(l), title: l(.formHasProblems)),
                Forms.form(id: "availability-form", action: SiteURL.dutyAvailability.path, context: context,
                    Forms.field("until", label: l(.availabilityUntilField), value: m.until, type: .datetimeLocal, required: true,
                                hint: l(.availabilityUntilHint, Int(DutyAvailabilityPanel.longest / 3600)), error: error("until")),
                    .if(m.regions.count > 1, Forms.select("region_id", label: l(.dutyRegion), options: m.regions, selected: m.regionID,
                                                          required: true, error: error("region_id"))),
                    .if(m.regions.count <= 1, .input(.type(.hidden), .name("region_id"), .value(m.regionID.attributeEscaped))),
                    Forms.submit(l(.availabilityDeclare)))
            )
        }
    }
}
