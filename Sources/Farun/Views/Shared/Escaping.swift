import Plot

extension String {
    /// Plot escapes text but not attribute values: every attribute built from data goes through this.
    var attributeEscaped: String {
        var out = ""
        out.reserveCapacity(count)
        for c in self {
            switch c {
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(c)
            }
        }
        return out
    }
}

extension Node where Context: HTML.BodyContext {
    /// Text that may contain anything a user typed.
    static func userText(_ text: String) -> Node { .text(text) }
}

extension Attribute where Context == HTML.AnchorContext {
    static func link(_ url: SiteURL) -> Attribute { .href(url.path) }
    static func link(_ path: String) -> Attribute { .href(path.attributeEscaped) }
}
