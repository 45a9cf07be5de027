import Fluent
import FarunCore
import Vapor

/// 我现在可以接单: a lawyer declares they answer until a time (自主上线), or ends that early. Both come back to the
/// workbench; a refused form shows the workbench again with the problems in the panel.
enum DutyAvailabilityController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.POST, .dutyAvailability, access: .staff(.handleWorkOrders), use: declare)
        routes.on(.POST, .dutyAvailabilityEnd, access: .staff(.handleWorkOrders), use: end)
    }

    @Sendable static func declare(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.handleWorkOrders)
        let until = req.formValue("until") ?? "", regionID = req.formValue("region_id") ?? ""
        do {
            try await DutyAvailabilityQueries.declare(until: until, regionID: regionID, staff: staff, context: DutyRosterController.context(req), on: req.db)
            return req.redirect(to: SiteURL.consultationWorkbench.path(query: [("availability", "declared")]) + "#availability")
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            var model = try await ConsultationWorkbench.model(for: staff, now: req.now, policy: req.application.settings.consultationPolicy, on: req.db)
            var panel = try await DutyAvailabilityQueries.panel(for: staff, now: req.now, on: req.db)
            panel.until = String(until.prefix(20))
            panel.regionID = String(regionID.prefix(12))
            panel.problems = error.fieldProblems
            model.availability = panel
            return try await PageResponse(html: ConsultationWorkbenchPage.View(model: model, context: req.pageContext).document(),
                                          status: .unprocessableEntity).encodeResponse(for: req)
        }
    }

    @Sendable static func end(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.handleWorkOrders)
        try await DutyRosterStore.endAvailability(person: staff.id, context: DutyRosterController.context(req), on: req.db)
        return req.redirect(to: SiteURL.consultationWorkbench.path(query: [("availability", "ended")]) + "#availability")
    }
}

enum DutyAvailabilityQueries {
    /// The panel for `staff` at `now`: running declarations and the regions they may declare for.
    static func panel(for staff: StaffPrincipal, now: Date, on db: any Database) async throws -> DutyAvailabilityPanel.Model {
        let running = try await DutyAvailabilityRecord.query(on: db).filter(\.$person.$id == staff.id)
            .filter(\.$from <= now).filter(\.$until > now).sort(\.$until).all()
        let regions = try await Region.query(on: db).filter(\.$id ~~ running.map { $0.$region.id }).all()
        let names = Dictionary(regions.compactMap { r in r.id.map { ($0, r.name) } }, uniquingKeysWith: { a, _ in a })
        let choices = answeringRegions(staff)
        return .init(current: running.map { .init(until: $0.until, region: names[$0.$region.id] ?? $0.regionPath) },
                     regions: choices.map { .init(value: String($0.regionID), label: $0.regionName) }, until: "",
                     regionID: choices.first.map { String($0.regionID) } ?? "", problems: [], done: nil)
    }

    /// The grants in which the lawyer answers questions, one per region.
    static func answeringRegions(_ staff: StaffPrincipal) -> [StaffPrincipal.GrantInfo] {
        var seen: Set<Int> = []
        return staff.grantInfos.filter { ConsultationLawyer.answeringRoles.contains($0.role) && seen.insert($0.regionID).inserted }
    }

    /// Checks and records a declaration from now until `until` ("YYYY-MM-DDTHH:MM", China time): in the future,
    /// at most `DutyAvailabilityPanel.longest` ahead, for a region of one of the lawyer's answering grants.
    @discardableResult
    static func declare(until text: String, regionID: String, staff: StaffPrincipal, context: ConsultationContext,
                        on db: any Database) async throws -> DutyAvailabilityRecord {
        var problems: [FieldProblem] = []
        let until = parseChinaDateTime(text)
        if until == nil {
            problems.append(.init(field: "until", message: .availabilityErrorFormat))
        } else if let until, until <= context.now {
            problems.append(.init(field: "until", message: .availabilityErrorPast))
        } else if let until, until.timeIntervalSince(context.now) > DutyAvailabilityPanel.longest {
            problems.append(.init(field: "until", message: .availabilityErrorTooLong, args: [String(Int(DutyAvailabilityPanel.longest / 3600))]))
        }
        let grant = answeringRegions(staff).first { String($0.regionID) == regionID }
        if grant == nil { problems.append(.init(field: "region_id", message: .validationChoose)) }
        guard problems.isEmpty, let until, let grant else { throw AppError.validation(problems) }
        // Fields: all (the grant decides where; a lawyer who declares is ready for any question there).
        return try await DutyRosterStore.declareAvailability(person: staff.id, from: context.now, until: until, regionID: grant.regionID,
                                                             fields: [], context: context, on: db)
    }

    /// "2026-11-26T18:30" (what a datetime-local field sends) or with a space, read as Beijing time.
    static func parseChinaDateTime(_ text: String) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2, let day = LocalDate(String(parts[0])) else { return nil }
        var problems: [FieldProblem] = []
        let clock = parts[1].count > 5 ? parts[1].prefix(5) : parts[1]
        guard let time = DutyRosterQueries.parseTime(String(clock), field: "until", &problems) else { return nil }
        return ChinaPeriod.midnight(of: day).addingTimeInterval(TimeInterval(time.minutes * 60))
    }
}
