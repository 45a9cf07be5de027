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
            }
        }
    }

    enum Segment: Sendable, Equatable, ExpressibleByStringLiteral {
        case constant(String)
        case parameter(name: String, value: Int)
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
    static let urlQueryValueAllowed: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~")
        return set
    }()
}
