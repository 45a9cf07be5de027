import FarunCore
import Plot

/// How catalog values read on the pages: names in the page's language first, limits as count + unit + citation.
enum CatalogText {
    static func name(_ s: ServiceType, _ l: L10n) -> String { l.language == .en ? s.nameEn : s.nameZh }

    /// The name in the other language, with its `lang` so screen readers pronounce it right.
    static func otherName(_ s: ServiceType, _ l: L10n) -> Node<HTML.BodyContext> {
        let english = l.language != .en
        let text = english ? s.nameEn : s.nameZh
        return .if(!text.isEmpty, .p(.class("other-name"), .attribute(named: "lang", value: english ? "en" : "zh-CN"), .text(text)))
    }

    /// "15 个工作日", "30 days (calendar)"; a count of 0 reads "no statutory period".
    static func amount(_ limit: TimeLimit, _ l: L10n) -> String {
        limit.count == 0 ? l(.catalogNoStatutoryPeriod) : "\(limit.count) \(l.name("dayunit", limit.unit))"
    }

    static func channels(_ channels: Set<WorkOrderChannel>, _ l: L10n) -> String {
        WorkOrderChannel.allCases.filter(channels.contains).map { l.name("channel", $0) }
            .joined(separator: l.language == .en ? ", " : "、")
    }

    static func fee(_ s: ServiceType, _ l: L10n) -> String { s.isFree ? l(.catalogFree) : l(.catalogFee) }

    /// A limit: the amount, what it is for, and its citation; "not set by law" when there is none.
    static func limit(_ limit: TimeLimit?, _ l: L10n) -> Node<HTML.BodyContext> {
        guard let limit else { return .span(.class("no-limit"), .text(l(.catalogNoLimit))) }
        return .group(
            .strong(.class("amount"), .text(amount(limit, l))),
            .if(!limit.text.isEmpty, .text(l.language == .en ? " — " + limit.text : "（\(limit.text)）")),
            .span(.class("citation"), .text(l(.catalogBasis, limit.citation)))
        )
    }

    /// Whether any limit counts "N日" without saying which days, so the page explains how they are counted.
    static func hasUnspecifiedDays(_ s: ServiceType) -> Bool {
        ([s.acceptanceLimit, s.handlingLimit].compactMap { $0 } + s.otherLimits).contains { $0.unit == .unspecifiedDays && $0.count > 0 }
    }

    static func unspecifiedNote(_ unit: PeriodUnit, _ l: L10n) -> Node<HTML.BodyContext> {
        .p(.class("hint"), .text(l(.catalogUnspecifiedNote, l.name("unit", unit))))
    }
}
