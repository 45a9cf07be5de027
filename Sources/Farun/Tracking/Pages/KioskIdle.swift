import FarunCore
import Plot

/// The inactivity return of kiosk pages (Resources/assets/kiosk.js): hidden until the script runs, so that
/// without JavaScript nothing promises a countdown that will not happen.
enum KioskIdle {
    static func notice(home: String, seconds: Int, l: L10n) -> Node<HTML.BodyContext> {
        .group(
            .div(
                .class("kiosk-idle"), .attribute(named: "hidden", value: "hidden"), .attribute(named: "role", value: "timer"),
                .attribute(named: "data-kiosk-return", value: home.attributeEscaped), .attribute(named: "data-kiosk-seconds", value: String(seconds)),
                .p(.text(l(.kioskIdle)), .text(" "), .strong(.attribute(named: "data-kiosk-countdown", value: "countdown"), .text(String(seconds))),
                   .text(" " + l(.kioskSeconds))),
                .button(.type(.button), .class("button secondary"), .attribute(named: "data-kiosk-stay", value: "stay"), .text(l(.kioskStay)))
            ),
            .script(.src(SiteURL.asset("kiosk.js").path), .attribute(named: "defer", value: "defer"))
        )
    }
}
