/// Something wrong with a service catalog entry (服务清单校验), tied to the form field it belongs to. The same
/// problems come from the administration form (`ServiceCatalogEdit`) and from the API (`ServiceType.problems()`).
public struct ServiceTypeProblem: Sendable, Hashable, CustomStringConvertible {
    /// The form field; raw values are the form's field names (and the API's error `field`).
    public enum Field: String, Sendable, CaseIterable {
        case code
        case nameZh = "name_zh"
        case nameEn = "name_en"
        case handler
        case materials
        case acceptanceCount = "acceptance_count"
        case acceptanceUnit = "acceptance_unit"
        case acceptanceCitation = "acceptance_citation"
        case acceptanceText = "acceptance_text"
        case acceptanceRule = "acceptance_rule"
        case handlingCount = "handling_count"
        case handlingUnit = "handling_unit"
        case handlingCitation = "handling_citation"
        case handlingText = "handling_text"
        case handlingRule = "handling_rule"
        case otherLimits = "other_limits"
        case channels
    }

    public enum Kind: String, Error, Sendable, CaseIterable {
        /// Empty where a value is needed (for lists: no channel chosen).
        case required
        /// Longer than `limit` characters.
        case tooLong
        /// Not a valid code (`ServiceType.isValidCode`).
        case invalidCode
        /// More than `limit` lines.
        case tooMany
        /// Not a whole number from the allowed range (up to `limit`).
        case countOutOfRange
        /// A unit word in a line that the catalog does not know.
        case unknownUnit
        /// A value that is not one of the choices offered (unit select, channel checkbox).
        case unknownChoice
        /// An acceptance or handling limit in hours, months or years: work-order deadlines count days.
        case notDayCount
        /// A line that does not follow its format.
        case malformed
        /// A material line without the material.
        case missingItem
        /// A material line without its legal basis.
        case missingBasis
        /// A limit without its citation.
        case missingCitation
        /// An "other limit" line without the words saying what it is for.
        case missingText
    }

    public let field: Field
    public let kind: Kind
    /// The 1-based item (non-blank line) of a list field, nil for a single field.
    public let item: Int?
    /// The maximum for `tooLong`, `tooMany` and `countOutOfRange`.
    public let limit: Int?

    public init(_ field: Field, _ kind: Kind, item: Int? = nil, limit: Int? = nil) {
        self.field = field
        self.kind = kind
        self.item = item
        self.limit = limit
    }

    public var description: String {
        "\(field.rawValue)\(item.map { "#\($0)" } ?? ""): \(kind.rawValue)\(limit.map { " (\($0))" } ?? "")"
    }
}

/// Every problem of an entry that cannot be saved, in form order.
public struct ServiceTypeProblems: Error, Sendable, Equatable {
    public let problems: [ServiceTypeProblem]

    public init(_ problems: [ServiceTypeProblem]) {
        self.problems = problems
    }
}
