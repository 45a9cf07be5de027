import Fluent
import FarunCore
import Foundation

/// The supervision screen (督办): every open legal aid matter in the caller's regions, classified by
/// `LegalAidSupervision` on an injected day, late ones first.
enum LegalAidSupervisionQueries {
    /// States in which something can be late (see `LegalAidSupervision.findings`).
    static let watchedStates: [LegalAidState] = [.received, .granted, .assigned, .handling, .refused, .terminated]

    struct Filter: Sendable, Equatable {
        /// The subtrees the caller may see; nil = everywhere (tests, system jobs).
        var scopes: [RegionPath]?
        var region: RegionPath?
        /// Empty = every kind.
        var kinds: Set<LegalAidSupervision.Kind> = []
        /// Leave out the at-risk rows.
        var overdueOnly = false
    }

    struct Row: Sendable {
        let applicationID: Int
        let number: String
        let state: LegalAidState
        let regionID: Int
        let regionName: String
        let providerName: String
        let finding: LegalAidSupervision.Finding
    }

    static func policy(_ settings: Settings) -> LegalAidSupervision.Policy {
        LegalAidSupervision.Policy(legalAid: LegalAidStore.policy(settings))
    }

    /// Every finding, the most overdue first (earliest due date, then the oldest start, then the application).
    static func rows(_ filter: Filter, today: LocalDate, policy: LegalAidSupervision.Policy, calendar: WorkCalendar,
                     on db: any Database) async throws -> [Row] {
        let query = LegalAidApplication.query(on: db).filter(\.$state ~~ watchedStates)
        if let scopes = filter.scopes {
            guard !scopes.isEmpty else { return [] }
            query.group(.or) { or in
                for scope in scopes { or.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) }
            }
        }
        if let region = filter.region { query.filter(\.$regionPath, .custom("LIKE"), region.likePattern) }
        let applications = try await query.sort(\.$id).limit(5000).all()
        let matters = try await matters(applications, on: db)
        let regionIDs = Set(applications.map { $0.$region.id })
        let regions = regionIDs.isEmpty ? [] : try await Region.query(on: db).filter(\.$id ~~ Array(regionIDs)).all()
        let names = Dictionary(uniqueKeysWithValues: regions.compactMap { r in r.id.map { ($0, r.name) } })
        var rows: [Row] = []
        for a in applications {
            guard let id = a.id, let matter = matters[id] else { continue }
            for finding in LegalAidSupervision.findings(matter, today: today, policy: policy, calendar: calendar) {
                if !filter.kinds.isEmpty && !filter.kinds.contains(finding.kind) { continue }
                if filter.overdueOnly && finding.severity != .overdue { continue }
                rows.append(Row(applicationID: id, number: a.number, state: a.state, regionID: a.$region.id,
                                regionName: names[a.$region.id] ?? "", providerName: a.providerName, finding: finding))
            }
        }
        return rows.sorted { x, y in
            if x.finding.due.dueDate != y.finding.due.dueDate { return x.finding.due.dueDate < y.finding.due.dueDate }
            if x.finding.since != y.finding.since { return x.finding.since < y.finding.since }
            return x.applicationID < y.applicationID
        }
    }

    /// One page of `rows`.
    static func page(_ filter: Filter, page: PageRequest, today: LocalDate, policy: LegalAidSupervision.Policy, calendar: WorkCalendar,
                     on db: any Database) async throws -> ([Row], PageInfo) {
        let all = try await rows(filter, today: today, policy: policy, calendar: calendar, on: db)
        let slice = page.offset >= all.count ? [] : Array(all[page.offset..<min(all.count, page.offset + page.per)])
        return (slice, PageInfo(request: page, total: all.count))
    }

    /// What supervision needs from each application: supplement rounds, case notes, open objections.
    static func matters(_ applications: [LegalAidApplication], on db: any Database) async throws -> [Int: LegalAidSupervision.Matter] {
        let ids = applications.compactMap(\.id)
        guard !ids.isEmpty else { return [:] }
        let rounds = Dictionary(grouping: try await LegalAidSupplement.query(on: db).filter(\.$application.$id ~~ ids).all(), by: { $0.$application.id })
        let notes = Dictionary(grouping: try await LegalAidCaseNote.query(on: db).filter(\.$application.$id ~~ ids).all(), by: { $0.$application.id })
        let objections = Dictionary(grouping: try await LegalAidObjection.query(on: db).filter(\.$application.$id ~~ ids).filter(\.$decision == nil).all(),
                                    by: { $0.$application.id })
        var result: [Int: LegalAidSupervision.Matter] = [:]
        for a in applications {
            guard let id = a.id, let received = LocalDate(a.receivedOn) else { continue }
            let caseNotes = notes[id] ?? []
            result[id] = LegalAidSupervision.Matter(
                state: a.state, receivedOn: received, supplements: (rounds[id] ?? []).compactMap(\.pause),
                grantedOn: a.decision == LegalAidAction.grant.rawValue ? a.decidedOn.flatMap(LocalDate.init) : nil,
                assignedOn: a.assignedOn.flatMap(LocalDate.init),
                lastRecordedOn: caseNotes.map(\.createdAt).max().map(LocalDate.inChina),
                hearings: caseNotes.filter { $0.kind == .hearing }.compactMap { LocalDate($0.onDate) },
                concludedOn: caseNotes.filter { $0.kind == .concluded }.compactMap { LocalDate($0.onDate) }.max(),
                openObjections: (objections[id] ?? []).compactMap { LocalDate($0.receivedOn) })
        }
        return result
    }
}
