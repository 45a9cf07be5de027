import Foundation

/// Why free text was rejected.
public enum TextProblem: String, Error, Sendable {
    case tooLong
    case empty
}

/// Cleans free text typed into forms (文本清理).
public enum TextRule {
    /// Trims surrounding whitespace, turns CRLF and CR into "\n", drops control characters other than "\n"
    /// and "\t", and keeps inner line breaks. nil and blank text become "". Fails with `.tooLong` when more
    /// than `max` characters remain.
    public static func clean(_ s: String?, max: Int) -> Result<String, TextProblem> {
        var scalars = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in (s ?? "").unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\r": scalars.append("\n")
            case "\n" where previous == "\r": continue
            case "\n", "\t": scalars.append(scalar)
            default:
                if scalar.properties.generalCategory != .control { scalars.append(scalar) }
            }
        }
        let text = String(scalars).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.count > max ? .failure(.tooLong) : .success(text)
    }

    /// Like `clean`, but blank text is `.empty`.
    public static func required(_ s: String?, max: Int) -> Result<String, TextProblem> {
        clean(s, max: max).flatMap { $0.isEmpty ? .failure(.empty) : .success($0) }
    }
}
