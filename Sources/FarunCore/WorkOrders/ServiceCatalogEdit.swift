import Foundation

/// The administration form of a catalog entry as typed (服务清单编辑): plain text, materials and other limits
/// one per line (`ServiceCatalogLine`). `parse()` turns it into a `ServiceType` or lists what is wrong.
public struct ServiceCatalogEdit: Sendable, Equatable {
    /// An acceptance or handling limit as text fields. All empty (the unit aside) means the law sets none.
    public struct LimitFields: Sendable, Equatable {
        public var count: String
        public var unit: String
        public var citation: String
        public var text: String
        public var rule: String

        public init(count: String = "", unit: String = "", citation: String = "", text: String = "", rule: String = "") {
            self.count = count
            self.unit = unit
            self.citation = citation
            self.text = text
            self.rule = rule
        }

        public init(_ limit: TimeLimit?) {
            guard let limit else { self.init(); return }
            self.init(count: String(limit.count), unit: limit.unit.rawValue, citation: limit.citation, text: limit.text, rule: limit.ruleID)
        }

        /// The unit select always sends something, so it alone does not make a limit.
        public var isEmpty: Bool {
            [count, citation, text, rule].allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        }
    }

    public var code: String
    public var nameZh: String
    public var nameEn: String
    public var handler: String
    public var materials: String
    public var acceptance: LimitFields
    public var handling: LimitFields
    public var otherLimits: String
    /// Channel raw values as the checkboxes send them.
    public var channels: [String]
    public var isFree: Bool

    public init(code: String = "", nameZh: String = "", nameEn: String = "", handler: String = "", materials: String = "",
                acceptance: LimitFields = .init(), handling: LimitFields = .init(), otherLimits: String = "",
                channels: [String] = [], isFree: Bool = false) {
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.handler = handler
        self.materials = materials
        self.acceptance = acceptance
        self.handling = handling
        self.otherLimits = otherLimits
        self.channels = channels
        self.isFree = isFree
    }

    /// The form filled with an existing entry; `parse()` gives the entry back.
    public init(_ service: ServiceType) {
        self.init(
            code: service.code, nameZh: service.nameZh, nameEn: service.nameEn, handler: service.handler,
            materials: service.materials.map(ServiceCatalogLine.format).joined(separator: "\n"),
            acceptance: .init(service.acceptanceLimit), handling: .init(service.handlingLimit),
            otherLimits: service.otherLimits.map(ServiceCatalogLine.format).joined(separator: "\n"),
            channels: WorkOrderChannel.allCases.filter(service.channels.contains).map(\.rawValue), isFree: service.isFree)
    }

    /// The entry, or every problem in form order. The code is trimmed and upper-cased.
    public func parse() -> Result<ServiceType, ServiceTypeProblems> {
        var problems: [ServiceTypeProblem] = []
        let others = ServiceCatalogLine.lines(otherLimits).enumerated().map { index, line -> TimeLimit in
            switch ServiceCatalogLine.limit(line) {
            case .success(let limit): return limit
            case .failure(let kind):
                problems.append(.init(.otherLimits, kind, item: index + 1, limit: kind == .countOutOfRange ? ServiceType.Bounds.count : nil))
                return TimeLimit(count: 0, unit: .unspecifiedDays, citation: "", text: "")
            }
        }
        var channelSet: Set<WorkOrderChannel> = []
        for raw in channels {
            if let channel = WorkOrderChannel(rawValue: raw) { channelSet.insert(channel) } else { problems.append(.init(.channels, .unknownChoice)) }
        }
        let service = ServiceType(
            code: trimmed(code).uppercased(), nameZh: trimmed(nameZh), nameEn: trimmed(nameEn), handler: trimmed(handler),
            materials: ServiceCatalogLine.lines(materials).map(ServiceCatalogLine.material),
            acceptanceLimit: Self.limit(acceptance, count: .acceptanceCount, unit: .acceptanceUnit, &problems),
            handlingLimit: Self.limit(handling, count: .handlingCount, unit: .handlingUnit, &problems),
            otherLimits: others, channels: channelSet, isFree: isFree)
        // A line or field that could not be read gets one problem, not a second one about its stand-in.
        let unreadable = Set(problems.map { Spot(field: $0.field, item: $0.item) })
        problems += service.problems().filter { !unreadable.contains(Spot(field: $0.field, item: $0.item)) }
        guard !problems.isEmpty else { return .success(service) }
        let order = Dictionary(uniqueKeysWithValues: ServiceTypeProblem.Field.allCases.enumerated().map { ($1, $0) })
        return .failure(ServiceTypeProblems(problems.enumerated().sorted { a, b in
            (order[a.element.field] ?? 0, a.element.item ?? 0, a.offset) < (order[b.element.field] ?? 0, b.element.item ?? 0, b.offset)
        }.map(\.element)))
    }

    private struct Spot: Hashable {
        let field: ServiceTypeProblem.Field
        let item: Int?
    }

    private func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Reads count and unit; a count or unit that cannot be read is reported and stood in for.
    private static func limit(_ fields: LimitFields, count countField: ServiceTypeProblem.Field, unit unitField: ServiceTypeProblem.Field,
                              _ problems: inout [ServiceTypeProblem]) -> TimeLimit? {
        guard !fields.isEmpty else { return nil }
        let clean = { (s: String) in s.trimmingCharacters(in: .whitespacesAndNewlines) }
        var count = 1
        if let n = Int(clean(fields.count)) { count = n } else { problems.append(.init(countField, .countOutOfRange, limit: ServiceType.Bounds.count)) }
        var unit = DayUnit.calendarDays
        if let u = DayUnit(rawValue: clean(fields.unit)) {
            unit = u
        } else {
            problems.append(.init(unitField, clean(fields.unit).isEmpty ? .required : .unknownChoice))
        }
        return TimeLimit(count: count, unit: unit, ruleID: clean(fields.rule), citation: clean(fields.citation), text: clean(fields.text))
    }
}
