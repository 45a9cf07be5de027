import FarunCore
import Foundation
import Plot
import Testing
@testable import Farun

/// Every string a citizen, clerk or administrator can type into a work order, unit or rule, filled with
/// cross-site scripting payloads: the served pages must contain no live markup made from them.
@Suite struct WorkOrderPageEscapingTests {
    private func expectNoLiveMarkup(_ html: String, _ comment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let violations = MarkupCheck.violations(in: html)
        #expect(violations.isEmpty, "\(comment):\n\(violations.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    static func service(_ p: String) -> WorkOrderIntakePage.ServiceInfo {
        .init(code: p, name: p, channels: ["window", p], materials: [.init(item: p, basis: p, required: false)], limits: [p], free: true)
    }

    @Test(arguments: Hostile.payloads)
    func intakeFormEscapesTypedValuesServiceDataRegionsAndProblems(payload p: String) {
        // setup
        var values = WorkOrderIntakePage.Values()
        (values.service, values.channel, values.requesterName, values.requesterPhone, values.residentID) = (p, p, p, p, p)
        (values.matter, values.regionID, values.servicePointID, values.priority, values.greenChannel) = (p, p, p, p, p)
        (values.greenChannelNote, values.follows, values.parent) = (p, p, p)
        let model = WorkOrderIntakePage.Model(
            values: values, services: [Self.service(p)], channels: [.window], regions: [.init(value: p, label: p)],
            points: [.init(value: p, label: p)], problems: [FieldProblem(field: "follows", message: .errorOrderNumberNotFound, args: [p])])
        // act
        let html = PageHTML.served(WorkOrderIntakePage.View(model: model, context: Hostile.context(p, staff: true)).document())
        // check
        expectNoLiveMarkup(html, "WorkOrderIntakePage")
        #expect(!html.contains("data-services=\"[{\"code"))
    }

    @Test(arguments: Hostile.payloads)
    func receiptEscapesRequesterMatterServiceAndPlaces(payload p: String) {
        // setup
        var model = WorkOrderReceiptPage.Model.mock
        (model.bureauName, model.number, model.serviceName, model.requesterName, model.phoneMasked) = (p, p, p, p, p)
        (model.residentIDMasked, model.region, model.servicePoint, model.matter, model.trackAddress, model.clerkName) = (p, p, p, p, p, p)
        model.materials = [.init(item: p, basis: p, required: false)]
        model.missingMaterials = [p]
        model.handlingDue = nil
        model.handlingLimit = p
        // act
        let html = PageHTML.served(WorkOrderReceiptPage.View(model: model, context: Hostile.context(p, staff: true)).document())
        // check
        expectNoLiveMarkup(html, "WorkOrderReceiptPage")
    }

    @Test(arguments: Hostile.payloads)
    func workbenchEscapesRowsFiltersQueuesAndOptions(payload p: String) {
        // setup
        var model = WorkbenchPage.Model.mock
        model.rows = [.init(id: 1, number: p, service: p, requesterName: p, phoneMasked: p, state: .accepted, unit: p, assignee: p, due: p,
                            provisional: true, flag: .overdue, greenChannel: .other, priority: .urgent)]
        model.filter = .init(view: .all, number: p, phone: p, name: p, service: p, state: p, from: p, to: p, region: p)
        model.page = PageInfo(request: PageRequest(page: 2, per: 30), total: 90)
        model.queues = [.init(unitID: 1, name: p, waiting: 2)]
        model.services = [.init(value: p, label: p)]
        model.regions = [.init(value: p, label: p)]
        // act
        let html = PageHTML.served(WorkbenchPage.View(model: model, context: Hostile.context(p, staff: true)).document())
        // check
        expectNoLiveMarkup(html, "WorkbenchPage")
    }

    @Test(arguments: Hostile.payloads)
    func orderPageEscapesEveryFieldTheTimelineAttachmentsAndWhatWasTyped(payload p: String) {
        // setup
        var model = WorkOrderPage.Model.mock
        (model.number, model.serviceName, model.greenChannelNote, model.requesterName, model.phone) = (p, p, p, p, p)
        (model.residentIDMasked, model.matter, model.region, model.servicePoint, model.unit, model.assignee, model.outcome) = (p, p, p, p, p, p, p)
        model.phoneRevealed = true
        model.state = .supplementRequested
        model.missingMaterials = [p]
        model.children = [.init(id: 3, number: p, state: .accepted)]
        model.attachments = [.init(id: 1, fileName: p, size: 10, uploadedBy: p, at: PageHTML.fixedDate)]
        model.timeline = [.init(at: PageHTML.fixedDate, actor: p, action: p, from: .submitted, to: .accepted, note: p)]
        model.steps = [.init(action: .assign, assignees: [.init(value: p, label: p)]), .init(action: .transfer, targets: [.init(value: p, label: p)]),
                       .init(action: .refuse), .init(action: .requestSupplement)]
        model.error = p
        model.attempt = .init(action: .refuse, reason: p, missingMaterials: p, assigneeID: p, targetUnitID: p,
                              problems: [FieldProblem(field: "reason", message: .validationTooLong, args: [p])])
        model.uploadProblem = p
        model.done = p
        // act
        let html = PageHTML.served(WorkOrderPage.View(model: model, context: Hostile.context(p, staff: true)).document())
        // check
        expectNoLiveMarkup(html, "WorkOrderPage")
    }

    @Test(arguments: Hostile.payloads)
    func unitPagesEscapeUnitNamesRegionsPeopleAndConfirmations(payload p: String) {
        // setup
        let index = UnitIndexPage.Model(
            rows: [.init(id: 1, name: p, region: p, strategy: .claim, head: p, members: 1, waiting: 1, retired: true)],
            page: PageInfo(request: PageRequest(page: 2, per: 30), total: 90), query: p, done: p)
        let form = UnitFormPage.Model(
            id: 1, input: .init(name: p, regionID: p, strategy: p, headID: p, phone: p), regions: [.init(value: p, label: p)],
            heads: [.init(value: p, label: p)], problems: [FieldProblem(field: "name", message: .validationTooLong, args: [p])],
            members: [.init(id: 1, staffID: 2, name: p, capacity: 3, openLoad: 1)], candidates: [.init(value: p, label: p)],
            memberInput: .init(staffID: p, capacity: p), memberProblems: [FieldProblem(field: "capacity", message: .validationTooLong, args: [p])], done: p)
        let rules = RoutingRulesPage.Model(
            rows: [.init(id: 1, service: p, region: p, unit: p, unitRetired: true)], page: PageInfo(request: PageRequest(page: 2, per: 50), total: 150),
            input: .init(service: p, regionID: p, unitID: p), services: [.init(value: p, label: p)], regions: [.init(value: p, label: p)],
            units: [.init(value: p, label: p)], problems: [FieldProblem(field: "unit_id", message: .validationTooLong, args: [p])], done: p)
        let context = Hostile.context(p, staff: true)
        // act
        let pages = [
            ("UnitIndexPage", PageHTML.served(UnitIndexPage.View(model: index, context: context).document())),
            ("UnitFormPage", PageHTML.served(UnitFormPage.View(model: form, context: context).document())),
            ("RoutingRulesPage", PageHTML.served(RoutingRulesPage.View(model: rules, context: context).document())),
        ]
        // check
        for (name, html) in pages { expectNoLiveMarkup(html, name) }
    }
}
