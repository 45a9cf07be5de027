import FarunCore
import Plot

extension TrackFormPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let message: String? = switch model.notice {
            case .noMatch: l(.trackNoMatch)
            case .tooManyAttempts(let minutes): l(.trackTooMany, minutes)
            case .expired: l(.trackExpired)
            case nil: nil
            }
            return Layout.page(l(.trackTitle), context: context,
                .pageHeading(l(.trackTitle), lead: l(.trackLead)),
                .unwrap(message) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                Forms.form(id: "track-form", action: SiteURL.track.path, context: context,
                    CitizenIntakeFields.input("number", label: l(.trackNumber), value: model.number, required: true, maxLength: 40,
                                              hint: l(.trackNumberHint), error: nil, autocomplete: "off"),
                    CitizenIntakeFields.input("phone", label: l(.trackPhone), value: "", type: .tel, required: true, maxLength: 20,
                                              hint: l(.trackPhoneHint), error: nil, autocomplete: "tel"),
                    .div(.class("actions"), .button(.type(.submit), .class("button primary wide"), .text(l(.trackButton))))
                ),
                .p(.class("hint"), .text(l(.trackPrivacy))),
                .p(.a(.href(SiteURL.apply.path), .text(l(.trackApplyLink))))
            )
        }
    }
}
