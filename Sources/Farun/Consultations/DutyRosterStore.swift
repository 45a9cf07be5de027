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
    /// (empty = every field).
    @discardableResult
    static func addSlot(person personID: Int, day: DutyDay, start: DutyTime, end: DutyTime, regionID: Int, fields: Set<LegalField>,
                        context: ConsultationContext, on db: any Database) async throws -> DutySlotRecord {
        guard start < end else { throw Problem.emptyTime }
        guard let region = try await Region.find(regionID, on: db) else { throw Problem.unknownRegion }
        let slot = DutySlotRecord()
        slot.$person.id = personID
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
                                   detail: ["person": String(personID), "fields": slot.fields], doer: context.doer, at: context.now, on: tx)
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
}
