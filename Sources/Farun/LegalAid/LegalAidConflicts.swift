import Fluent
import FarunCore
import Foundation

/// Loads the earlier parties the conflict check compares against and runs it (法律援助 利益冲突审查). Candidates are
/// narrowed in SQL to the same ID or phone hash, or a name with the same first character (the fuzzy name rule
/// never matches Chinese names with different surnames); the pure `ConflictCheck` decides.
enum LegalAidConflicts {
    static func check(_ application: LegalAidApplication, on db: any Database) async throws -> [ConflictCheck.Match] {
        guard let order = try await WorkOrder.find(application.$workOrder.id, on: db) else { return [] }
        let applicant = ConflictCheck.Identity(name: order.requesterName, residentIDHash: order.residentIDHash, phoneHash: order.requesterPhoneHash)
        let opponent = ConflictCheck.Identity(name: application.opponentName, residentIDHash: application.opponentResidentIDHash,
                                              phoneHash: application.opponentPhoneHash)
        let earlier = try await candidates(for: [applicant, opponent], excluding: order, on: db)
        return ConflictCheck.check(applicant: applicant, opponents: [opponent], against: earlier)
    }

    private static func candidates(for parties: [ConflictCheck.Identity], excluding order: WorkOrder, on db: any Database) async throws -> [ConflictCheck.Earlier] {
        let orderID = try order.requireID()
        let idHashes = parties.compactMap(\.residentIDHash).filter { !$0.isEmpty }
        let phoneHashes = parties.compactMap(\.phoneHash).filter { !$0.isEmpty }
        let initials = Set(parties.compactMap { ConflictCheck.normalisedName($0.name).first.map(String.init) })

        // Requesters of every other work order (all services: legal aid, mediation, consultations turned orders …).
        let orders = try await WorkOrder.query(on: db).filter(\.$id != orderID).group(.or) { or in
            if !idHashes.isEmpty { or.filter(\.$residentIDHash ~~ idHashes) }
            if !phoneHashes.isEmpty { or.filter(\.$requesterPhoneHash ~~ phoneHashes) }
            for initial in initials { or.filter(\.$requesterName, .custom("LIKE"), initial + "%") }
            or.filter(\.$id == -1)
        }.limit(500).all()
        var earlier = orders.map { o in
            ConflictCheck.Earlier(source: o.serviceCode == LegalAidStore.serviceCode ? "legal_aid" : "work_order", reference: o.number, role: .applicant,
                                  identity: .init(name: o.requesterName, residentIDHash: o.residentIDHash, phoneHash: o.requesterPhoneHash))
        }
        // Opposing parties of earlier legal aid applications.
        let applications = try await LegalAidApplication.query(on: db).filter(\.$workOrder.$id != orderID).group(.or) { or in
            if !idHashes.isEmpty { or.filter(\.$opponentResidentIDHash ~~ idHashes) }
            if !phoneHashes.isEmpty { or.filter(\.$opponentPhoneHash ~~ phoneHashes) }
            for initial in initials { or.filter(\.$opponentName, .custom("LIKE"), initial + "%") }
            or.filter(\.$id == -1)
        }.limit(500).all()
        earlier += applications.map { a in
            ConflictCheck.Earlier(source: "legal_aid", reference: a.number, role: .opponent,
                                  identity: .init(name: a.opponentName, residentIDHash: a.opponentResidentIDHash, phoneHash: a.opponentPhoneHash))
        }
        return earlier
    }
}
