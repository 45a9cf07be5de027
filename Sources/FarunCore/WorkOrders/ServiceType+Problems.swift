/// Validation of a catalog entry as administrators edit it. Pure: uniqueness of the code needs the
/// database and is checked by the caller.
extension ServiceType {
    /// Length and size limits of the catalog's fields.
    public enum Bounds {
        public static let name = 80
        public static let handler = 500
        public static let item = 300
        public static let basis = 200
        public static let citation = 200
        public static let text = 200
        public static let ruleID = 20
        public static let materials = 40
        public static let otherLimits = 20
        /// The largest count of any limit (days, hours, months or years).
        public static let count = 10_000
    }

    /// Every problem, in form order; empty when the entry may be saved.
    public func problems() -> [ServiceTypeProblem] {
        var p: [ServiceTypeProblem] = []
        if code.isEmpty { p.append(.init(.code, .required)) } else if !Self.isValidCode(code) { p.append(.init(.code, .invalidCode)) }
        p += Self.text(nameZh, .nameZh, max: Bounds.name, required: true)
        p += Self.text(nameEn, .nameEn, max: Bounds.name, required: true)
        p += Self.text(handler, .handler, max: Bounds.handler, required: true)
        if materials.count > Bounds.materials { p.append(.init(.materials, .tooMany, limit: Bounds.materials)) }
        for (index, material) in materials.enumerated() {
            let item = index + 1
            if material.item.isEmpty { p.append(.init(.materials, .missingItem, item: item)) }
            if material.basis.isEmpty { p.append(.init(.materials, .missingBasis, item: item)) }
            if material.item.count > Bounds.item { p.append(.init(.materials, .tooLong, item: item, limit: Bounds.item)) }
            if material.basis.count > Bounds.basis { p.append(.init(.materials, .tooLong, item: item, limit: Bounds.basis)) }
        }
        if let limit = acceptanceLimit {
            p += Self.deadlineProblems(limit, count: .acceptanceCount, unit: .acceptanceUnit, citation: .acceptanceCitation,
                                       text: .acceptanceText, rule: .acceptanceRule)
        }
        if let limit = handlingLimit {
            p += Self.deadlineProblems(limit, count: .handlingCount, unit: .handlingUnit, citation: .handlingCitation,
                                       text: .handlingText, rule: .handlingRule)
        }
        if otherLimits.count > Bounds.otherLimits { p.append(.init(.otherLimits, .tooMany, limit: Bounds.otherLimits)) }
        for (index, limit) in otherLimits.enumerated() {
            let item = index + 1
            // 0 is allowed here: "no statutory period" (e.g. 人民调解法第二十一条, mediate promptly).
            if !(0...Bounds.count).contains(limit.count) { p.append(.init(.otherLimits, .countOutOfRange, item: item, limit: Bounds.count)) }
            if limit.citation.isEmpty { p.append(.init(.otherLimits, .missingCitation, item: item)) }
            if limit.text.isEmpty { p.append(.init(.otherLimits, .missingText, item: item)) }
            for (value, bound) in [(limit.citation, Bounds.citation), (limit.text, Bounds.text), (limit.ruleID, Bounds.ruleID)]
            where value.count > bound {
                p.append(.init(.otherLimits, .tooLong, item: item, limit: bound))
            }
        }
        if channels.isEmpty { p.append(.init(.channels, .required)) }
        return p
    }

    /// An acceptance or handling limit: it sets work-order deadlines, so it must count days (at least one).
    private static func deadlineProblems(
        _ limit: TimeLimit, count: ServiceTypeProblem.Field, unit: ServiceTypeProblem.Field,
        citation: ServiceTypeProblem.Field, text: ServiceTypeProblem.Field, rule: ServiceTypeProblem.Field
    ) -> [ServiceTypeProblem] {
        var p: [ServiceTypeProblem] = []
        if !(1...Bounds.count).contains(limit.count) { p.append(.init(count, .countOutOfRange, limit: Bounds.count)) }
        if !limit.unit.isDayCount { p.append(.init(unit, .notDayCount)) }
        if limit.citation.isEmpty { p.append(.init(citation, .required)) }
        p += Self.text(limit.citation, citation, max: Bounds.citation, required: false)
        p += Self.text(limit.text, text, max: Bounds.text, required: false)
        p += Self.text(limit.ruleID, rule, max: Bounds.ruleID, required: false)
        return p
    }

    private static func text(_ value: String, _ field: ServiceTypeProblem.Field, max: Int, required: Bool) -> [ServiceTypeProblem] {
        if required, value.isEmpty { return [.init(field, .required)] }
        return value.count > max ? [.init(field, .tooLong, limit: max)] : []
    }
}
