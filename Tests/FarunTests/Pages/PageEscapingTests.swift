import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// Cross-site scripting: every string a user can type, and every layout string, is filled with a payload
/// and the served HTML must contain no live markup made from it — no element, no event-handler attribute,
/// no break-out of an attribute value. `MarkupCheck` tokenizes the HTML the way a browser does, so a
/// payload that sits harmlessly in text (`' onmouseover='` between two tags) is not reported, while the same
/// payload unescaped inside a tag is.
@Suite struct PageEscapingTests {
    private func expectNoLiveMarkup(_ html: String, _ comment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        // MarkupCheck includes the literal checks (<script>alert, <img src=x, "><img) and reports fragments,
        // so a failure prints where the payload escaped, not the whole page.
        let violations = MarkupCheck.violations(in: html)
        #expect(violations.isEmpty, "\(comment):\n\(violations.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    // MARK: - The checker itself

    @Test func markupCheckReportsEachKindOfBreakout() {
        // setup
        let unsafe = [
            "<p><script>alert(1)</script></p>",
            "<input value=\"\"><img src=x onerror=alert(1)>\">",
            "<input value='' onmouseover='alert(1)'>",
            "<meta content=\"a\" onload=\"x\">",
        ]
        // act
        let reports = unsafe.map(MarkupCheck.violations(in:))
        // check
        for (html, report) in zip(unsafe, reports) { #expect(!report.isEmpty, "not caught: \(html)") }
    }

    @Test func errorSummaryEscapesTheFieldItLinksTo() {
        // setup: field names are code constants today, but a summary must stay safe if one ever comes from input
        let problems = [(field: "name\"><img src=x onerror=alert(1)>", message: "<script>alert(1)</script>")]
        // act
        let html = HTML(.body(Forms.errorSummary(problems, title: "t"))).render()
        // check
        expectNoLiveMarkup(html, "error summary")
    }

    @Test func markupCheckAcceptsEscapedPayloads() {
        // setup
        let safe = "<p>' onmouseover='alert(1) &lt;script&gt;</p><input value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">"
            + "<textarea>&lt;/textarea&gt;</textarea><script src=\"/assets/farun.js\" defer=\"defer\"></script>"
        // act
        let report = MarkupCheck.violations(in: safe)
        // check
        #expect(report.isEmpty, "\(report)")
    }

    // MARK: - Layout

    @Test(arguments: Hostile.payloads)
    func layoutEscapesStaffNameBureauPathAndCsrfToken(payload: String) {
        // setup
        let view = HomePage.View(model: .mock, context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "HomePage with hostile staff context")
    }

    @Test(arguments: Hostile.payloads)
    func layoutEscapesCitizenNameForCitizens(payload: String) {
        // setup
        let view = CitizenHomePage.View(model: .init(displayName: payload, maskedPhone: payload), context: Hostile.context(payload, staff: false))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "CitizenHomePage")
    }

    // MARK: - Public pages

    @Test(arguments: Hostile.payloads)
    func errorPageEscapesMessageAndRequestID(payload: String) {
        // setup
        let view = ErrorPage.View(model: .init(status: 400, message: payload, requestID: payload), context: Hostile.context(payload, staff: false))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "ErrorPage")
    }

    @Test(arguments: Hostile.payloads)
    func servicePointFinderEscapesCardsQueryAndRegionOptions(payload: String) {
        // setup
        let view = ServicePointFinderPage.View(model: Self.hostileFinder(payload), context: Hostile.context(payload, staff: false))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "ServicePointFinderPage")
    }

    @Test(arguments: Hostile.payloads)
    func servicePointDetailEscapesNameAddressHoursPhoneAndNotice(payload: String) {
        // setup
        let view = ServicePointDetailPage.View(model: Self.hostileCard(payload), context: Hostile.context(payload, staff: false))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "ServicePointDetailPage")
    }

    @Test(arguments: Hostile.payloads)
    func professionalDirectoryEscapesCardsQueryAndRegionOptions(payload: String) {
        // setup
        let model = ProfessionalDirectoryPage.Model(
            cards: [Self.hostileProfessional(payload)], page: PageInfo(request: PageRequest(page: 2, per: 20), total: 60),
            filter: .init(text: payload, specialty: nil, profession: nil, regionID: nil),
            regions: [.init(value: payload, label: payload)])
        let view = ProfessionalDirectoryPage.View(model: model, context: Hostile.context(payload, staff: false))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "ProfessionalDirectoryPage")
    }

    @Test(arguments: Hostile.payloads)
    func professionalProfileEscapesNameOrganisationLicenceRegionsAndBio(payload: String) {
        // setup
        let view = ProfessionalProfilePage.View(model: Self.hostileProfessional(payload), context: Hostile.context(payload, staff: false))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "ProfessionalProfilePage")
    }

    // MARK: - Citizen accounts

    @Test(arguments: Hostile.payloads)
    func citizenSignUpEscapesPhoneNameAndProblemArguments(payload: String) {
        // setup
        let model = CitizenSignUpPage.Model(phone: payload, displayName: payload,
                                            problems: [FieldProblem(field: "display_name", message: .validationTooLong, args: [payload])])
        let view = CitizenSignUpPage.View(model: model, context: Hostile.context(payload, staff: false))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "CitizenSignUpPage")
    }

    @Test(arguments: Hostile.payloads)
    func citizenSignInEscapesPhoneErrorAndNext(payload: String) {
        // setup
        let view = CitizenSignInPage.View(model: .init(phone: payload, error: payload, next: payload), context: Hostile.context(payload, staff: false))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "CitizenSignInPage")
    }

    // MARK: - Staff sign-in and account

    @Test(arguments: Hostile.payloads)
    func staffSignInEscapesUsernameNextAndError(payload: String) {
        // setup
        let view = StaffSignInPage.View(model: .init(username: payload, next: payload, error: payload), context: Hostile.context(payload, staff: false))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "StaffSignInPage")
    }

    @Test(arguments: Hostile.payloads)
    func passwordPageEscapesProblemArguments(payload: String) {
        // setup
        let model = PasswordPage.Model(forced: false, problems: [FieldProblem(field: "new_password", message: .passwordTooShort, args: [payload, payload])])
        let view = PasswordPage.View(model: model, context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "PasswordPage")
    }

    @Test(arguments: Hostile.payloads)
    func staffHomeEscapesDisplayNameAndGrants(payload: String) {
        // setup
        let model = StaffHomePage.Model(displayName: payload, grants: [payload, payload], permissions: Set(Permission.allCases), done: payload)
        let view = StaffHomePage.View(model: model, context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "StaffHomePage")
    }

    @Test(arguments: Hostile.payloads)
    func ownProfileEscapesProfileFieldsAndRegionCheckboxes(payload: String) {
        // setup
        let model = OwnProfilePage.Model(values: Self.hostileProfile(payload), regionOptions: [.init(value: payload, label: payload)],
                                         problems: [FieldProblem(field: "bio", message: .validationTooLong, args: [payload])], profileID: 4, done: payload)
        let view = OwnProfilePage.View(model: model, context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "OwnProfilePage")
    }

    // MARK: - Regions

    @Test(arguments: Hostile.payloads)
    func regionIndexEscapesNamesLabelsCodesAndQuery(payload: String) {
        // setup
        let model = RegionIndexPage.Model(
            rows: [.init(id: 1, name: payload, label: payload, code: payload, codeSource: .local, level: .village, retired: false)],
            page: PageInfo(request: PageRequest(page: 2, per: 50), total: 250), query: payload, level: .village, parentID: 2,
            includeRetired: true, canManage: true, done: payload)
        let view = RegionIndexPage.View(model: model, context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "RegionIndexPage")
    }

    @Test(arguments: Hostile.payloads)
    func regionFormEscapesParentOptionsValuesAndProblems(payload: String) {
        // setup
        let model = RegionFormPage.Model(
            parents: [.init(value: payload, label: payload)],
            values: .init(parentID: nil, level: payload, name: payload, code: payload),
            problems: [FieldProblem(field: "name", message: .validationTooLong, args: [payload])])
        let view = RegionFormPage.View(model: model, context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "RegionFormPage")
    }

    @Test(arguments: Hostile.payloads)
    func regionShowEscapesNameChildrenMergeTargetsAndHistory(payload: String) {
        // setup
        let view = RegionShowPage.View(model: Self.hostileRegion(payload), context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "RegionShowPage")
    }

    @Test(arguments: Hostile.payloads)
    func regionShowEscapesTheMergedIntoName(payload: String) {
        // setup
        var model = Self.hostileRegion(payload)
        model.retired = true
        model.mergedInto = (id: 4, name: payload)
        let view = RegionShowPage.View(model: model, context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "RegionShowPage (retired)")
    }

    // MARK: - Service points (staff)

    @Test(arguments: Hostile.payloads)
    func servicePointIndexEscapesNamesRegionsAndQuery(payload: String) {
        // setup
        let model = ServicePointIndexPage.Model(
            rows: [.init(id: 1, name: payload, kind: .center, region: payload, capacity: 1, closed: false)],
            page: PageInfo(request: PageRequest(page: 2, per: 30), total: 90), query: payload, kind: .kiosk, includeClosed: true,
            canManage: true, done: payload)
        let view = ServicePointIndexPage.View(model: model, context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "ServicePointIndexPage")
    }

    @Test(arguments: Hostile.payloads)
    func servicePointFormForANewPointEscapesEveryInputAndRegionOption(payload: String) {
        // setup
        var model = Self.hostileServicePointForm(payload)
        model.id = nil
        let view = ServicePointFormPage.View(model: model, context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "ServicePointFormPage (new)")
    }

    @Test(arguments: Hostile.payloads)
    func servicePointFormForAnExistingPointEscapesNameInTitleAndCloseConfirmation(payload: String) {
        // setup
        let view = ServicePointFormPage.View(model: Self.hostileServicePointForm(payload), context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "ServicePointFormPage (edit)")
    }

    // MARK: - Staff administration

    @Test(arguments: Hostile.payloads)
    func staffIndexEscapesUsernamesDisplayNamesGrantsAndQuery(payload: String) {
        // setup
        let model = StaffIndexPage.Model(
            rows: [.init(id: 1, username: payload, displayName: payload, grants: [payload], disabled: false)],
            page: PageInfo(request: PageRequest(page: 2, per: 30), total: 90),
            filter: .init(text: payload, role: .lawyer, includeDisabled: true), canManage: true, done: payload)
        let view = StaffIndexPage.View(model: model, context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "StaffIndexPage")
    }

    @Test(arguments: Hostile.payloads)
    func staffNewEscapesUsernameDisplayNameAndRegionOptions(payload: String) {
        // setup
        let model = StaffNewPage.Model(
            input: .init(username: payload, displayName: payload, role: payload, regionID: nil),
            regions: [.init(value: payload, label: payload)],
            problems: [FieldProblem(field: "username", message: .validationTooLong, args: [payload])], grantableRoles: StaffRole.allCases)
        let view = StaffNewPage.View(model: model, context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "StaffNewPage")
    }

    @Test(arguments: Hostile.payloads)
    func staffMemberEscapesNamesGrantsProfileAndConfirmations(payload: String) {
        // setup
        let model = StaffMemberPage.Model(
            id: 3, username: payload, displayName: payload, disabled: false, locked: true, mustChangePassword: true,
            grants: [.init(id: 9, role: .lawyer, region: payload)], profile: Self.hostileProfile(payload),
            regionOptions: [.init(value: payload, label: payload)], grantableRoles: StaffRole.allCases, canManage: true, isSelf: false,
            problems: [FieldProblem(field: "display_name", message: .validationTooLong, args: [payload])], done: payload)
        let view = StaffMemberPage.View(model: model, context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "StaffMemberPage")
    }

    @Test(arguments: Hostile.payloads)
    func oneTimePasswordEscapesUsername(payload: String) {
        // setup
        let view = OneTimePasswordPage.View(model: .init(userID: 5, username: payload, password: payload, created: false),
                                            context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "OneTimePasswordPage")
    }

    @Test(arguments: Hostile.payloads)
    func tokensEscapesTokenNamePrefixOwnerScopesAndRevokeConfirmation(payload: String) {
        // setup
        let model = TokensPage.Model(
            tokens: [.init(id: 1, name: payload, prefix: payload, owner: payload, scopes: [payload, "view_regions"],
                           createdAt: PageHTML.fixedDate, lastUsedAt: PageHTML.fixedDate, expiresAt: nil, revoked: false)],
            grantableScopes: [.viewRegions], newToken: payload,
            problems: [FieldProblem(field: "name", message: .validationTooLong, args: [payload])])
        let view = TokensPage.View(model: model, context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "TokensPage")
    }

    @Test(arguments: Hostile.payloads)
    func auditEscapesActorActionTargetDetailIPAndFilters(payload: String) {
        // setup
        let model = AuditPage.Model(
            rows: [.init(at: PageHTML.fixedDate, actor: payload, action: payload, target: payload, detail: payload, ip: payload)],
            page: PageInfo(request: PageRequest(page: 2, per: 50), total: 150), action: payload, actor: payload)
        let view = AuditPage.View(model: model, context: Hostile.context(payload, staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        expectNoLiveMarkup(html, "AuditPage")
    }

    // MARK: - Snapshots for review

    @Test func servicePointFinderWithPayloadsEscapesTextOptionsAndQuery() {
        // setup
        let view = ServicePointFinderPage.View(model: Self.hostileFinder(Hostile.combined), context: Hostile.context(Hostile.combined, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        expectNoLiveMarkup(served, "ServicePointFinderPage snapshot")
        #expect(served.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(served.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "xss")
    }

    @Test func servicePointFormWithPayloadsEscapesAttributeValuesAndTextarea() {
        // setup
        var model = Self.hostileServicePointForm(Hostile.combined)
        model.id = nil
        let view = ServicePointFormPage.View(model: model, context: Hostile.context(Hostile.combined, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        expectNoLiveMarkup(served, "ServicePointFormPage snapshot")
        #expect(served.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &#39; onmouseover=&#39;alert(1)\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "xss")
    }

    // MARK: - Hostile models

    static func hostileCard(_ p: String) -> ServicePointFinderPage.Card {
        .init(id: 1, name: p, kind: .center, region: p, address: p, openingHours: p, capacity: 5, phone: p, notice: p)
    }

    static func hostileFinder(_ p: String) -> ServicePointFinderPage.Model {
        .init(points: [hostileCard(p)], page: PageInfo(request: PageRequest(page: 2, per: 20), total: 60), query: p, kind: .center,
              regionID: 1, regions: [.init(value: p, label: p), .init(value: "1", label: p)])
    }

    static func hostileProfessional(_ p: String) -> ProfessionalQueries.Card {
        .init(id: 1, name: p, profession: .lawyer, organisation: p, licenceNumber: p, specialties: [.labour], languages: [.zh],
              regions: [p, p], bio: p)
    }

    static func hostileProfile(_ p: String) -> ProfileForm.Values {
        var v = ProfileForm.Values()
        v.organisation = p
        v.licenceNumber = p
        v.specialties = [p, "labour"]
        v.languages = [p]
        v.bio = p
        v.isPublic = true
        return v
    }

    static func hostileRegion(_ p: String) -> RegionShowPage.Model {
        .init(id: 2, name: p, label: p, code: p, codeSource: .local, level: .township, retired: false, mergedInto: nil,
              children: [.init(id: 3, name: p, level: .village, retired: true)], childCount: 5, servicePointCount: 1,
              mergeTargets: [.init(value: p, label: p)],
              history: [.init(at: PageHTML.fixedDate, action: p, actor: p, detail: p)],
              canManage: true, problems: [FieldProblem(field: "name", message: .validationTooLong, args: [p])], done: p)
    }

    static func hostileServicePointForm(_ p: String) -> ServicePointFormPage.Model {
        .init(id: 7, input: .init(name: p, kind: p, regionID: nil, address: p, openingHours: p, capacity: p, phone: p, notice: p),
              regions: [.init(value: p, label: p)],
              problems: [FieldProblem(field: "name", message: .validationTooLong, args: [p])], canManage: true, closed: false, done: p)
    }
}
