import FarunCore
import Foundation
import Plot
import Testing
@testable import Farun

/// Everything an administrator types into the catalog reaches citizens' pages: each must stay text.
@Suite struct CatalogPageEscapingTests {
    static func hostileService(_ payload: String) -> ServiceType {
        let limit = TimeLimit(count: 7, unit: .unspecifiedDays, ruleID: payload, citation: payload, text: payload)
        return ServiceType(code: "X", nameZh: payload, nameEn: payload, handler: payload,
                           materials: [.init(item: payload, basis: payload), .init(item: payload, basis: payload, isRequired: false)],
                           acceptanceLimit: limit, handlingLimit: limit, otherLimits: [limit], channels: [.window], isFree: false)
    }

    private func expectNoLiveMarkup(_ html: String, _ comment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let violations = MarkupCheck.violations(in: html)
        #expect(violations.isEmpty, "\(comment):\n\(violations.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    @Test(arguments: Hostile.payloads)
    func thePublicListEscapesNamesHandlerAndLimits(payload: String) {
        // setup
        let model = ServiceCatalogPage.Model(entries: [.init(id: 1, service: Self.hostileService(payload))], unspecifiedDaysAre: .calendarDays)
        // act
        let html = PageHTML.served(ServiceCatalogPage.View(model: model, context: Hostile.context(payload, staff: false)).document())
        // check
        expectNoLiveMarkup(html, "ServiceCatalogPage")
    }

    @Test(arguments: Hostile.payloads)
    func theSheetEscapesMaterialsAndCitations(payload: String) {
        // setup
        let model = ServiceSheetPage.Model(id: 1, service: Self.hostileService(payload), unspecifiedDaysAre: .calendarDays)
        // act
        let html = PageHTML.served(ServiceSheetPage.View(model: model, context: Hostile.context(payload, staff: false, language: .en)).document())
        // check
        expectNoLiveMarkup(html, "ServiceSheetPage")
    }

    @Test(arguments: Hostile.payloads)
    func theAdminListEscapesNamesAndTheQuery(payload: String) {
        // setup
        var model = CatalogAdminIndexPage.Model.mock
        model.rows = [.init(id: 1, service: Self.hostileService(payload), retired: true)]
        model.query = payload
        // act
        let html = PageHTML.served(CatalogAdminIndexPage.View(model: model, context: Hostile.context(payload, staff: true)).document())
        // check
        expectNoLiveMarkup(html, "CatalogAdminIndexPage")
    }

    @Test(arguments: Hostile.payloads)
    func theAdminFormEscapesEveryTypedValueAndProblemArgument(payload: String) {
        // setup
        var edit = ServiceCatalogEdit(Self.hostileService(payload))
        edit.code = payload
        edit.channels = [payload]
        edit.acceptance.count = payload
        let problems = [FieldProblem(field: "code", message: .catalogCodeTaken, args: [payload]),
                        FieldProblem(field: "materials", message: .catalogLineTooLong, args: [payload, payload])]
        let newModel = CatalogAdminFormPage.Model(id: nil, edit: edit, version: 0, retired: false, problems: problems, stale: false, canManage: true, done: payload)
        var editModel = newModel
        editModel.id = 1
        editModel.stale = true
        // act
        let pages = [newModel, editModel].map { PageHTML.served(CatalogAdminFormPage.View(model: $0, context: Hostile.context(payload, staff: true)).document()) }
        // check
        for html in pages { expectNoLiveMarkup(html, "CatalogAdminFormPage") }
    }

    @Test(arguments: Hostile.payloads)
    func theRetirePageEscapesNameAndCode(payload: String) {
        // setup
        let model = CatalogRetirePage.Model(id: 1, code: payload, name: payload, retired: true, version: 1)
        // act
        let html = PageHTML.served(CatalogRetirePage.View(model: model, context: Hostile.context(payload, staff: true)).document())
        // check
        expectNoLiveMarkup(html, "CatalogRetirePage")
    }
}
