import FarunCore
import Foundation
import Vapor

/// JSON shapes of the API. Separate from the Fluent models: storage can change without breaking clients.
struct PageDTO<Item: Content>: Content {
    struct Info: Content {
        let page: Int
        let per: Int
        let total: Int
        let page_count: Int
    }

    let items: [Item]
    let page: Info

    init(items: [Item], info: PageInfo) {
        self.items = items
        self.page = Info(page: info.page, per: info.per, total: info.total, page_count: info.pageCount)
    }
}

struct RegionDTO: Content {
    let id: Int
    let code: String?
    let code_source: String
    let name: String
    let level: String
    let parent_id: Int?
    let path: String
    let retired_at: Date?
    let merged_into_id: Int?

    init(_ r: Region) throws {
        id = try r.requireID()
        code = r.code
        code_source = r.codeSource.rawValue
        name = r.name
        level = r.level.rawValue
        parent_id = r.$parent.id
        path = r.path
        retired_at = r.retiredAt
        merged_into_id = r.mergedIntoID
    }
}

struct NewRegionDTO: Content {
    let name: String
    let level: String
    let parent_id: Int
    let code: String?
}

struct ServicePointDTO: Content {
    let id: Int
    let name: String
    let kind: String
    let region_id: Int
    let region_name: String
    let address: String
    let opening_hours: String
    let capacity: Int
    let phone: String
    let notice: String
    let closed_at: Date?

    init(_ p: ServicePoint) throws {
        id = try p.requireID()
        name = p.name
        kind = p.kind.rawValue
        region_id = p.$region.id
        region_name = p.$region.value?.name ?? ""
        address = p.address
        opening_hours = p.openingHours
        capacity = p.capacity
        phone = p.phone
        notice = p.notice
        closed_at = p.closedAt
    }
}

/// Create (all fields) or update (only the fields given).
struct ServicePointWriteDTO: Content {
    let name: String?
    let kind: String?
    let region_id: Int?
    let address: String?
    let opening_hours: String?
    let capacity: Int?
    let phone: String?
    let notice: String?
}

struct ProfessionalDTO: Content {
    let id: Int
    let name: String
    let profession: String
    let organisation: String
    let licence_number: String
    let specialties: [String]
    let languages: [String]
    let regions: [String]
    let bio: String

    init(_ c: ProfessionalQueries.Card) {
        id = c.id
        name = c.name
        profession = c.profession.rawValue
        organisation = c.organisation
        licence_number = c.licenceNumber
        specialties = c.specialties.map(\.rawValue)
        languages = c.languages.map(\.rawValue)
        regions = c.regions
        bio = c.bio
    }
}

struct GrantDTO: Content {
    let role: String
    let region_id: Int
    let region_name: String
}

struct StaffDTO: Content {
    let id: Int
    let username: String
    let display_name: String
    let disabled: Bool
    let grants: [GrantDTO]

    init(_ u: StaffUser) throws {
        id = try u.requireID()
        username = u.username
        display_name = u.displayName
        disabled = u.isDisabled
        grants = (u.$grants.value ?? []).map { GrantDTO(role: $0.role.rawValue, region_id: $0.$region.id, region_name: $0.$region.value?.name ?? "") }
    }
}

struct MeDTO: Content {
    let id: Int
    let username: String
    let display_name: String
    let grants: [GrantDTO]
    let permissions: [String]
    let token_scopes: [String]?
}

struct AuditEventDTO: Content {
    let id: Int
    let at: Date
    let actor_kind: String
    let actor_name: String
    let action: String
    let target_type: String
    let target_id: Int?
    let detail: String

    init(_ e: AuditEvent) throws {
        id = try e.requireID()
        at = e.at
        actor_kind = e.actorKind
        actor_name = e.actorName
        action = e.action
        target_type = e.targetType
        target_id = e.targetID
        detail = e.detail
    }
}
