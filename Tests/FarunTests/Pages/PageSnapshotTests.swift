import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// Every page rendered from its mock model. Snapshots are indented HTML, one element per line, so a review
/// diff shows exactly which element changed. Checks on structure run against the served (unindented) HTML.
@Suite struct PageSnapshotTests {
    let zh = L10n(.zhHans)
    let en = L10n(.en)

    // MARK: - Public pages

    @Test func homeShowsEightEntrancesAndMarksQuickAnswersAsNotYetOnline() {
        // setup
        let view = HomePage.View(model: .mock, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.components(separatedBy: "<li class=\"entrance").count - 1 == 8)
        #expect(served.components(separatedBy: "class=\"entrance unavailable\"").count - 1 == 1)
        #expect(served.contains(zh(.homeLead, 26, 34)))
        #expect(served.contains("lang=\"zh-CN\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func homeInEnglishOffersTheSwitchBackToChinese() {
        // setup
        let view = HomePage.View(model: .mock, context: .mock(language: .en, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("lang=\"en\""))
        #expect(served.contains(en(.homeTitle)))
        #expect(served.contains("lang=\"zh-CN\">中文</a>"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "en")
    }

    @Test func errorPageShowsMessageStatusAndRequestReference() {
        // setup
        let view = ErrorPage.View(model: .mock, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("找不到该页面。"))
        #expect(served.contains(zh(.errorReference, 404, "req-123")))
        #expect(served.contains("href=\"/\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func servicePointFinderShowsCardsWithDialablePhoneLink() {
        // setup
        let view = ServicePointFinderPage.View(model: .mock, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("href=\"tel:0357-5221234\""))
        #expect(served.contains("href=\"/service-points/1\""))
        #expect(served.contains(zh(.finderCount, 1)))
        #expect(!served.contains("class=\"pagination\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func servicePointFinderInEnglishNamesKindsInEnglish() {
        // setup
        let view = ServicePointFinderPage.View(model: .mock, context: .mock(language: .en, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(en.name("kind", ServicePointKind.center)))
        #expect(served.contains(en(.finderTitle)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "en")
    }

    @Test func servicePointFinderWithoutPointsSuggestsTheHotline() {
        // setup
        var model = ServicePointFinderPage.Model.mock
        model.points = []
        model.page = PageInfo(request: PageRequest(page: 1, per: 20), total: 0)
        model.query = "不存在的地址"
        let view = ServicePointFinderPage.View(model: model, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(zh(.finderEmpty)))
        #expect(served.contains(zh(.finderCount, 0)))
        #expect(!served.contains("class=\"card\""))
        #expect(served.contains("value=\"不存在的地址\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func servicePointDetailShowsNameAsHeadingWithNotice() {
        // setup
        let card = ServicePointFinderPage.Model.mock.points[0]
        let view = ServicePointDetailPage.View(model: card, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<h1>古县公共法律服务中心</h1>"))
        #expect(served.contains("法律援助咨询每周三有值班律师"))
        #expect(served.contains("href=\"/service-points\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func professionalDirectoryLinksEachCardToItsProfile() {
        // setup
        let view = ProfessionalDirectoryPage.View(model: .mock, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("href=\"/professionals/1\""))
        #expect(served.contains("王晓东"))
        #expect(served.contains(zh(.directoryCount, 1)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func professionalDirectoryWithoutCardsSaysNobodyMatches() {
        // setup
        var model = ProfessionalDirectoryPage.Model.mock
        model.cards = []
        model.page = PageInfo(request: PageRequest(page: 1, per: 20), total: 0)
        model.filter = .init(text: "赵", specialty: .criminal, profession: .notary, regionID: 1)
        let view = ProfessionalDirectoryPage.View(model: model, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(zh(.directoryEmpty)))
        #expect(!served.contains("class=\"card\""))
        #expect(served.contains("<option value=\"criminal\" selected=\"selected\">"))
        #expect(served.contains("<option value=\"notary\" selected=\"selected\">"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func professionalProfileListsSpecialtiesLanguagesAndRegions() {
        // setup
        let card = ProfessionalDirectoryPage.Model.mock.cards[0]
        let view = ProfessionalProfilePage.View(model: card, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<h1>王晓东</h1>"))
        #expect(served.contains(zh.name("field", LegalField.labour) + "、" + zh.name("field", LegalField.contract)))
        #expect(served.contains(zh.name("language", ServiceLanguage.jin)))
        #expect(served.contains("11410201510123456"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    // MARK: - Citizen accounts

    @Test func citizenSignUpKeepsPhoneAndNameButNeverPasswords() {
        // setup
        let view = CitizenSignUpPage.View(model: .mock, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("value=\"13800138000\""))
        #expect(served.contains("value=\"张先生\""))
        #expect(served.contains(zh(.passwordPolicyHint, 10)))
        #expect(served.contains("csrf-token-for-tests"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func citizenSignInPostsToSignInWithHiddenNext() {
        // setup
        let view = CitizenSignInPage.View(model: .mock, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("action=\"/account/sign-in\""))
        #expect(served.contains("name=\"next\""))
        #expect(!served.contains("class=\"error-summary\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func citizenHomeShowsMaskedPhoneAndSignOut() {
        // setup
        let view = CitizenHomePage.View(model: .mock, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("138****8000"))
        #expect(!served.contains("13800138000"))
        #expect(served.contains("action=\"/account/sign-out\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    // MARK: - Staff sign-in and account

    @Test func staffSignInKeepsUsernameAndNextInTheForm() {
        // setup
        let view = StaffSignInPage.View(model: .mock, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("value=\"admin\""))
        #expect(served.contains("value=\"/admin/regions\""))
        #expect(served.contains("autocomplete=\"current-password\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func staffSignInInEnglishShowsTheErrorSummary() {
        // setup
        var model = StaffSignInPage.Model.mock
        model.error = en(.signInInvalid)
        let view = StaffSignInPage.View(model: model, context: .mock(language: .en, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("role=\"alert\""))
        #expect(served.contains(en(.signInInvalid)))
        #expect(served.contains(en(.signInTitle)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "en")
    }

    @Test func passwordPageWhenForcedExplainsWhyAndHidesSignOutEverywhere() {
        // setup
        let view = PasswordPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(zh(.passwordForcedLead)))
        #expect(!served.contains("/staff/sign-out-everywhere"))
        #expect(served.contains(zh(.passwordPolicyHint, PasswordPolicy.minimumLength)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func passwordPageShowsPolicyProblemsNextToTheirFields() {
        // setup
        let model = PasswordPage.Model(forced: false, problems: [
            FieldProblem(field: "current_password", message: .validationRequired),
            FieldProblem(field: "new_password", message: .passwordTooShort, args: ["10", "128"]),
            FieldProblem(field: "confirm_password", message: .passwordConfirmMismatch),
        ])
        let view = PasswordPage.View(model: model, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(zh(.formHasProblems)))
        #expect(served.contains("<a href=\"#new_password\">\(zh(.passwordTooShort, 10))</a>"))
        #expect(served.contains("id=\"new_password-error\""))
        #expect(served.contains("aria-describedby=\"new_password-hint new_password-error\""))
        #expect(served.contains("aria-invalid=\"true\""))
        #expect(served.contains("/staff/sign-out-everywhere"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func staffHomeLinksEveryAreaTheStaffMayOpen() {
        // setup
        let view = StaffHomePage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        for path in ["/admin/regions", "/admin/service-points", "/admin/staff", "/admin/tokens", "/admin/audit", "/staff/profile"] {
            #expect(served.contains("href=\"\(path)\""), "missing link \(path)")
        }
        #expect(served.contains(zh(.staffHomeGreeting, "管理员")))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func staffHomeForALawyerOffersOnlyViewingAndOwnProfile() {
        // setup
        let model = StaffHomePage.Model(displayName: "王晓东", grants: ["律师 · 古县"], permissions: StaffRole.lawyer.permissions, done: "saved")
        let view = StaffHomePage.View(model: model, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("href=\"/staff/profile\""))
        #expect(served.contains("href=\"/staff/consultations\""), "a lawyer reaches the 快解答 workbench from home")
        #expect(!served.contains("href=\"/staff/faq-reviews\"") && !served.contains("href=\"/staff/legal-aid\""))
        #expect(!served.contains("href=\"/admin/tokens\""))
        #expect(!served.contains("href=\"/admin/audit\""))
        #expect(served.contains(zh(.flashSaved)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func ownProfileHidesThePublicLinkWhileTheProfileIsPrivate() {
        // setup
        let view = OwnProfilePage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("value=\"古县公证处（演示）\""))
        #expect(!served.contains("href=\"/professionals/4\""))
        #expect(served.contains("value=\"inheritance\" checked=\"checked\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    // MARK: - Regions

    @Test func regionIndexRendersRowsWithLocalCodeBadge() {
        // setup
        let view = RegionIndexPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("141025100400<span class=\"badge\">\(zh(.regionCodeLocal))</span>"))
        #expect(served.contains("href=\"/admin/regions/3\""))
        #expect(served.contains(zh(.regionsTableCaption, 3)))
        #expect(!served.contains("class=\"pagination\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func regionIndexWithoutRowsShowsEmptyNoticeInsteadOfTable() {
        // setup
        var model = RegionIndexPage.Model.mock
        model.rows = []
        model.page = PageInfo(request: PageRequest(page: 1, per: 50), total: 0)
        model.query = "无此地"
        let view = RegionIndexPage.View(model: model, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<p class=\"empty\">\(zh(.listEmpty))</p>"))
        #expect(!served.contains("<table"))
        #expect(!served.contains("class=\"pagination\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func regionIndexOnPageTwoOfFiveLinksBothWaysKeepingTheFilters() {
        // setup
        var model = RegionIndexPage.Model.mock
        model.page = PageInfo(request: PageRequest(page: 2, per: 50), total: 250)
        model.query = "岳阳"
        model.level = .village
        model.parentID = 2
        model.includeRetired = false
        let view = RegionIndexPage.View(model: model, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("class=\"pagination\""))
        #expect(served.contains(zh(.paginationStatus, 2, 5, 250)))
        #expect(served.contains("rel=\"prev\" href=\"/admin/regions?q=%E5%B2%B3%E9%98%B3&amp;level=village&amp;parent=2&amp;page=1\""))
        #expect(served.contains("rel=\"next\" href=\"/admin/regions?q=%E5%B2%B3%E9%98%B3&amp;level=village&amp;parent=2&amp;page=3\""))
        #expect(served.contains("<input type=\"hidden\" name=\"parent\" value=\"2\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func regionFormPreselectsParentAndOffersOnlyLevelsBelowProvince() {
        // setup
        let view = RegionFormPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<option value=\"2\" selected=\"selected\">古县 / 岳阳镇</option>"))
        #expect(served.contains("<option value=\"village\" selected=\"selected\">"))
        #expect(!served.contains("value=\"province\""))
        #expect(!served.contains("class=\"error-summary\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func regionFormShowsProblemSummaryLinkedToTheFields() {
        // setup
        var model = RegionFormPage.Model.mock
        model.values = .init(parentID: nil, level: "", name: "", code: "12345")
        model.problems = [
            FieldProblem(field: "parent_id", message: .validationChoose),
            FieldProblem(field: "level", message: .validationChoose),
            FieldProblem(field: "name", message: .validationRequired),
            FieldProblem(field: "code", message: .regionCodeInvalid),
        ]
        let view = RegionFormPage.View(model: model, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("class=\"error-summary\" role=\"alert\""))
        for field in ["parent_id", "level", "name", "code"] {
            #expect(served.contains("<a href=\"#\(field)\">"), "summary misses \(field)")
            #expect(served.contains("id=\"\(field)-error\""), "field misses its error: \(field)")
        }
        #expect(served.contains(zh(.regionCodeInvalid)))
        #expect(served.contains("value=\"12345\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func regionShowOffersRenameMergeAndRetireToManagers() {
        // setup
        let view = RegionShowPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("id=\"rename-form\""))
        #expect(served.contains("id=\"merge-form\""))
        #expect(served.contains("action=\"/admin/regions/2/retire\""))
        #expect(served.contains("href=\"/admin/regions/new?parent=2\""))
        #expect(served.contains(Formatting.dateTime(PageHTML.fixedDate, zh)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func regionShowInEnglishUsesEnglishLevelAndDates() {
        // setup
        let view = RegionShowPage.View(model: .mock, context: .mock(language: .en, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(en.name("level", RegionLevel.township)))
        #expect(served.contains(Formatting.dateTime(PageHTML.fixedDate, en)))
        #expect(served.contains(en(.regionsRename)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "en")
    }

    @Test func regionShowOfARetiredMergedRegionIsReadOnlyAndLinksTheTarget() {
        // setup
        var model = RegionShowPage.Model.mock
        model.retired = true
        model.mergedInto = (id: 4, name: "北平镇")
        model.children = []
        model.childCount = 0
        model.history = []
        let view = RegionShowPage.View(model: model, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("href=\"/admin/regions/4\">北平镇</a>"))
        #expect(!served.contains("id=\"rename-form\""))
        #expect(!served.contains("id=\"merge-form\""))
        #expect(!served.contains("/admin/regions/2/retire"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    // MARK: - Service points (staff)

    @Test func servicePointIndexMarksClosedPoints() {
        // setup
        let view = ServicePointIndexPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<td>\(zh(.statusClosed))</td>"))
        #expect(served.contains("<td>\(zh(.statusOpen))</td>"))
        #expect(served.contains("href=\"/admin/service-points/new\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func servicePointIndexOnTheLastPageLinksOnlyBackwards() {
        // setup
        var model = ServicePointIndexPage.Model.mock
        model.page = PageInfo(request: PageRequest(page: 5, per: 30), total: 122)
        model.kind = .workstation
        let view = ServicePointIndexPage.View(model: model, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(zh(.paginationStatus, 5, 5, 122)))
        #expect(served.contains("rel=\"prev\" href=\"/admin/service-points?kind=workstation&amp;closed=1&amp;page=4\""))
        #expect(!served.contains("rel=\"next\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func servicePointFormEditingAnOpenPointOffersCloseAndPublicPage() {
        // setup
        let view = ServicePointFormPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("action=\"/admin/service-points/7\""))
        #expect(served.contains("action=\"/admin/service-points/7/close\""))
        #expect(served.contains("href=\"/service-points/7\""))
        #expect(served.contains(">春节期间暂停接待</textarea>"))
        #expect(served.contains("<option value=\"center\" selected=\"selected\">"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func servicePointFormForANewPointPostsToNewWithoutCloseAction() {
        // setup
        let model = ServicePointFormPage.Model(id: nil, input: .init(), regions: [.init(value: "1", label: "古县")],
                                               problems: [], canManage: true, closed: false, done: nil)
        let view = ServicePointFormPage.View(model: model, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("action=\"/admin/service-points/new\""))
        #expect(!served.contains("/close\""))
        #expect(served.contains("<h1>\(zh(.servicePointsAdd))</h1>"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func servicePointFormShowsTooLongRequiredAndCapacityProblems() {
        // setup
        var model = ServicePointFormPage.Model.mock
        model.input.name = String(repeating: "长", count: 81)
        model.input.address = ""
        model.input.capacity = "很多"
        model.problems = [
            FieldProblem(field: "name", message: .validationTooLong, args: ["80"]),
            FieldProblem(field: "address", message: .validationRequired),
            FieldProblem(field: "capacity", message: .servicePointCapacityInvalid),
        ]
        let view = ServicePointFormPage.View(model: model, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(zh(.validationTooLong, 80)))
        #expect(served.contains("id=\"address-error\""))
        #expect(served.contains("aria-describedby=\"capacity-hint capacity-error\""))
        #expect(served.contains("value=\"很多\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    // MARK: - Staff administration

    @Test func staffIndexListsAccountsWithTheirGrantsAndStatus() {
        // setup
        let view = StaffIndexPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("href=\"/admin/staff/2\">clerk.yueyang</a>"))
        #expect(served.contains("<td>\(zh(.statusDisabled))</td>"))
        #expect(served.contains("古县·司法局管理员"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func staffNewPreselectsRoleAndRegion() {
        // setup
        let view = StaffNewPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<option value=\"window_clerk\" selected=\"selected\">"))
        #expect(served.contains("<option value=\"1\" selected=\"selected\">古县</option>"))
        #expect(served.contains("value=\"clerk.new\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func staffMemberShowsProfileFormGrantsAndAccountActions() {
        // setup
        let view = StaffMemberPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("action=\"/admin/staff/3/grants/9/delete\""))
        #expect(served.contains("action=\"/admin/staff/3/disable\""))
        #expect(served.contains("action=\"/admin/staff/3/reset-password\""))
        #expect(served.contains("value=\"labour\" checked=\"checked\""))
        #expect(served.contains("王晓东（lawyer.wang）"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func staffMemberViewingThemselvesCannotResetOrDisableTheirOwnAccount() {
        // setup
        var model = StaffMemberPage.Model.mock
        model.isSelf = true
        model.locked = true
        model.mustChangePassword = true
        model.profile = nil
        let view = StaffMemberPage.View(model: model, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(!served.contains("/reset-password"))
        #expect(!served.contains("/disable"))
        #expect(served.contains(zh(.staffLocked)))
        #expect(!served.contains("name=\"organisation\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func oneTimePasswordShowsTheNewPasswordAndLinksBackToTheAccount() {
        // setup
        let view = OneTimePasswordPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<code class=\"otp\">ab3DE4fg5HJ6</code>"))
        #expect(served.contains("href=\"/admin/staff/5\""))
        #expect(served.contains(zh(.otpCreated)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func tokensListsTokensWithRevokeAndOffersTheCreateForm() {
        // setup
        let view = TokensPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("farun_abc123…"))
        #expect(served.contains("action=\"/admin/tokens/1/revoke\""))
        #expect(served.contains(zh.name("permission", Permission.viewRegions)))
        #expect(served.contains("value=\"view_service_points\""))
        #expect(!served.contains("class=\"otp\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func tokensShowsANewTokenOnceAndHidesRevokeForRevokedTokens() {
        // setup
        var model = TokensPage.Model.mock
        model.newToken = "farun_new456_secretsecretsecret"
        model.tokens = [.init(id: 2, name: "旧令牌", prefix: "farun_old", owner: "admin", scopes: ["view_regions", "manage_tokens"],
                              createdAt: PageHTML.fixedDate, lastUsedAt: PageHTML.fixedDate, expiresAt: nil, revoked: true)]
        model.problems = [FieldProblem(field: "name", message: .validationRequired), FieldProblem(field: "scopes", message: .tokensScopesInvalid)]
        let view = TokensPage.View(model: model, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<code class=\"otp\">farun_new456_secretsecretsecret</code>"))
        #expect(!served.contains("/admin/tokens/2/revoke"))
        #expect(served.contains(Formatting.dateTime(PageHTML.fixedDate, zh)))
        #expect(served.contains(zh(.tokensScopesInvalid)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func auditShowsEventsWithBeijingTimeAndDetail() {
        // setup
        let view = AuditPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(Formatting.dateTime(PageHTML.fixedDate, zh)))
        #expect(served.contains("<td>region.rename</td>"))
        #expect(served.contains("<td>127.0.0.1</td>"))
        #expect(served.contains(zh(.auditCaption, 1)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }
}
