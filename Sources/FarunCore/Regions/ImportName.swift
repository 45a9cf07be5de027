import Foundation

/// The name rule shared by the division and village imports: trimmed, not empty, at most 60 characters.
enum ImportName {
    static let maximumLength = 60

    static func clean(_ raw: String, line: Int) throws(ImportProblem) -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty {
            throw ImportProblem(line: line, kind: .emptyName, detail: "the name is empty")
        }
        if name.count > maximumLength {
            throw ImportProblem(
                line: line, kind: .nameTooLong,
                detail: "the name has \(name.count) characters; at most \(maximumLength) are allowed")
        }
        return name
    }
}
