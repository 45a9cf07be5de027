/// The first thing wrong with an import file (导入错误), with the 1-based line it was found on
/// (the header is line 1; nil when the problem is not tied to a line).
public struct ImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let line: Int?
    public let kind: Kind
    public let detail: String

    public enum Kind: String, Sendable, CaseIterable {
        /// The first line is not the expected header (also used for an empty file).
        case missingHeader
        /// A row has the wrong number of fields, or a quoted field is never closed.
        case wrongColumnCount
        /// A code or parent code is not a valid division code.
        case invalidCode
        /// A level (or village kind) is not one of the allowed words.
        case invalidLevel
        case emptyName
        /// A name is longer than the import limit (60 characters).
        case nameTooLong
        case duplicateCode
        /// A division under the imported root names a parent that is not in the file.
        case unknownParent
        /// A division's level may not sit under its parent's level.
        case parentLevelMismatch
        /// A division's code does not start with its parent's code prefix.
        case codeParentMismatch
        /// The requested root code is not in the file.
        case rootNotFound
        /// A village names a township that is not known.
        case unknownTownship
        /// The same village name appears twice under one township.
        case duplicateVillage
    }

    public init(line: Int?, kind: Kind, detail: String) {
        self.line = line
        self.kind = kind
        self.detail = detail
    }

    public var description: String {
        let place = line.map { "line \($0)" } ?? "file"
        return "\(place): \(kind.rawValue) – \(detail)"
    }
}
