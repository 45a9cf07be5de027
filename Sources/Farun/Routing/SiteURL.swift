import Vapor

/// Every path Farun serves, declared once: used to register routes and to build links.
enum SiteURL: Sendable, Equatable {
    // Public (citizens)
    case home
    case language
    case asset(String)
    case servicePoints
    case servicePoint(Int)
    case professionals
    case professional(Int)

    // Citizen accounts
    case citizenSignUp
    case citizenSignIn
    case citizenSignOut
    case citizenHome

    // Staff
    case staffSignIn
    case staffSignOut
    case staffSignOutEverywhere
    case staffPassword
    case staffHome
    case staffProfile
    case deadlineCalculator

    // Service catalog (服务清单)
    case services
    case service(Int)
    case adminServices
    case adminServiceNew
    case adminService(Int)
    case adminServiceRetire(Int)

    // Work orders: front desk and back office
    case workOrders
    case workOrderNew
    case workOrder(Int)
    case workOrderAction(Int)
    case workOrderReceipt(Int)
    case workOrderAttachments(Int)
    case workOrderAttachment(Int, attachment: Int)
    case unitClaim(Int)
    case adminUnits
    case adminUnitNew
    case adminUnit(Int)
    case adminUnitMembers(Int)
    case adminUnitMemberDelete(Int, member: Int)
    case adminRoutingRules
    case adminRoutingRuleDelete(Int)
    case adminUnitMemberUpdate(Int, member: Int)
    case adminUnitRetire(Int)

    // 12348 hotline and call-backs
    case hotline
    case hotlineCallWorkOrder(Int)
    case hotlineFigures
    // Legal aid application from an answered call in one step (issue 6)
    case hotlineCallLegalAid(Int)
    case callbacks
    case callbackDone(Int)
    case callbackPhone(Int)

    // Citizens: submission on a phone or kiosk, tracking and rating
    case apply
    case applyService(Int)
    case kiosk(Int)
    case kioskService(Int, service: Int)
    case track
    case trackOrder
    case trackRate
    case trackWithdraw
    case satisfaction

    // Knowledge base: statutes (法条), typical cases and FAQ, the 法律服务机器人, citation check
    case laws
    case law(Int)
    case lawArticle(Int, article: Int)
    case knowledge
    case knowledgeEntry(Int)
    case ask
    case askHandoff
    case citationCheck
    case adminKnowledge
    case adminKnowledgeNew
    case adminKnowledgeEntry(Int)
    case adminKnowledgePublish(Int)
    case adminKnowledgeRetire(Int)
    case adminSearchExpansions
    case adminSearchExpansionDelete(Int)

    // Online consultation (快解答): citizens ask, lawyers answer live (issue 5)
    case consult
    case consultation(String)
    case consultationFollowUp(String)
    case consultationRate(String)
    case consultationWorkbench
    case consultationWorkbenchItem(String)
    case consultationAnswer(String)
    case consultationStream
    // Duty roster, self-availability, duty supervisors and service levels (issue 5 parts 2 and 4)
    case adminDutyRoster
    case adminDutySlotDelete(Int)
    case dutyAvailability
    case dutyAvailabilityEnd
    case consultationOverdue
    case consultationServiceLevel
    case consultationServiceLevelCSV
    // 快解答 follow-on: hand-off to a service as a work order, the FAQ publication review (issue 5 parts 3, 5)
    case consultationReferrals(String)
    case consultationReviews
    case consultationReview(String)

    // People's mediation (人民调解, issue 6): intake at a window or online, the mediator's case page, the printable
    // agreement, screening reports and statistics
    case mediationApply
    case mediationCases
    case mediationNew
    case mediationCase(Int)
    case mediationCaseAction(Int)
    case mediationAgreementPrint(Int)
    case mediationScreening
    case mediationStatistics
    case mediationStatisticsCSV

    // Legal aid (法律援助, issue 6): the application form, the officer's and provider's case page, documents, registers
    case legalAidApply
    case staffLegalAid
    case staffLegalAidNew
    case staffLegalAidApplication(Int)
    case staffLegalAidAction(Int)
    case staffLegalAidReview(Int)
    case staffLegalAidNote(Int)
    case staffLegalAidObjection(Int)
    case staffLegalAidObjectionDecision(Int)
    case staffLegalAidDocument(Int, kind: String)
    // Legal aid, notified defence (通知辩护, issue 6): notice intake, the reply letter, lawyers' practice records
    case staffLegalAidNoticeNew
    case staffLegalAidNoticeReply(Int)
    case staffLegalAidProviders
    // Legal aid supervision (督办) and the recipient's rating and complaints (issue 6, legal aid item 3)
    case staffLegalAidSupervision
    case staffLegalAidSupervise(Int)
    case staffLegalAidFeedback(Int)
    case trackLegalAidComplaint
    // Legal aid from a call or a consultation: the officer records what the applicant supplied (issue 6)
    case staffLegalAidDetails(Int)

    // Administration
    case adminRegions
    case adminRegionNew
    case adminRegion(Int)
    case adminRegionRetire(Int)
    case adminRegionMerge(Int)
    case adminServicePoints
    case adminServicePointNew
    case adminServicePoint(Int)
    case adminServicePointClose(Int)
    case adminStaff
    case adminStaffNew
    case adminStaffMember(Int)
    case adminStaffGrants(Int)
    case adminStaffGrantDelete(Int, grant: Int)
    case adminStaffDisable(Int)
    case adminStaffEnable(Int)
    case adminStaffResetPassword(Int)
    case adminTokens
    case adminTokenRevoke(Int)
    case adminAudit
    case adminCalendar

    // Operations
    case healthz
    case readyz
    case metrics
    case openAPI

    // JSON API
    case api(API)

    enum API: Sendable, Equatable {
        case me
        case regions
        case region(Int)
        case regionChildren(Int)
        case servicePoints
        case servicePoint(Int)
        case professionals
        case professional(Int)
        case staff
        case staffMember(Int)
        case auditEvents
        case deadline
        // Catalog
        case services
        case service(Int)
        // Work orders
        case workOrders
        case workOrder(Int)
        case workOrderActions(Int)
        case workOrderEvents(Int)
        case workOrderAttachments(Int)
        case workOrderAttachment(Int, attachment: Int)
        case units
        case unitClaim(Int)
        // Hotline
        case hotlineCalls
        case hotlineFigures
        // Legal aid application from an answered call in one step (issue 6)
        case hotlineCallLegalAid(Int)
        case callbacks
        // Tracking
        case track
        case trackRating
        // Knowledge base
        case search
        case laws
        case law(String)
        case lawArticle(law: String, article: String)
        case citationCheck
        case ask
        case knowledgeEntries
        case knowledgeEntry(Int)
        case knowledgeEntryPublish(Int)
        case knowledgeEntryRetire(Int)
        case searchExpansions
        case searchExpansion(Int)
        // Consultations
        case consultations
        case consultation(String)
        case consultationAnswers(String)
        case consultationFollowUps(String)
        case consultationRatings(String)
        // Duty roster and service levels (issue 5 parts 2 and 4)
        case dutySlots
        case dutySlot(Int)
        case consultationServiceLevel
        // 快解答 follow-on: the citizen page's poll, hand-off to a service, the FAQ publication review
        case consultationStatus(String)
        case consultationReferrals(String)
        case consultationReviews
        case consultationReview(String)
        // People's mediation (issue 6)
        case mediationDisputes
        case mediationDispute(Int)
        case mediationAssignment(Int)
        case mediationConsents(Int)
        case mediationSessions(Int)
        case mediationAgreementTemplate(Int)
        case mediationAgreement(Int)
        case mediationSignatures(Int)
        case mediationFailure(Int)
        case mediationVisits(Int)
        case mediationScreeningReports
        case mediationStatistics
        // People's mediation: judicial confirmation (司法确认, issue 6)
        case mediationConfirmation(Int)
        case mediationConfirmationOutcome(Int)
        // Legal aid (法律援助, issue 6)
        case legalAidScreening
        case legalAidApplications
        case legalAidApplication(Int)
        case legalAidActions(Int)
        case legalAidReview(Int)
        case legalAidConflicts(Int)
        case legalAidNotes(Int)
        case legalAidObjections(Int)
        case legalAidObjectionDecision(Int)
        case legalAidStatistics
        case legalAidRegisterCSV
        // Legal aid, notified defence (通知辩护, issue 6)
        case legalAidNotices
        case legalAidNotice(Int)
        case legalAidProviderExperience(Int)
        // Legal aid supervision (督办) and the recipient's rating and complaints
        case legalAidSupervision
        case legalAidSupervise(Int)
        case legalAidFeedback(Int)
        // Legal aid from a call or a consultation: what the applicant supplied (issue 6)
        case legalAidDetails(Int)

        var segments: [Segment] {
            switch self {
            case .me: ["me"]
            case .regions: ["regions"]
            case .region(let id): ["regions", .id(id)]
            case .regionChildren(let id): ["regions", .id(id), "children"]
            case .servicePoints: ["service-points"]
            case .servicePoint(let id): ["service-points", .id(id)]
            case .professionals: ["professionals"]
            case .professional(let id): ["professionals", .id(id)]
            case .staff: ["staff"]
            case .staffMember(let id): ["staff", .id(id)]
            case .auditEvents: ["audit-events"]
            case .deadline: ["deadline"]
            case .services: ["services"]
            case .service(let id): ["services", .id(id)]
            case .workOrders: ["work-orders"]
            case .workOrder(let id): ["work-orders", .id(id)]
            case .workOrderActions(let id): ["work-orders", .id(id), "actions"]
            case .workOrderEvents(let id): ["work-orders", .id(id), "events"]
            case .workOrderAttachments(let id): ["work-orders", .id(id), "attachments"]
            case .workOrderAttachment(let id, let attachment): ["work-orders", .id(id), "attachments", .parameter(name: "attachment", value: attachment)]
            case .units: ["units"]
            case .unitClaim(let id): ["units", .id(id), "claim"]
            case .hotlineCalls: ["hotline", "calls"]
            case .hotlineFigures: ["hotline", "figures"]
            case .hotlineCallLegalAid(let id): ["hotline", "calls", .id(id), "legal-aid"]
            case .callbacks: ["callbacks"]
            case .track: ["track"]
            case .trackRating: ["track", "rating"]
            case .search: ["search"]
            case .laws: ["laws"]
            case .law(let law): ["laws", .text(name: "law", value: law)]
            case .lawArticle(let law, let article): ["laws", .text(name: "law", value: law), "articles", .text(name: "article", value: article)]
            case .citationCheck: ["citations", "check"]
            case .ask: ["ask"]
            case .knowledgeEntries: ["knowledge", "entries"]
            case .knowledgeEntry(let id): ["knowledge", "entries", .id(id)]
            case .knowledgeEntryPublish(let id): ["knowledge", "entries", .id(id), "publish"]
            case .knowledgeEntryRetire(let id): ["knowledge", "entries", .id(id), "retire"]
            case .searchExpansions: ["search-expansions"]
            case .searchExpansion(let id): ["search-expansions", .id(id)]
            case .consultations: ["consultations"]
            case .consultation(let id): ["consultations", .text(name: "consultation", value: id)]
            case .consultationAnswers(let id): ["consultations", .text(name: "consultation", value: id), "answers"]
            case .consultationFollowUps(let id): ["consultations", .text(name: "consultation", value: id), "follow-ups"]
            case .consultationRatings(let id): ["consultations", .text(name: "consultation", value: id), "ratings"]
            case .dutySlots: ["duty-slots"]
            case .dutySlot(let id): ["duty-slots", .id(id)]
            case .consultationServiceLevel: ["service-level", "consultations"]
            case .consultationStatus(let id): ["consultations", .text(name: "consultation", value: id), "status"]
            case .consultationReferrals(let id): ["consultations", .text(name: "consultation", value: id), "referrals"]
            case .consultationReviews: ["consultation-reviews"]
            case .consultationReview(let id): ["consultations", .text(name: "consultation", value: id), "review"]
            case .mediationDisputes: ["mediation", "disputes"]
            case .mediationDispute(let id): ["mediation", "disputes", .id(id)]
            case .mediationAssignment(let id): ["mediation", "disputes", .id(id), "assignment"]
            case .mediationConsents(let id): ["mediation", "disputes", .id(id), "consents"]
            case .mediationSessions(let id): ["mediation", "disputes", .id(id), "sessions"]
            case .mediationAgreementTemplate(let id): ["mediation", "disputes", .id(id), "agreement", "template"]
            case .mediationAgreement(let id): ["mediation", "disputes", .id(id), "agreement"]
            case .mediationSignatures(let id): ["mediation", "disputes", .id(id), "agreement", "signatures"]
            case .mediationFailure(let id): ["mediation", "disputes", .id(id), "failure"]
            case .mediationVisits(let id): ["mediation", "disputes", .id(id), "visits"]
            case .mediationScreeningReports: ["mediation", "screening-reports"]
            case .mediationStatistics: ["mediation", "statistics"]
            case .mediationConfirmation(let id): ["mediation", "disputes", .id(id), "confirmation"]
            case .mediationConfirmationOutcome(let id): ["mediation", "disputes", .id(id), "confirmation", "outcome"]
            case .legalAidScreening: ["legal-aid", "screening"]
            case .legalAidApplications: ["legal-aid", "applications"]
            case .legalAidApplication(let id): ["legal-aid", "applications", .id(id)]
            case .legalAidActions(let id): ["legal-aid", "applications", .id(id), "actions"]
            case .legalAidReview(let id): ["legal-aid", "applications", .id(id), "review"]
            case .legalAidConflicts(let id): ["legal-aid", "applications", .id(id), "conflicts"]
            case .legalAidNotes(let id): ["legal-aid", "applications", .id(id), "notes"]
            case .legalAidObjections(let id): ["legal-aid", "applications", .id(id), "objections"]
            case .legalAidObjectionDecision(let id): ["legal-aid", "objections", .id(id), "decision"]
            case .legalAidStatistics: ["legal-aid", "statistics"]
            case .legalAidRegisterCSV: ["legal-aid", "register.csv"]
            case .legalAidNotices: ["legal-aid", "notices"]
            case .legalAidNotice(let id): ["legal-aid", "applications", .id(id), "notice"]
            case .legalAidProviderExperience(let id): ["legal-aid", "providers", .id(id), "experience"]
            case .legalAidSupervision: ["legal-aid", "supervision"]
            case .legalAidSupervise(let id): ["legal-aid", "applications", .id(id), "supervision"]
            case .legalAidFeedback(let id): ["legal-aid", "applications", .id(id), "feedback"]
            case .legalAidDetails(let id): ["legal-aid", "applications", .id(id), "details"]
            }
        }
    }

    enum Segment: Sendable, Equatable, ExpressibleByStringLiteral {
        case constant(String)
        case parameter(name: String, value: Int)
        /// A text parameter, e.g. a law's name; percent-encoded in links.
        case text(name: String, value: String)
        case catchall(String)

        init(stringLiteral value: String) { self = .constant(value) }
        static func id(_ value: Int) -> Segment { .parameter(name: "id", value: value) }
    }

    var segments: [Segment] {
        switch self {
        case .home: []
        case .language: ["language"]
        case .asset(let name): ["assets", .catchall(name)]
        case .servicePoints: ["service-points"]
        case .servicePoint(let id): ["service-points", .id(id)]
        case .professionals: ["professionals"]
        case .professional(let id): ["professionals", .id(id)]
        case .citizenSignUp: ["account", "sign-up"]
        case .citizenSignIn: ["account", "sign-in"]
        case .citizenSignOut: ["account", "sign-out"]
        case .citizenHome: ["account"]
        case .staffSignIn: ["staff", "sign-in"]
        case .staffSignOut: ["staff", "sign-out"]
        case .staffSignOutEverywhere: ["staff", "sign-out-everywhere"]
        case .staffPassword: ["staff", "password"]
        case .staffHome: ["staff"]
        case .staffProfile: ["staff", "profile"]
        case .deadlineCalculator: ["staff", "deadline-calculator"]
        case .services: ["services"]
        case .service(let id): ["services", .id(id)]
        case .adminServices: ["admin", "services"]
        case .adminServiceNew: ["admin", "services", "new"]
        case .adminService(let id): ["admin", "services", .id(id)]
        case .adminServiceRetire(let id): ["admin", "services", .id(id), "retire"]
        case .workOrders: ["staff", "work-orders"]
        case .workOrderNew: ["staff", "work-orders", "new"]
        case .workOrder(let id): ["staff", "work-orders", .id(id)]
        case .workOrderAction(let id): ["staff", "work-orders", .id(id), "actions"]
        case .workOrderReceipt(let id): ["staff", "work-orders", .id(id), "receipt"]
        case .workOrderAttachments(let id): ["staff", "work-orders", .id(id), "attachments"]
        case .workOrderAttachment(let id, let attachment):
            ["staff", "work-orders", .id(id), "attachments", .parameter(name: "attachment", value: attachment)]
        case .unitClaim(let id): ["staff", "units", .id(id), "claim"]
        case .adminUnits: ["admin", "units"]
        case .adminUnitNew: ["admin", "units", "new"]
        case .adminUnit(let id): ["admin", "units", .id(id)]
        case .adminUnitMembers(let id): ["admin", "units", .id(id), "members"]
        case .adminUnitMemberDelete(let id, let member):
            ["admin", "units", .id(id), "members", .parameter(name: "member", value: member), "delete"]
        case .adminRoutingRules: ["admin", "routing-rules"]
        case .adminRoutingRuleDelete(let id): ["admin", "routing-rules", .id(id), "delete"]
        case .adminUnitMemberUpdate(let id, let member): ["admin", "units", .id(id), "members", .parameter(name: "member", value: member)]
        case .adminUnitRetire(let id): ["admin", "units", .id(id), "retire"]
        case .hotline: ["staff", "hotline"]
        case .hotlineCallWorkOrder(let id): ["staff", "hotline", "calls", .id(id), "work-order"]
        case .hotlineFigures: ["staff", "hotline", "figures"]
        case .hotlineCallLegalAid(let id): ["staff", "hotline", "calls", .id(id), "legal-aid"]
        case .callbacks: ["staff", "callbacks"]
        case .callbackDone(let id): ["staff", "callbacks", .id(id), "done"]
        case .callbackPhone(let id): ["staff", "callbacks", .id(id), "phone"]
        case .apply: ["apply"]
        case .applyService(let id): ["apply", .id(id)]
        case .kiosk(let id): ["kiosk", .id(id)]
        case .kioskService(let id, let service): ["kiosk", .id(id), "services", .parameter(name: "service", value: service)]
        case .track: ["track"]
        case .trackOrder: ["track", "order"]
        case .trackRate: ["track", "rate"]
        case .trackWithdraw: ["track", "withdraw"]
        case .satisfaction: ["staff", "satisfaction"]
        case .laws: ["laws"]
        case .law(let id): ["laws", .id(id)]
        case .lawArticle(let id, let article): ["laws", .id(id), "articles", .parameter(name: "article", value: article)]
        case .knowledge: ["knowledge"]
        case .knowledgeEntry(let id): ["knowledge", .id(id)]
        case .ask: ["ask"]
        case .askHandoff: ["ask", "handoff"]
        case .citationCheck: ["staff", "citation-check"]
        case .adminKnowledge: ["staff", "knowledge"]
        case .adminKnowledgeNew: ["staff", "knowledge", "new"]
        case .adminKnowledgeEntry(let id): ["staff", "knowledge", .id(id)]
        case .adminKnowledgePublish(let id): ["staff", "knowledge", .id(id), "publish"]
        case .adminKnowledgeRetire(let id): ["staff", "knowledge", .id(id), "retire"]
        case .adminSearchExpansions: ["admin", "search-expansions"]
        case .adminSearchExpansionDelete(let id): ["admin", "search-expansions", .id(id), "delete"]
        case .consult: ["consult"]
        case .consultation(let id): ["consult", .text(name: "consultation", value: id)]
        case .consultationFollowUp(let id): ["consult", .text(name: "consultation", value: id), "follow-up"]
        case .consultationRate(let id): ["consult", .text(name: "consultation", value: id), "rate"]
        case .consultationWorkbench: ["staff", "consultations"]
        case .consultationWorkbenchItem(let id): ["staff", "consultations", .text(name: "consultation", value: id)]
        case .consultationAnswer(let id): ["staff", "consultations", .text(name: "consultation", value: id), "answer"]
        case .consultationStream: ["staff", "consultations", "stream"]
        case .adminDutyRoster: ["admin", "duty-roster"]
        case .adminDutySlotDelete(let id): ["admin", "duty-roster", .id(id), "delete"]
        case .dutyAvailability: ["staff", "consultations", "availability"]
        case .dutyAvailabilityEnd: ["staff", "consultations", "availability", "end"]
        case .consultationOverdue: ["staff", "consultations", "overdue"]
        case .consultationServiceLevel: ["admin", "consultations", "service-level"]
        case .consultationServiceLevelCSV: ["admin", "consultations", "service-level.csv"]
        case .consultationReferrals(let id): ["staff", "consultations", .text(name: "consultation", value: id), "referrals"]
        case .consultationReviews: ["staff", "faq-reviews"]
        case .consultationReview(let id): ["staff", "faq-reviews", .text(name: "consultation", value: id)]
        case .mediationApply: ["mediation", "apply"]
        case .mediationCases: ["staff", "mediation"]
        case .mediationNew: ["staff", "mediation", "new"]
        case .mediationCase(let id): ["staff", "mediation", .id(id)]
        case .mediationCaseAction(let id): ["staff", "mediation", .id(id), "actions"]
        case .mediationAgreementPrint(let id): ["staff", "mediation", .id(id), "agreement"]
        case .mediationScreening: ["staff", "mediation", "screening"]
        case .mediationStatistics: ["staff", "mediation", "statistics"]
        case .mediationStatisticsCSV: ["staff", "mediation", "statistics.csv"]
        case .legalAidApply: ["legal-aid", "apply"]
        case .staffLegalAid: ["staff", "legal-aid"]
        case .staffLegalAidNew: ["staff", "legal-aid", "new"]
        case .staffLegalAidApplication(let id): ["staff", "legal-aid", .id(id)]
        case .staffLegalAidAction(let id): ["staff", "legal-aid", .id(id), "actions"]
        case .staffLegalAidReview(let id): ["staff", "legal-aid", .id(id), "review"]
        case .staffLegalAidNote(let id): ["staff", "legal-aid", .id(id), "notes"]
        case .staffLegalAidObjection(let id): ["staff", "legal-aid", .id(id), "objections"]
        case .staffLegalAidObjectionDecision(let id): ["staff", "legal-aid", "objections", .id(id), "decision"]
        case .staffLegalAidDocument(let id, let kind): ["staff", "legal-aid", .id(id), "documents", .text(name: "kind", value: kind)]
        case .staffLegalAidNoticeNew: ["staff", "legal-aid", "notices", "new"]
        case .staffLegalAidNoticeReply(let id): ["staff", "legal-aid", .id(id), "notice-reply"]
        case .staffLegalAidProviders: ["staff", "legal-aid", "providers"]
        case .staffLegalAidSupervision: ["staff", "legal-aid", "supervision"]
        case .staffLegalAidSupervise(let id): ["staff", "legal-aid", .id(id), "supervise"]
        case .staffLegalAidFeedback(let id): ["staff", "legal-aid", .id(id), "feedback"]
        case .trackLegalAidComplaint: ["track", "legal-aid-complaint"]
        case .staffLegalAidDetails(let id): ["staff", "legal-aid", .id(id), "details"]
        case .adminRegions: ["admin", "regions"]
        case .adminRegionNew: ["admin", "regions", "new"]
        case .adminRegion(let id): ["admin", "regions", .id(id)]
        case .adminRegionRetire(let id): ["admin", "regions", .id(id), "retire"]
        case .adminRegionMerge(let id): ["admin", "regions", .id(id), "merge"]
        case .adminServicePoints: ["admin", "service-points"]
        case .adminServicePointNew: ["admin", "service-points", "new"]
        case .adminServicePoint(let id): ["admin", "service-points", .id(id)]
        case .adminServicePointClose(let id): ["admin", "service-points", .id(id), "close"]
        case .adminStaff: ["admin", "staff"]
        case .adminStaffNew: ["admin", "staff", "new"]
        case .adminStaffMember(let id): ["admin", "staff", .id(id)]
        case .adminStaffGrants(let id): ["admin", "staff", .id(id), "grants"]
        case .adminStaffGrantDelete(let id, let grant):
            ["admin", "staff", .id(id), "grants", .parameter(name: "grant", value: grant), "delete"]
        case .adminStaffDisable(let id): ["admin", "staff", .id(id), "disable"]
        case .adminStaffEnable(let id): ["admin", "staff", .id(id), "enable"]
        case .adminStaffResetPassword(let id): ["admin", "staff", .id(id), "reset-password"]
        case .adminTokens: ["admin", "tokens"]
        case .adminTokenRevoke(let id): ["admin", "tokens", .id(id), "revoke"]
        case .adminAudit: ["admin", "audit"]
        case .adminCalendar: ["admin", "calendar"]
        case .healthz: ["healthz"]
        case .readyz: ["readyz"]
        case .metrics: ["metrics"]
        case .openAPI: ["openapi.json"]
        case .api(let api): ["api", "v1"] + api.segments
        }
    }

    /// The path for links, e.g. "/admin/regions/5".
    var path: String {
        "/" + segments.map { segment -> String in
            switch segment {
            case .constant(let s): s
            case .parameter(_, let value): String(value)
            case .text(_, let value): value.addingPercentEncoding(withAllowedCharacters: .urlPathSegmentAllowed) ?? value
            case .catchall(let s): s
            }
        }.joined(separator: "/")
    }

    /// The path with a query string built from the non-empty items.
    func path(query: [(String, String?)]) -> String {
        let items = query.compactMap { key, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return key + "=" + (value.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? "")
        }
        return items.isEmpty ? path : path + "?" + items.joined(separator: "&")
    }

    /// The pattern to register, e.g. ["admin", "regions", ":id"].
    var pathComponents: [PathComponent] {
        segments.map { segment in
            switch segment {
            case .constant(let s): .constant(s)
            case .parameter(let name, _): .parameter(name)
            case .text(let name, _): .parameter(name)
            case .catchall: .catchall
            }
        }
    }
}

extension Int {
    /// Stands for a path parameter when a route pattern is registered.
    static let routeParameter = 0
}

extension CharacterSet {
    /// Unreserved characters only, so a law's name or "133之一" is one safe path segment.
    static let urlPathSegmentAllowed: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~")
        return set
    }()

    static let urlQueryValueAllowed: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~")
        return set
    }()
}
