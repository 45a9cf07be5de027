import Fluent
import FarunCore
import Vapor

/// The public directory of legal professionals (找律师).
enum ProfessionalQueries {
    struct Filter: Sendable {
        var text: String?
        var specialty: LegalField?
        var profession: StaffRole?
        var regionID: Int?
    }

    struct Card: Sendable {
        let id: Int
        let name: String
        let profession: StaffRole
        let organisation: String
        let licenceNumber: String
        let specialties: [LegalField]
        let languages: [ServiceLanguage]
        let regions: [String]
        let bio: String
    }

    /// Public profiles of enabled staff matching the filter. A region matches professionals serving it,
    /// any region above it (county-wide lawyers serve every village) or any region inside it.
    static func search(_ filter: Filter, page: PageRequest, on db: any Database) async throws -> ([ProfessionalProfile], PageInfo) {
        let query = ProfessionalProfile.query(on: db).join(StaffUser.self, on: \ProfessionalProfile.$user.$id == \StaffUser.$id)
            .filter(\.$isPublic == true).filter(StaffUser.self, \.$disabledAt == nil)
        if let text = filter.text, !text.isEmpty {
            let like = "%\(RegionQueries.escapeLike(text))%"
            query.group(.or) { group in
                group.filter(StaffUser.self, \.$displayName, .custom("LIKE"), like)
                group.filter(\.$organisation, .custom("LIKE"), like)
            }
        }
        if let specialty = filter.specialty { query.filter(\.$specialtiesText, .custom("LIKE"), "%,\(specialty.rawValue),%") }
        if let profession = filter.profession { query.filter(\.$profession == profession) }
        if let regionID = filter.regionID {
            guard let region = try await Region.find(regionID, on: db) else { return ([], PageInfo(request: page, total: 0)) }
            let ids = try await profileIDs(serving: region, on: db)
            query.filter(\.$id ~~ ids)
        }
        let total = try await query.count()
        let rows = try await query.sort(StaffUser.self, \.$displayName).range(page.offset..<(page.offset + page.per)).all()
        return (rows, PageInfo(request: page, total: total))
    }

    static func profileIDs(serving region: Region, on db: any Database) async throws -> [Int] {
        let links = try await ProfessionalRegion.query(on: db).join(Region.self, on: \ProfessionalRegion.$region.$id == \Region.$id)
            .group(.or) { group in
                group.filter(Region.self, \.$path, .custom("LIKE"), region.regionPath.likePattern)
                group.filter(Region.self, \.$id ~~ region.regionPath.ids)
            }
            .all()
        return Array(Set(links.map { $0.$profile.id }))
    }

    /// One published profile of an enabled account, or not found.
    static func publicCard(_ id: Int, on db: any Database) async throws -> Card {
        guard let profile = try await ProfessionalProfile.query(on: db).filter(\.$id == id).filter(\.$isPublic == true).with(\.$user).first(),
              !profile.user.isDisabled, let card = try await cards([profile], on: db).first
        else { throw AppError.notFound(.thingProfessional) }
        return card
    }

    static func cards(_ profiles: [ProfessionalProfile], on db: any Database) async throws -> [Card] {
        guard !profiles.isEmpty else { return [] }
        let ids = try profiles.map { try $0.requireID() }
        let users = try await StaffUser.query(on: db).filter(\.$id ~~ profiles.map { $0.$user.id }).all()
        let names = Dictionary(uniqueKeysWithValues: users.compactMap { u in u.id.map { ($0, u.displayName) } })
        let links = try await ProfessionalRegion.query(on: db).filter(\.$profile.$id ~~ ids).with(\.$region).all()
        var regionNames: [Int: [String]] = [:]
        for link in links { regionNames[link.$profile.id, default: []].append(link.region.name) }
        return profiles.compactMap { p in
            guard let id = p.id else { return nil }
            return Card(id: id, name: names[p.$user.id] ?? "", profession: p.profession, organisation: p.organisation,
                        licenceNumber: p.licenceNumber, specialties: p.specialties, languages: p.languages,
                        regions: regionNames[id, default: []].sorted(), bio: p.bio)
        }
    }
}
