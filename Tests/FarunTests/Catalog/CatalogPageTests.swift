import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// The catalog's pages rendered from their mock models: snapshots, and escaping of everything an
/// administrator types (names, handler, materials, limits).
@Suite struct CatalogPageTests {
    let zh = L10n(.zhHans)

    @Test func thePublicListShowsEachServiceWithLimitsAndALinkToItsSheet() {
        // setup
        let view = ServiceCatalogPage.View(model: .mock, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("href=\"/services/2\"") && served.contains("href=\"/services/4\""))
        #expect(served.contains("<p class=\"other-name\" lang=\"en\">Legal aid</p>"))
        #expect(served.contains("15 个工作日"))
        #expect(served.contains(zh(.catalogNoLimit)))
        #expect(served.contains(zh(.catalogUnspecifiedNote, zh.name("unit", PeriodUnit.calendarDays))))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func thePublicListInEnglishPutsEnglishNamesFirst() {
        // setup
        let view = ServiceCatalogPage.View(model: .mock, context: .mock(language: .en, staff: false))
        // act
        let served = PageHTML.served(view.document())
        // check
        #expect(served.contains(">Legal aid</a></h2>"))
        #expect(served.contains("<p class=\"other-name\" lang=\"zh-CN\">法律援助</p>"))
        #expect(served.contains("15 working days"))
    }

    @Test func theSheetMarksOptionalMaterialsAndCitesEveryLimit() {
        // setup
        let view = ServiceSheetPage.View(model: .mock, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<title>法律援助 · 一次性告知单 · "))
        #expect(served.components(separatedBy: "class=\"badge required-material\"").count - 1 == 2)
        #expect(served.components(separatedBy: "class=\"badge optional-material\"").count - 1 == 1)
        #expect(served.components(separatedBy: "<span class=\"citation\">").count - 1 == 3)
        #expect(served.contains("hidden=\"hidden\""), "the print button appears only with scripts")
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theAdminListMarksRetiredServicesAndOffersNewToManagers() {
        // setup
        let view = CatalogAdminIndexPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("href=\"/admin/services/new\""))
        #expect(served.contains(zh(.catalogStatusRetired)))
        #expect(served.contains(zh(.catalogTableCaption, 2)))
        #expect(served.contains("<li><a href=\"/admin/services\">\(zh(.catalogAdminTitle))</a></li>"), "the staff navigation links here")
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theAdminFormShowsEveryProblemNextToItsFieldAndKeepsTheVersion() {
        // setup
        var model = CatalogAdminFormPage.Model.mock
        model.edit.nameZh = ""
        model.edit.materials += "\n没有依据的材料"
        model.problems = [.init(field: "name_zh", message: .validationRequired),
                          .init(field: "materials", message: .catalogLineBasisMissing, args: ["4"]),
                          .init(field: "acceptance_unit", message: .catalogLimitNotDays),
                          .init(field: "channels", message: .catalogChannelsRequired)]
        let view = CatalogAdminFormPage.View(model: model, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<a href=\"#materials\">第 4 项：缺少法律依据"))
        #expect(served.contains("id=\"acceptance_unit-error\""))
        #expect(served.contains("id=\"channels-error\""))
        #expect(served.contains("name=\"version\" value=\"3\""))
        #expect(!served.contains("name=\"code\""), "the code is not editable once created")
        #expect(served.contains("href=\"/admin/services/2/retire\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theAdminFormAfterAStaleSaveSaysSoAndOffersTheLatestVersion() {
        // setup
        var model = CatalogAdminFormPage.Model.mock
        model.stale = true
        let view = CatalogAdminFormPage.View(model: model, context: .mock(language: .zhHans, staff: true))
        // act
        let served = PageHTML.served(view.document())
        // check
        #expect(served.contains(zh(.catalogStale)))
        #expect(served.contains("<a href=\"/admin/services/2\">\(zh(.catalogReload))</a>"))
    }

    @Test func theNewServiceFormAsksForTheCodeAndHasNoRetireAction() {
        // setup
        let model = CatalogAdminFormPage.Model(id: nil, edit: .init(channels: ["window"], isFree: true), version: 0, retired: false,
                                               problems: [], stale: false, canManage: true, done: nil)
        let view = CatalogAdminFormPage.View(model: model, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("action=\"/admin/services/new\""))
        #expect(served.contains("name=\"code\""))
        #expect(!served.contains("/retire"))
        #expect(served.contains("id=\"is_free\" name=\"is_free\" value=\"1\" checked=\"checked\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theRetirePageAsksBeforeRetiringWithoutNeedingScripts() {
        // setup
        let view = CatalogRetirePage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("action=\"/admin/services/4/retire\""))
        #expect(served.contains("name=\"action\" value=\"retire\""))
        #expect(!served.contains("data-confirm"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }
}
