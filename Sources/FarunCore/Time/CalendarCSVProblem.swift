/// The first thing wrong with a working-day calendar file (工作日历导入错误), with its 1-based line
/// (the header is line 1).
public struct CalendarCSVProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let kind: Kind
    public let detail: String

    public enum Kind: String, Sendable, CaseIterable {
        /// The first line is not `date,kind,name` (also used for an empty file).
        case missingHeader
        /// A row does not have exactly three fields, or a quoted field is never closed.
        case wrongColumnCount
        /// The date is not a real date written YYYY-MM-DD.
        case badDate
        /// The kind is neither `holiday` nor `workday_adjusted`.
        case unknownKind
        /// The same date appears on an earlier line.
        case duplicateDate
    }

    public init(line: Int, kind: Kind, detail: String) {
        self.line = line
        self.kind = kind
        self.detail = detail
    }

    public var description: String {
        "line \(line): \(kind.rawValue) – \(detail)"
    }
}
