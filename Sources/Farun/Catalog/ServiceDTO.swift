import FarunCore
import Foundation
import Vapor

/// A catalog entry in the API (snake_case, separate from the `service_types` row).
struct ServiceDTO: Content {
    struct MaterialDTO: Content, Equatable {
        let item: String
        let basis: String
        let required: Bool
    }

    struct TimeLimitDTO: Content, Equatable {
        let count: Int
        /// A `DayUnit` raw value: day(calendar), working_day, day(unspecified), hour, month, year.
        let unit: String
        let citation: String
        let text: String
        let rule_id: String
    }

    let id: Int
    let code: String
    let name_zh: String
    let name_en: String
    let handler: String
    let materials: [MaterialDTO]
    let acceptance_limit: TimeLimitDTO?
    let handling_limit: TimeLimitDTO?
    let other_limits: [TimeLimitDTO]
    let channels: [String]
    let is_free: Bool
    /// For `PUT`: send back the version you read.
    let version: Int

    init(_ entry: CatalogEntry) throws {
        let s = entry.serviceType
        id = try entry.requireID()
        code = s.code
        name_zh = s.nameZh
        name_en = s.nameEn
        handler = s.handler
        materials = s.materials.map { MaterialDTO(item: $0.item, basis: $0.basis, required: $0.isRequired) }
        acceptance_limit = s.acceptanceLimit.map(TimeLimitDTO.init)
        handling_limit = s.handlingLimit.map(TimeLimitDTO.init)
        other_limits = s.otherLimits.map(TimeLimitDTO.init)
        channels = WorkOrderChannel.allCases.filter(s.channels.contains).map(\.rawValue)
        is_free = s.isFree
        version = entry.version
    }
}

extension ServiceDTO.TimeLimitDTO {
    init(_ limit: TimeLimit) {
        self.init(count: limit.count, unit: limit.unit.rawValue, citation: limit.citation, text: limit.text, rule_id: limit.ruleID)
    }

    /// The domain value, or the problem with the unit (reported on `field`).
    func timeLimit(unitField: ServiceTypeProblem.Field, item: Int? = nil, _ problems: inout [ServiceTypeProblem]) -> TimeLimit {
        let parsed = DayUnit(rawValue: unit)
        if parsed == nil { problems.append(.init(unitField, item == nil ? .unknownChoice : .unknownUnit, item: item)) }
        return TimeLimit(count: count, unit: parsed ?? .calendarDays, ruleID: clean(rule_id), citation: clean(citation), text: clean(text))
    }
}

/// `PUT /api/v1/services/:id`: the whole entry (the code never changes) and the version it was read at.
struct ServiceWriteDTO: Content {
    let name_zh: String
    let name_en: String
    let handler: String
    let materials: [ServiceDTO.MaterialDTO]
    let acceptance_limit: ServiceDTO.TimeLimitDTO?
    let handling_limit: ServiceDTO.TimeLimitDTO?
    let other_limits: [ServiceDTO.TimeLimitDTO]
    let channels: [String]
    let is_free: Bool
    let version: Int

    /// The domain value for `code`, or the problems that stop it from being read at all.
    func service(code: String) -> (ServiceType, [ServiceTypeProblem]) {
        var problems: [ServiceTypeProblem] = []
        let channelSet = Set(channels.compactMap(WorkOrderChannel.init(rawValue:)))
        if channelSet.count != Set(channels).count { problems.append(.init(.channels, .unknownChoice)) }
        let service = ServiceType(
            code: code, nameZh: clean(name_zh), nameEn: clean(name_en), handler: clean(handler),
            materials: materials.map { .init(item: clean($0.item), basis: clean($0.basis), isRequired: $0.required) },
            acceptanceLimit: acceptance_limit?.timeLimit(unitField: .acceptanceUnit, &problems),
            handlingLimit: handling_limit?.timeLimit(unitField: .handlingUnit, &problems),
            otherLimits: other_limits.enumerated().map { $1.timeLimit(unitField: .otherLimits, item: $0 + 1, &problems) },
            channels: channelSet, isFree: is_free)
        return (service, problems)
    }
}

private func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
