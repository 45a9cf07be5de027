import Fluent
import FarunCore
import Foundation

/// Writes the duty roster (值班排班) and lawyers' own availability (自主上线); reading is `ConsultationStore.roster`.
enum DutyRosterStore {
    enum Problem: Error, Sendable, Hashable {
        /// The end is not after the start.
        case emptyTime
        case unknownRegion
    }

    /// Schedules `personID` on `day` from `start` to `end` (China time) for the subtree of `regionID` and `fields`
    /// (empty = every field), as lawyer duty or as duty supervisor.
    @discardableResult
    static func addSlot(person personID: Int, kind: DutyKind = .lawyer, day: DutyDay, start: DutyTime, end: DutyTime, regionID: Int,
                        fields: Set<LegalField>, context: ConsultationContext, on db: any Database) async throws -> DutySlotRecord {
        guard start < end else { throw Problem.emptyTime }
        guard let region = try await Region.find(regionID, on: db) else { throw Problem.unknownRegion }
        let slot = DutySlotRecord()
        slot.$person.id = personID
        slot.kind = kind
        switch day {
        case .weekly(let weekday): slot.weekday = weekday
        case .date(let date): slot.onDate = date.description
        }
        slot.startMinute = start.minutes
        slot.endMinute = end.minutes
        slot.$region.id = regionID
        slot.regionPath = region.path
        slot.fields = DutyFields.format(fields)
        try await db.writeTransaction { tx in
            try await slot.create(on: tx)
            try await Audit.record("duty.slot.add", target: "duty_slot", id: slot.id, regionPath: region.regionPath,
                                   detail: ["person": String(personID), "kind": kind.rawValue, "fields": slot.fields], doer: context.doer, at: context.now, on: tx)
        }
        return slot
    }

    /// Records that `personID` can answer from `from` until `until` for the subtree of `regionID` and `fields`.
    @discardableResult
    static func declareAvailability(person personID: Int, from: Date, until: Date, regionID: Int, fields: Set<LegalField>,
                                    context: ConsultationContext, on db: any Database) async throws -> DutyAvailabilityRecord {
        guard from < until else { throw Problem.emptyTime }
        guard let region = try await Region.find(regionID, on: db) else { throw Problem.unknownRegion }
        let declared = DutyAvailabilityRecord()
        declared.$person.id = personID
        declared.from = from
        declared.until = until
        declared.$region.id = regionID
        declared.regionPath = region.path
        declared.fields = DutyFields.format(fields)
        try await db.writeTransaction { tx in
            try await declared.create(on: tx)
            try await Audit.record("duty.availability.declare", target: "duty_availability", id: declared.id, regionPath: region.regionPath,
                                   detail: ["person": String(personID)], doer: context.doer, at: context.now, on: tx)
        }
        return declared
    }

    /// Takes a slot off the roster; the audit row keeps what it was.
    static func removeSlot(_ slot: DutySlotRecord, context: ConsultationContext, on db: any Database) async throws {
        let id = slot.id
        let detail = ["person": String(slot.$person.id), "kind": slot.kind.rawValue, "weekday": slot.weekday.map(String.init) ?? "",
                      "date": slot.onDate ?? "", "start": String(slot.startMinute), "end": String(slot.endMinute), "fields": slot.fields]
        try await db.writeTransaction { tx in
            try await slot.delete(on: tx)
            try await Audit.record("duty.slot.remove", target: "duty_slot", id: id, regionPath: RegionPath(slot.regionPath),
                                   detail: detail, doer: context.doer, at: context.now, on: tx)
        }
    }

    /// Ends `personID`'s declarations still running at `context.now` (下线): their end becomes now. Returns how many.
    @discardableResult
    static func endAvailability(person personID: Int, context: ConsultationContext, on db: any Database) async throws -> Int {
        try await db.writeTransaction { tx in
            let running = try await DutyAvailabilityRecord.query(on: tx).filter(\.$person.$id == personID)
                .filter(\.$until > context.now).all()
            for declared in running {
                // One that had not started yet is simply over before it began.
                declared.until = max(declared.from, context.now)
                try await declared.save(on: tx)
                try await Audit.record("duty.availability.end", target: "duty_availability", id: declared.id, regionPath: RegionPath(declared.regionPath),
                                       detail: ["person": String(personID)], doer: context.doer, at: context.now, on: tx)
            }
            return running.count
        }
    }
}
