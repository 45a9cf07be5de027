import FarunCore
import Foundation
import Plot
@testable import Farun

/// Rendering helpers for page tests.
enum PageHTML {
    /// Exactly what the server sends (one line): used for escaping checks.
    static func served(_ html: HTML) -> String { html.render() }

    /// Indented, one element per line: used for snapshots so that a diff points at the changed element.
    static func readable(_ html: HTML) -> String { html.render(indentedBy: .spaces(2)) }

    /// A fixed instant for models that need a date (2026-09-21 in Beijing).
    static let fixedDate = Date(timeIntervalSince1970: 1_790_000_000)
}

/// Cross-site scripting payloads, one per way of breaking out of HTML.
enum Hostile {
    /// A live script element if text is not escaped.
    static let script = "<script>alert(1)</script>"
    /// Closes a double-quoted attribute and opens an element.
    static let doubleQuoteBreakout = "\"><img src=x onerror=alert(1)>"
    /// Closes a single-quoted attribute and adds an event handler.
    static let singleQuoteBreakout = "' onmouseover='alert(1)"
    /// All three in one value.
    static let combined = [script, doubleQuoteBreakout, singleQuoteBreakout].joined(separator: " ")

    static let payloads = [script, doubleQuoteBreakout, singleQuoteBreakout, combined]

    /// A layout context whose every string is hostile: staff display name, citizen name, bureau name,
    /// current path (goes into the language-switch link) and CSRF token (goes into hidden inputs).
    static func context(_ payload: String, staff: Bool, language: Farun.Language = .zhHans) -> PageContext {
        PageContext(
            l10n: L10n(language), path: "/admin/regions?q=" + payload, csrfToken: payload,
            staff: staff ? .init(displayName: payload, permissions: Set(Permission.allCases)) : nil,
            citizenName: staff ? nil : payload, bureauName: payload)
    }
}

/// Finds markup that a browser would treat as live: a small tokenizer that follows the HTML rules for tags,
/// quoted and unquoted attribute values, comments and raw-text elements (script, style, textarea, title).
enum MarkupCheck {
    struct Tag {
        let name: String
        let closing: Bool
        let attributes: [(name: String, value: String?)]
        let raw: String
    }

    /// Every way the page lets a payload become markup, with the rendered fragment; empty when safe.
    static func violations(in html: String) -> [String] {
        var found: [String] = []
        for needle in ["<script>alert", "<img src=x", "\"><img"] {
            var searchRange = html.startIndex..<html.endIndex
            while let r = html.range(of: needle, range: searchRange) {
                found.append("literal \(needle.debugDescription) in …\(fragment(html, around: r))…")
                searchRange = r.upperBound..<html.endIndex
            }
        }
        for tag in tags(in: html) where !tag.closing {
            if tag.name == "img" { found.append("live <img> element: \(tag.raw)") }
            if tag.name == "script", !tag.attributes.contains(where: { $0.name == "src" }) {
                found.append("inline <script> element: \(tag.raw)")
            }
            for attribute in tag.attributes where attribute.name.hasPrefix("on") {
                found.append("event-handler attribute \(attribute.name): \(tag.raw)")
            }
            if tag.raw.contains("' onmouseover='alert") {
                found.append("unescaped single-quote break-out inside a tag: \(tag.raw)")
            }
        }
        return found
    }

    static func fragment(_ html: String, around range: Range<String.Index>) -> String {
        let lower = html.index(range.lowerBound, offsetBy: -80, limitedBy: html.startIndex) ?? html.startIndex
        let upper = html.index(range.upperBound, offsetBy: 80, limitedBy: html.endIndex) ?? html.endIndex
        return String(html[lower..<upper])
    }

    private static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    static func tags(in html: String) -> [Tag] {
        let b = Array(html.utf8)
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/"), eq = UInt8(ascii: "=")
        let bang = UInt8(ascii: "!"), dq = UInt8(ascii: "\""), sq = UInt8(ascii: "'")
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
        func isAlpha(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        func text(_ from: Int, _ to: Int) -> String { String(decoding: b[from..<max(from, min(to, b.count))], as: UTF8.self) }
        func find(_ needle: String, from: Int) -> Int? {
            let n = Array(needle.lowercased().utf8)
            guard !n.isEmpty, b.count >= n.count else { return nil }
            var k = from
            while k + n.count <= b.count {
                var match = true
                for (o, c) in n.enumerated() {
                    var x = b[k + o]
                    if x >= 0x41 && x <= 0x5A { x += 0x20 }
                    if x != c { match = false; break }
                }
                if match { return k }
                k += 1
            }
            return nil
        }

        var tags: [Tag] = []
        var i = 0
        while i < b.count {
            guard b[i] == lt else { i += 1; continue }
            let start = i
            var j = i + 1
            if j < b.count, b[j] == bang {
                if text(j, j + 3) == "!--" {
                    i = (find("-->", from: j + 3).map { $0 + 3 }) ?? b.count
                } else {
                    i = (find(">", from: j).map { $0 + 1 }) ?? b.count
                }
                continue
            }
            var closing = false
            if j < b.count, b[j] == slash { closing = true; j += 1 }
            guard j < b.count, isAlpha(b[j]) else { i += 1; continue }
            let nameStart = j
            while j < b.count, !isSpace(b[j]), b[j] != slash, b[j] != gt { j += 1 }
            let name = text(nameStart, j).lowercased()
            var attributes: [(name: String, value: String?)] = []
            while j < b.count {
                while j < b.count, isSpace(b[j]) || b[j] == slash { j += 1 }
                if j >= b.count || b[j] == gt { break }
                let attributeStart = j
                if b[j] == eq { j += 1 }  // a leading "=" belongs to the name
                while j < b.count, !isSpace(b[j]), b[j] != slash, b[j] != gt, b[j] != eq { j += 1 }
                let attributeName = text(attributeStart, j).lowercased()
                while j < b.count, isSpace(b[j]) { j += 1 }
                var value: String?
                if j < b.count, b[j] == eq {
                    j += 1
                    while j < b.count, isSpace(b[j]) { j += 1 }
                    if j < b.count, b[j] == dq || b[j] == sq {
                        let quote = b[j]
                        j += 1
                        let valueStart = j
                        while j < b.count, b[j] != quote { j += 1 }
                        value = text(valueStart, j)
                        j += 1
                    } else {
                        let valueStart = j
                        while j < b.count, !isSpace(b[j]), b[j] != gt { j += 1 }
                        value = text(valueStart, j)
                    }
                }
                attributes.append((attributeName, value))
                if j == attributeStart { j += 1 }
            }
            let end = min(j + 1, b.count)
            tags.append(Tag(name: name, closing: closing, attributes: attributes, raw: text(start, end)))
            i = end
            if !closing, rawTextElements.contains(name) {
                i = find("</" + name, from: i) ?? b.count
            }
        }
        return tags
    }
}
