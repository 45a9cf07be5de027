import FarunCore
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// Walks every registered route: each declares its access, anonymous callers are refused everything that is
/// not public, and a fully privileged administrator of another town can neither read nor change town A.
@Suite struct RouteAuthorizationTests {
    /// Routes anyone may call. A new public route must be added here on purpose.
    static let publicRoutes: Set<String> = [
        "GET /", "GET /language", "GET /assets/**", "GET /service-points", "GET /service-points/:id",
        "GET /professionals", "GET /professionals/:id", "GET /staff/sign-in", "POST /staff/sign-in",
        "GET /account/sign-up", "POST /account/sign-up", "GET /account/sign-in", "POST /account/sign-in",
        "GET /healthz", "GET /readyz", "GET /metrics", "GET /openapi.json",
        "GET /api/v1/service-points", "GET /api/v1/service-points/:id", "GET /api/v1/professionals", "GET /api/v1/professionals/:id",
        // Citizens submit work orders from the self-service channels without an account (rate-limited).
        "POST /api/v1/work-orders",
        "GET /services", "GET /services/:id", "GET /api/v1/services", "GET /api/v1/services/:id",
        // Citizens without an account: applying on a phone or kiosk, tracking by number and phone, rating.
        "GET /apply", "GET /apply/:id", "POST /apply/:id", "GET /kiosk/:id", "GET /kiosk/:id/services/:service",
        "POST /kiosk/:id/services/:service", "GET /track", "POST /track", "GET /track/order", "POST /track/withdraw",
        "POST /track/rate", "POST /api/v1/track", "POST /api/v1/track/rating",
        // The national laws are public: the law list, law and article pages and the look-up API.
        "GET /laws", "GET /laws/:id", "GET /laws/:id/articles/:article",
        "GET /api/v1/laws", "GET /api/v1/laws/:law", "GET /api/v1/laws/:law/articles/:article",
        // The 法律服务机器人 and the search: public statutes, published cases and FAQ; the hand-off only fills in a form.
        "GET /ask", "POST /ask/handoff", "GET /api/v1/search", "POST /api/v1/ask",
        // Published cases and FAQ are public; the handlers show drafts only to staff who manage them in scope.
        "GET /knowledge", "GET /knowledge/:id", "GET /api/v1/knowledge/entries", "GET /api/v1/knowledge/entries/:id",
        // 快解答: anyone asks (rate-limited); the consultation's unguessable UUID is the citizen's key to read,
        // follow up and rate it.
        "POST /api/v1/consultations", "GET /api/v1/consultations/:consultation", "POST /api/v1/consultations/:consultation/follow-ups",
        "POST /api/v1/consultations/:consultation/ratings",
        "GET /consult", "POST /consult", "GET /consult/:consultation", "POST /consult/:consultation/follow-up", "POST /consult/:consultation/rate",
        // The question page polls its answer count and state with the same key.
        "GET /api/v1/consultations/:consultation/status",
        // 人民调解: anyone may apply online (rate-limited) and gets only the order number back.
        "GET /mediation/apply", "POST /mediation/apply", "POST /api/v1/mediation/disputes",
        // Legal aid: anyone may apply (rate-limited, like work orders) and see what the form says before submitting.
        "GET /api/v1/legal-aid/screening", "POST /api/v1/legal-aid/applications", "GET /legal-aid/apply", "POST /legal-aid/apply",
        // Legal aid 第五十五条: the recipient complains from the tracking page; the handler requires the tracking ticket.
        "POST /track/legal-aid-complaint",
    ]

    /// Routes about the caller themself, or holding no regional data (the deadline calculator); region scope
    /// does not apply to them.
    static let personalRoutes: Set<String> = [
        "POST /staff/sign-out", "POST /staff/sign-out-everywhere", "GET /staff/password", "POST /staff/password",
        "GET /staff", "GET /staff/profile", "POST /staff/profile", "GET /api/v1/me",
        "POST /account/sign-out", "GET /account", "GET /admin/tokens", "POST /admin/tokens",
        "GET /staff/deadline-calculator", "GET /api/v1/deadline",
        // The service catalog holds no regional data: any holder of manageServiceCatalog may read an entry;
        // changing one needs the permission at the root, which the POST and PUT routes below prove.
        "GET /admin/services/:id",
        // The citation checker reads only the national laws, which hold no regional data.
        "GET /staff/citation-check", "POST /staff/citation-check", "POST /api/v1/citations/check",
        // A lawyer ends their own self-declared availability (我现在可以接单); nobody else's.
        "POST /staff/consultations/availability/end",
    ]

    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    @Test func everyRouteDeclaresItsAccess() async throws {
        try await withApp(on: .sqlite) { app in
            // check
            for route in app.routes.all {
                #expect(route.access != nil, "\(Self.key(route)) has no access declaration")
                if route.access == .everyone {
                    #expect(Self.publicRoutes.contains(Self.key(route)), "\(Self.key(route)) is public but not in the reviewed list")
                }
            }
        }
    }

    @Test func anonymousCallersAreRefusedEveryNonPublicRoute() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let point = try await makeServicePoint(app, name: "甲镇服务点", in: j.townA)
            let ids = try await Self.resourceIDs(app, j, point)
            for route in app.routes.all where route.access != .everyone {
                // act
                let path = Self.fill(route, ids)
                let response = route.path.first?.description == "api"
                    ? try await apiRequest(app, route.method, path, json: "{}")
                    : route.method == .GET ? try await Browser.anonymous.get(app, path) : try await Browser.anonymous.post(app, path, [])
                // check
                let refused = response.status == .unauthorized
                    || (response.status == .seeOther && (response.location ?? "").contains("sign-in"))
                #expect(refused, "anonymous \(Self.key(route)) → \(response.status.code) \(response.location ?? "")")
            }
        }
    }

    @Test func administratorOfAnotherTownCannotReadOrChangeTownA() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let point = try await makeServicePoint(app, name: "甲镇服务点MARKER", in: j.townA)
            let ids = try await Self.resourceIDs(app, j, point)
            let outsider = try await makeStaff(app, "outsider", [(.bureauAdmin, j.townB), (.systemAdmin, j.townB), (.lawyer, j.townB)])
            let browser = try await Browser.signedIn(app, outsider)
            let before = try await Self.counts(app, j)
            var checked = 0
            for route in app.routes.all where route.access != .everyone && route.access != .citizen {
                let key = Self.key(route)
                if Self.personalRoutes.contains(key) { continue }
                let hasParameter = route.path.contains { if case .parameter = $0 { return true }; return false }
                // act
                let path = Self.fill(route, ids)
                let response: TestingHTTPResponse
                if route.path.first?.description == "api" {
                    response = try await apiRequest(app, route.method, path, browser: browser, json: Self.apiBody(key, j))
                } else if route.method == .GET {
                    response = try await browser.get(app, path)
                } else {
                    response = try await browser.post(app, path, Self.formBody(key, j))
                }
                // check
                if hasParameter {
                    #expect([.forbidden, .notFound].contains(response.status), "outsider \(key) → \(response.status.code)")
                } else if route.method == .GET {
                    #expect(response.status == .ok, "outsider \(key) → \(response.status.code)")
                    for marker in ["岳阳镇", "偏涧村", "甲镇服务点MARKER", "insider-MARKER"] {
                        #expect(!response.text.contains(marker), "outsider \(key) sees \(marker)")
                    }
                } else {
                    let classified = route.path.first?.description == "api" ? Self.apiBody(key, j) != nil : Self.formBody(key, j).first?.0 != "unclassified"
                    #expect(classified, "\(key) is an unclassified state-changing route")
                    #expect(response.status.code >= 400, "outsider \(key) → \(response.status.code)")
                }
                checked += 1
            }
            // Nothing in town A changed, whatever was tried.
            #expect(try await Self.counts(app, j) == before)
            #expect(checked > 20)
        }
    }

    // MARK: - Helpers

    struct IDs {
        let region: Int, point: Int, staff: Int, grant: Int, token: Int, profile: Int
        let unit: Int, member: Int, rule: Int, order: Int, callback: Int
        let entry: Int, expansion: Int
        let dutySlot: Int
        /// A town A consultation, closed with consent and a best answer (reviewable, referable).
        let consultation: UUID
        let mediation: Int
        let legalAid: Int, objection: Int
    }

    static func resourceIDs(_ app: Application, _ j: Jurisdiction, _ point: ServicePoint) async throws -> IDs {
        let insider = try await makeStaff(app, "insider", [(.lawyer, j.townA)], name: "insider-MARKER")
        try await StaffQueries.ensureProfile(for: insider, profession: .lawyer, on: app.db)
        let grant = try await RoleGrant.query(on: app.db).filter(\.$user.$id == insider.requireID()).first()!
        let token = APIToken()
        token.name = "insider token"
        token.tokenHash = Tokens.sha256(Tokens.random())
        token.prefix = "farun_test"
        token.$owner.id = try insider.requireID()
        token.scopesText = "view_regions"
        try await token.create(on: app.db)
        let profile = try await ProfessionalProfile.query(on: app.db).filter(\.$user.$id == insider.requireID()).first()!
        // Work orders: a town A unit with a member and a rule, and an order waiting at town A's front desk.
        let unit = try await makeUnit(app, "甲镇承办单位MARKER", in: j.townA, strategy: .claim, members: [(insider, 3)])
        let member = try await UnitMember.query(on: app.db).filter(\.$unit.$id == unit.requireID()).first()!
        let rule = try await makeRule(app, service: nil, in: j.townA, unit: unit)
        let clerk = try await makeStaff(app, "insider.clerk", [(.windowClerk, j.townA)], name: "insider-MARKER")
        let order = try await submitOrder(app, intake(j), by: clerk)
        // A missed call in town A and its call-back task (the caller's number must not reach an outsider).
        let switchboard = try await makeStaff(app, "insider.operator", [(.hotlineOperator, j.townA)], name: "insider-MARKER")
        try await postCall(app, token: try await switchboardToken(app, owner: switchboard),
                           callJSON("SW-INSIDER", ring: Date().addingTimeInterval(-3600), answerAfter: nil, operator: nil, recording: "", regionID: j.townA.id))
        let callback = try #require(try await CallbackTask.query(on: app.db).first())
        // A town A draft case (its title would show if leaked) and a vocabulary row (deployment-wide, changed only at the root).
        let entry = try await makeKnowledgeEntry(app, "insider-MARKER 草稿案例", in: j.townA)
        let expansion = SearchExpansion()
        expansion.colloquial = "老板"
        expansion.legalTerms = "用人单位"
        try await expansion.create(on: app.db)
        // A town A duty slot for the insider lawyer (the roster admin must not show or remove it for an outsider).
        let slot = try await DutyRosterStore.addSlot(person: try insider.requireID(), day: .weekly(weekday: 1), start: DutyTime(hour: 9)!,
                                                     end: DutyTime(hour: 12)!, regionID: try j.townA.requireID(), fields: [],
                                                     context: ConsultationContext(now: Date(), doer: .system, secrets: app.secrets), on: app.db)
        let consultation = try await Self.consultation(app, j, lawyer: insider)
        // A town A dispute (its parties' names would show if leaked).
        let dispute = DisputeIntakeInput(
            channel: "window", regionID: j.townA.id, servicePointID: nil, disputeType: "neighbour", urgency: nil, amount: "100", summary: "insider-MARKER 纠纷",
            parties: [.init(role: "applicant", name: "insider-MARKER", phone: "13800138000", residentID: nil, address: "甲镇", consent: "agrees"),
                      .init(role: "respondent", name: "insider-MARKER", phone: "", residentID: nil, address: "甲镇", consent: "agrees")],
            acceptNow: true)
        let clerkPrincipal = try await principal(app, clerk)
        let disputeDraft = try await MediationIntake.validate(dispute, submitter: .staff(clerkPrincipal), on: app.db).get()
        let mediation = try await MediationIntake.submit(disputeDraft, submitter: .staff(clerkPrincipal), context: try await ActionContext.system(app), on: app.db).1
        // A town A legal aid application and an objection on it.
        var input = legalAidInput(j)
        input.applicant_name = "insider-MARKER"
        input.pledge_signature = "insider-MARKER"
        let application = try await LegalAidIntake.apply(input, submitter: .staff(try await principal(app, clerk)),
                                                          context: try await ActionContext.system(app), on: app.db)
        let objection = LegalAidObjection()
        objection.$application.id = try application.requireID()
        objection.against = .refused
        objection.grounds = "insider-MARKER"
        objection.receivedOn = "2026-11-02"
        objection.dueOn = "2026-11-09"
        objection.dueProvisional = false
        objection.decisionReasons = ""
        objection.extensionReason = ""
        objection.createdAt = Date()
        try await objection.create(on: app.db)
        return IDs(region: try j.townA.requireID(), point: try point.requireID(), staff: try insider.requireID(),
                   grant: try grant.requireID(), token: try token.requireID(), profile: try profile.requireID(),
                   unit: try unit.requireID(), member: try member.requireID(), rule: try rule.requireID(), order: try order.requireID(),
                   callback: try callback.requireID(), entry: try entry.requireID(), expansion: try expansion.requireID(),
                   dutySlot: try slot.requireID(),
                   consultation: consultation,
                   mediation: try mediation.requireID(),
                   legalAid: try application.requireID(), objection: try objection.requireID())
    }

    /// A town A question answered by the insider, marked best, consented and closed: every consultation route
    /// (answer, hand-off, FAQ review) has something real to refuse.
    static func consultation(_ app: Application, _ j: Jurisdiction, lawyer: StaffUser) async throws -> UUID {
        let context = ConsultationContext(now: Date(), doer: .system, secrets: app.secrets)
        let question = ConsultationStore.Question(text: "insider-MARKER 工资拖欠", field: nil, regionID: j.townA.id!, asker: .phone("13800138000"))
        let id = try await ConsultationStore.ask(question, context: context, on: app.db).requireID()
        let key = String(try lawyer.requireID())
        let grants = [Grant(role: .lawyer, regionPath: j.townA.regionPath)]
        try await ConsultationStore.apply(.answer(ConsultationLawyer(key: key, grants: grants), at: Date()), to: id,
                                          message: .init(text: "insider-MARKER 解答"), context: context, on: app.db)
        try await ConsultationStore.apply(.markBest(lawyer: key), to: id, context: context, on: app.db)
        try await ConsultationStore.apply(.consentToPublication(true), to: id, context: context, on: app.db)
        try await ConsultationStore.apply(.closeByCitizen(at: Date()), to: id, context: context, on: app.db)
        return id
    }

    static func fill(_ route: Route, _ ids: IDs) -> String {
        let parts = route.path.map(\.description)
        var out: [String] = []
        for (index, part) in parts.enumerated() {
            switch part {
            case ":id":
                let collection = index > 0 ? parts[index - 1] : ""
                switch collection {
                case "regions": out.append(String(ids.region))
                case "service-points": out.append(String(ids.point))
                case "staff": out.append(String(ids.staff))
                case "tokens": out.append(String(ids.token))
                case "professionals": out.append(String(ids.profile))
                case "units": out.append(String(ids.unit))
                case "routing-rules": out.append(String(ids.rule))
                case "work-orders": out.append(String(ids.order))
                case "callbacks": out.append(String(ids.callback))
                case "knowledge", "entries": out.append(String(ids.entry))
                case "search-expansions": out.append(String(ids.expansion))
                case "duty-roster", "duty-slots": out.append(String(ids.dutySlot))
                case "mediation", "disputes": out.append(String(ids.mediation))
                case "applications": out.append(String(ids.legalAid))
                case "objections": out.append(String(ids.objection))
                case "providers": out.append(String(ids.staff))
                default: out.append("1")
                }
            case ":grant": out.append(String(ids.grant))
            case ":member": out.append(String(ids.member))
            case ":attachment": out.append("1")
            case ":consultation": out.append(ids.consultation.uuidString)
            case "**": out.append("farun.css")
            default: out.append(part)
            }
        }
        return "/" + out.joined(separator: "/")
    }

    /// What an outsider tries to create inside town A through each create form.
    static func formBody(_ key: String, _ j: Jurisdiction) -> [(String, String)] {
        let townA = String(j.townA.id!)
        switch key {
        case "POST /admin/regions/new": return [("parent_id", townA), ("level", "village"), ("name", "越权村")]
        case "POST /admin/service-points/new":
            return [("name", "越权服务点"), ("kind", "law_room"), ("region_id", townA), ("address", "甲镇"), ("capacity", "5")]
        case "POST /admin/staff/new": return [("username", "sneaky.user"), ("display_name", "越权"), ("role", "window_clerk"), ("region_id", townA)]
        case "POST /admin/calendar": return [("year", "2027"), ("source", "越权"), ("entries", "2027-01-01,holiday,元旦")]
        case "POST /staff/hotline/calls/:id/work-order":
            return [("service", "LEGAL_AID"), ("requester_name", "越权"), ("requester_phone", "13800138000"), ("matter", "越权"), ("region_id", townA)]
        case "POST /staff/legal-aid/:id/details": return [("version", "1"), ("opponent_name", "越权")]
        case "POST /staff/hotline/calls/:id/legal-aid":
            return [("requester_name", "越权"), ("requester_phone", "13800138000"), ("matter", "越权讨薪"), ("region_id", townA)]
        case "POST /staff/callbacks/:id/done": return [("outcome", "越权"), ("version", "1")]
        case "POST /staff/callbacks/:id/phone": return []
        case "POST /admin/units/:id/members/:member": return [("capacity", "200")]
        case "POST /admin/units/:id/retire": return []
        case "POST /admin/services/new":
            return [("code", "SNEAKY"), ("name_zh", "越权事项"), ("name_en", "Sneaky"), ("handler", "越权"), ("materials", "材料 | 依据"),
                    ("channels[]", "window"), ("version", "0")]
        case "POST /staff/work-orders/new":
            return [("service", "LEGAL_AID"), ("channel", "window"), ("requester_name", "越权"), ("requester_phone", "13800138000"),
                    ("matter", "越权受理"), ("region_id", townA), ("accept_now", "1")]
        case "POST /admin/units/new": return [("name", "越权承办单位"), ("region_id", townA), ("strategy", "claim")]
        case "POST /admin/routing-rules": return [("service", ""), ("region_id", townA), ("unit_id", "1")]
        case "POST /staff/knowledge/new":
            return [("kind", "case"), ("title", "越权案例"), ("summary", "越权"), ("body", "越权"), ("legal_field", "labour"),
                    ("region_id", townA), ("source", "越权"), ("articles", "")]
        case "POST /admin/search-expansions": return [("colloquial", "越权"), ("legal_terms", "越权词")]
        case "POST /admin/duty-roster":
            return [("kind", "lawyer"), ("person_id", "1"), ("weekday", "1"), ("start", "09:00"), ("end", "12:00"), ("region_id", townA)]
        case "POST /staff/consultations/availability": return [("until", "2099-01-01T10:00"), ("region_id", townA)]
        case "POST /staff/consultations/:consultation/referrals": return [("service", "LEGAL_AID")]
        case "POST /staff/faq-reviews/:consultation":
            return [("decision", "publish"), ("title", "越权发布"), ("summary", "越权"), ("body", "越权"), ("legal_field", "labour"), ("source", "越权")]
        case "POST /staff/mediation/new":
            return [("dispute_type", "neighbour"), ("summary", "越权登记"), ("region_id", townA), ("party0_name", "越权"), ("party0_phone", "13800138000"),
                    ("party0_consent", "agrees"), ("party1_name", "越权乙"), ("party1_consent", "agrees")]
        case "POST /staff/mediation/screening": return [("period", "2026-01"), ("service_point_id", "1"), ("found", "1"), ("resolved", "0"), ("escalated", "0")]
        case "POST /staff/mediation/:id/actions": return [("do", "claim"), ("version", "1"), ("relation", "none")]
        case "POST /staff/legal-aid/:id/supervise": return [("kind", "decision_overdue"), ("note", "越权督办"), ("notify", "1")]
        case "POST /staff/legal-aid/:id/feedback": return [("kind", "complaint"), ("text", "越权投诉"), ("asks_replacement[]", "1")]
        case "POST /staff/legal-aid/new":
            return [("channel", "window"), ("applicant_name", "越权"), ("applicant_phone", "13800138000"), ("region_id", townA), ("category", "wages"),
                    ("matter", "越权"), ("opponent_name", "越权"), ("pledge_accepted[]", "1"), ("pledge_signature", "越权"), ("economic_statement", "越权")]
        case "POST /staff/legal-aid/notices/new":
            return [("organ", "court"), ("organ_name", "越权法院"), ("notice_number", "越权1号"), ("received_on", "2026-11-02"), ("ground", "minor"),
                    ("charge", "越权"), ("stage", "first_instance"), ("person_name", "越权"), ("contact_phone", "13800138000"), ("region_id", townA)]
        // The insider lawyer of town A (see resourceIDs) is not the outsider's to record.
        case "POST /staff/legal-aid/providers": return [("staff_id", "1"), ("practice_since", "2000-01-01")]
        default:
            if key.contains(":id") { return [("name", "越权改名"), ("target_id", townA), ("region_id", townA), ("role", "window_clerk")] }
            return [("unclassified", "")]
        }
    }

    static func apiBody(_ key: String, _ j: Jurisdiction) -> String? {
        let townA = j.townA.id!
        switch key {
        case "POST /api/v1/regions": return #"{"name":"越权村","level":"village","parent_id":\#(townA)}"#
        case "POST /api/v1/service-points":
            return #"{"name":"越权服务点","kind":"law_room","region_id":\#(townA),"address":"甲镇","capacity":5}"#
        case "PATCH /api/v1/service-points/:id": return #"{"capacity":0}"#
        case "POST /api/v1/work-orders/:id/actions": return #"{"action":"accept","version":1}"#
        case "POST /api/v1/work-orders/:id/attachments": return "{}"
        case "POST /api/v1/units/:id/claim": return "{}"
        case "POST /api/v1/hotline/calls":
            return #"{"external_id":"越权-1","caller":"13800138000","ring_at":"2026-01-01T09:00:00+08:00","ended_at":"2026-01-01T09:01:00+08:00","recording_ref":"","region_id":\#(townA)}"#
        case "POST /api/v1/legal-aid/applications/:id/details": return #"{"version":1,"opponent_name":"越权"}"#
        case "POST /api/v1/hotline/calls/:id/legal-aid":
            return #"{"applicant_name":"越权","applicant_phone":"13800138000","matter":"越权讨薪","region_id":\#(townA)}"#
        case "POST /api/v1/knowledge/entries":
            return #"{"kind":"case","title":"越权案例","summary":"越权","body":"越权","legal_field":"labour","source":"越权","articles":[],"region_id":\#(townA)}"#
        case "PUT /api/v1/knowledge/entries/:id":
            return #"{"kind":"case","title":"越权改名","summary":"越权","body":"越权","legal_field":"labour","source":"越权","articles":[],"region_id":\#(townA),"version":1}"#
        case "POST /api/v1/knowledge/entries/:id/publish", "POST /api/v1/knowledge/entries/:id/retire": return #"{"version":1}"#
        case "POST /api/v1/search-expansions": return #"{"colloquial":"越权","legal_terms":["越权词"]}"#
        case "DELETE /api/v1/search-expansions/:id": return "{}"
        case "POST /api/v1/duty-slots":
            return #"{"kind":"lawyer","person_id":1,"weekday":1,"start":"09:00","end":"12:00","region_id":\#(townA)}"#
        case "DELETE /api/v1/duty-slots/:id": return "{}"
        case "POST /api/v1/consultations/:consultation/answers": return #"{"text":"越权解答"}"#
        case "POST /api/v1/consultations/:consultation/referrals": return #"{"service":"LEGAL_AID"}"#
        case "POST /api/v1/consultations/:consultation/review":
            return #"{"decision":"publish","title":"越权发布","summary":"越权","body":"越权","legal_field":"labour","source":"越权"}"#
        case "POST /api/v1/mediation/screening-reports":
            return #"{"service_point_id":1,"period":"2026-01","found":1,"resolved":0,"escalated":0}"#
        case "POST /api/v1/mediation/disputes/:id/assignment": return #"{"version":1,"mediator_id":1,"relation":"none"}"#
        case "POST /api/v1/mediation/disputes/:id/consents": return #"{"version":1,"party_position":1,"consent":"refuses"}"#
        case "POST /api/v1/mediation/disputes/:id/sessions":
            return #"{"version":1,"mode":"phone","held_at":"2026-01-01T01:00:00Z","participants":["越权"],"notes":"越权"}"#
        case "PUT /api/v1/mediation/disputes/:id/agreement": return #"{"version":1,"form":"oral","facts":"越权"}"#
        case "POST /api/v1/mediation/disputes/:id/agreement/signatures": return #"{"version":1,"kind":"mediator","method":"handwritten"}"#
        case "POST /api/v1/mediation/disputes/:id/failure": return #"{"version":1,"reason":"other","note":"越权","referral":"legal_aid"}"#
        case "POST /api/v1/mediation/disputes/:id/visits": return #"{"performance":"performed","notes":"越权"}"#
        case "POST /api/v1/mediation/disputes/:id/confirmation":
            return #"{"version":1,"court_basis":"party_domicile","court_name":"越权法院","filed_on":"2026-01-01","materials":["application"]}"#
        case "POST /api/v1/mediation/disputes/:id/confirmation/outcome": return #"{"version":1,"outcome":"confirmed","decided_on":"2026-01-01"}"#
        case "POST /api/v1/legal-aid/notices":
            return #"{"organ":"court","organ_name":"越权法院","notice_number":"越权1号","received_on":"2026-11-02","ground":"minor","charge":"越权","stage":"first_instance","person_name":"越权","contact_phone":"13800138000","region_id":\#(townA)}"#
        case "POST /api/v1/legal-aid/applications/:id/supervision": return #"{"kind":"decision_overdue","note":"越权督办","notify":true}"#
        case "POST /api/v1/legal-aid/applications/:id/feedback": return #"{"kind":"complaint","text":"越权投诉","asks_replacement":true}"#
        case "PUT /api/v1/services/:id":
            return #"{"name_zh":"越权改名","name_en":"x","handler":"x","materials":[],"other_limits":[],"channels":["window"],"is_free":true,"version":1}"#
        default: return nil
        }
    }

    struct Counts: Equatable {
        let regions: Int, points: Int, staff: Int, grants: Int, names: [String], capacities: [Int], retired: Int, calendarYears: Int
        /// Every catalog entry as code, version and retired flag.
        let services: [String]
        let orders: [String], units: [String], members: Int, rules: Int, attachments: Int
        /// Member capacities, open call-backs and the audit entries a reveal of a number would write.
        let memberCapacities: [Int], openCallbacks: Int, phoneViews: Int
        /// Cases/FAQ as title, state and version, and the vocabulary rows.
        let entries: [String], expansions: [String]
        /// The duty roster and self-declared availability.
        let dutySlots: [String], availability: Int
        /// Consultations as state and version, their hand-offs and reviews.
        let consultations: [String], referrals: Int, reviews: Int
        /// Mediation cases as stage and version, and the screening reports.
        let mediations: [String], screeningReports: Int
    }

    static func counts(_ app: Application, _ j: Jurisdiction) async throws -> Counts {
        let regions = try await Region.query(on: app.db).filter(\.$path, .custom("LIKE"), j.townA.regionPath.likePattern).sort(\.$id).all()
        let points = try await ServicePoint.query(on: app.db).sort(\.$id).all()
        return Counts(
            regions: regions.count, points: points.count, staff: try await StaffUser.query(on: app.db).count(),
            grants: try await RoleGrant.query(on: app.db).count(), names: regions.map(\.name) + points.map(\.name),
            capacities: points.map(\.capacity), retired: regions.filter(\.isRetired).count,
            calendarYears: try await CalendarYear.query(on: app.db).count(),
            services: try await CatalogEntry.query(on: app.db).sort(\.$id).all().map { "\($0.code) v\($0.version) \($0.isRetired)" },
            orders: try await WorkOrder.query(on: app.db).sort(\.$id).all().map { "\($0.number) \($0.state.rawValue) v\($0.version)" },
            units: try await HandlingUnit.query(on: app.db).sort(\.$id).all().map { "\($0.name) \($0.retiredAt != nil)" },
            members: try await UnitMember.query(on: app.db).count(),
            rules: try await RoutingRule.query(on: app.db).count(), attachments: try await Attachment.query(on: app.db).count(),
            memberCapacities: try await UnitMember.query(on: app.db).sort(\.$id).all().map(\.capacity),
            openCallbacks: try await CallbackTask.query(on: app.db).filter(\.$doneAt == nil).count(),
            phoneViews: try await AuditEvent.query(on: app.db).filter(\.$action ~~ ["callback.view_phone", "work_order.view_phone"]).count(),
            entries: try await KnowledgeEntry.query(on: app.db).sort(\.$id).all().map { "\($0.title) \($0.state.rawValue) v\($0.version)" },
            expansions: try await SearchExpansion.query(on: app.db).sort(\.$id).all().map { "\($0.colloquial) \($0.legalTerms)" },
            dutySlots: try await DutySlotRecord.query(on: app.db).sort(\.$id).all().map { "\($0.$person.id) \($0.regionPath) \($0.kind.rawValue)" },
            availability: try await DutyAvailabilityRecord.query(on: app.db).count(),
            consultations: try await ConsultationRecord.query(on: app.db).sort(\.$askedAt).all().map { "\($0.state.rawValue) v\($0.version)" },
            referrals: try await ConsultationReferral.query(on: app.db).count(), reviews: try await ConsultationReview.query(on: app.db).count(),
            mediations: try await MediationCase.query(on: app.db).sort(\.$id).all().map { "\($0.stage.rawValue) v\($0.version)" },
            screeningReports: try await ScreeningReport.query(on: app.db).count())
    }
}
