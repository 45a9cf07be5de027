import Fluent
import FarunCore
import Foundation

/// Puts the catalog's statutory limits on an order through the one calculator (`StatutoryPeriod`).
enum WorkOrderDeadlines {
    /// Recomputes the acceptance and handling due dates from the order's dates and recorded pauses.
    static func refresh(_ order: WorkOrder, service: ServiceType, calendar: WorkCalendar, settings: Settings, today: LocalDate, pauses: [PeriodPause]) {
        let unspecified = settings.unspecifiedDayUnit
        if let start = LocalDate(order.submittedOn), let limit = service.acceptanceLimit,
           let due = due(limit, from: start, unspecified: unspecified, calendar: calendar, pauses: pauses, today: today) {
            order.acceptanceDue = due.dueDate.description
            order.acceptanceDueProvisional = due.isProvisional
        } else {
            order.acceptanceDue = nil
            order.acceptanceDueProvisional = false
        }
        if let start = order.acceptedOn.flatMap(LocalDate.init), let limit = service.handlingLimit,
           let due = due(limit, from: start, unspecified: unspecified, calendar: calendar, pauses: pauses, today: today) {
            order.handlingDue = due.dueDate.description
            order.handlingDueProvisional = due.isProvisional
        } else {
            order.handlingDue = nil
            order.handlingDueProvisional = false
        }
    }

    static func due(_ limit: TimeLimit, from start: LocalDate, unspecified: PeriodUnit, calendar: WorkCalendar,
                    pauses: [PeriodPause], today: LocalDate) -> Deadline? {
        guard limit.count > 0, let unit = limit.periodUnit(unspecifiedDaysAre: unspecified) else { return nil }
        return StatutoryPeriod.due(from: start, count: limit.count, unit: unit, calendar: calendar, pauses: pauses, asOf: today)
    }

    /// The flag for the period running now, or `.onTime` when no clock runs (paused, final, no limit).
    static func flag(_ order: WorkOrder, service: ServiceType, calendar: WorkCalendar, settings: Settings, today: LocalDate, pauses: [PeriodPause]) -> DeadlineFlag {
        guard order.state.clockRuns else { return .onTime }
        let running: (TimeLimit, String?, String?)? =
            order.acceptedOn == nil
            ? service.acceptanceLimit.map { ($0, order.submittedOn, order.acceptanceDue) }
            : service.handlingLimit.map { ($0, order.acceptedOn, order.handlingDue) }
        guard let (limit, startText, dueText) = running, let start = startText.flatMap(LocalDate.init),
              let dueDate = dueText.flatMap(LocalDate.init),
              let unit = limit.periodUnit(unspecifiedDaysAre: settings.unspecifiedDayUnit)
        else { return .onTime }
        let deadline = Deadline(dueDate: dueDate, isProvisional: false, pausedDays: 0, openPause: false)
        let fraction = StatutoryPeriod.elapsedFraction(
            from: start, deadline: deadline, count: limit.count, unit: unit, calendar: calendar, pauses: pauses, today: today)
        return DeadlineFlag.from(elapsedFraction: fraction, pastDue: today > dueDate)
    }

    static func pauses(of orderID: Int, on db: any Database) async throws -> [PeriodPause] {
        try await WorkOrderPause.query(on: db).filter(\.$workOrder.$id == orderID).sort(\.$id).all().compactMap(\.period)
    }
}
