import FarunCore
import Plot

/// A vertical bar chart of the share answered within the limit per day, drawn as inline SVG by our own code (no
/// script, no library), like the hotline's operator chart. Title and description for screen readers; the table
/// below has the numbers.
enum ServiceLevelChart {
    static let height = 180
    static let barWidth = 36
    static let gap = 12
    static let labelHeight = 36

    static func svg(_ days: [ServiceLevelFigures], title: String, description: String) -> Node<HTML.BodyContext> {
        let width = max(200, days.count * (barWidth + gap) + gap)
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
            .attribute(named: "class", value: "chart"),
            .attribute(named: "viewBox", value: "0 0 \(width) \(height + labelHeight)"),
            .attribute(named: "role", value: "img"),
            .attribute(named: "aria-labelledby", value: "service-level-chart-title service-level-chart-desc"),
            .element(named: "title", nodes: [.attribute(named: "id", value: "service-level-chart-title"), .text(title)]),
            .element(named: "desc", nodes: [.attribute(named: "id", value: "service-level-chart-desc"), .text(description)]),
            .element(named: "line", nodes: [
                .attribute(named: "x1", value: "0"), .attribute(named: "y1", value: String(height)),
                .attribute(named: "x2", value: String(width)), .attribute(named: "y2", value: String(height)),
                .attribute(named: "stroke", value: "#6b7280"),
            ]),
        ]
        for (index, day) in days.enumerated() {
            let x = gap + index * (barWidth + gap)
            let permille = day.answeredWithinLimit.permille ?? 0
            let length = day.answeredWithinLimit.permille == nil ? 0 : max(2, permille * (height - 20) / 1000)
            nodes.append(.element(named: "rect", nodes: [
                .attribute(named: "x", value: String(x)), .attribute(named: "y", value: String(height - length)),
                .attribute(named: "width", value: String(barWidth)), .attribute(named: "height", value: String(length)),
                .attribute(named: "fill", value: "#1d4ed8"),
            ]))
            nodes.append(.element(named: "text", nodes: [
                .attribute(named: "x", value: String(x + barWidth / 2)), .attribute(named: "y", value: String(max(12, height - length - 4))),
                .attribute(named: "text-anchor", value: "middle"), .attribute(named: "font-size", value: "11"),
                .attribute(named: "fill", value: "#1f2937"), .text(HotlineFormat.percent(day.answeredWithinLimit)),
            ]))
            nodes.append(.element(named: "text", nodes: [
                .attribute(named: "x", value: String(x + barWidth / 2)), .attribute(named: "y", value: String(height + 16)),
                .attribute(named: "text-anchor", value: "middle"), .attribute(named: "font-size", value: "11"),
                .attribute(named: "fill", value: "#1f2937"), .text(String(day.day.description.suffix(5))),
            ]))
        }
        return .element(named: "figure", nodes: [.attribute(named: "class", value: "chart"), .element(named: "svg", nodes: nodes)])
    }
}
