import Fluent
import FarunCore
import Foundation
import Vapor

/// The demo's duty roster (值班表) for online consultation: three county lawyers on duty round the clock, so a
/// question asked in the demo at any hour reaches at least three lawyers; town lawyers on weekday office hours.
enum DemoConsultations {
    struct File: Decodable {
        struct Slot: Decodable {
            let username, start, end, region: String
            let weekdays: [Int]
            let fields: [String]
            /// "lawyer" (default) or "supervisor" (值班督导).
            let kind: String?
        }
        let slots: [Slot]
    }

    static func createRoster(app: Application) async throws {
        guard let url = Bundle.module.url(forResource: "duty-roster", withExtension: "json", subdirectory: "demo")
            ?? Bundle.module.url(forResource: "duty-roster", withExtension: "json")
        else { throw DemoSeeder.Failure.message("bundled demo/duty-roster.json is missing") }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        let context = ConsultationContext(now: app.clock.now(), doer: .system, secrets: app.secrets)
        for slot in file.slots {
            guard let person = try await StaffUser.query(on: app.db).filter(\.$username == slot.username).first(),
                  let region = try await Region.query(on: app.db).filter(\.$code == (DivisionCode(slot.region)?.value ?? slot.region)).first(),
                  let start = time(slot.start), let end = time(slot.end)
            else { throw DemoSeeder.Failure.message("bad duty slot for \(slot.username)") }
            let fields = Set(slot.fields.compactMap(LegalField.init(rawValue:)))
            guard fields.count == slot.fields.count, let kind = DutyKind(rawValue: slot.kind ?? "lawyer") else {
                throw DemoSeeder.Failure.message("unknown field or kind in \(slot.username)'s duty")
            }
            for weekday in slot.weekdays {
                try await DutyRosterStore.addSlot(person: try person.requireID(), kind: kind, day: .weekly(weekday: weekday), start: start, end: end,
                                                  regionID: try region.requireID(), fields: fields, context: context, on: app.db)
            }
        }
    }

    /// "HH:MM", China time; "24:00" is the end of the day.
    private static func time(_ text: String) -> DutyTime? {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        return DutyTime(hour: parts[0], minute: parts[1])
    }
}
