import FarunCore
import Plot

/// A horizontal bar chart of answered calls per operator, drawn as inline SVG by our own code (no script,
/// no library). It carries a title and a description for screen readers; the table next to it has the numbers.
enum OperatorChart {
    static let width = 640
    static let labelWidth = 140
    static let barHeight = 22
    static let gap = 8

    static func svg(_ loads: [OperatorLoad], names: [String], title: String, description: String) -> Node<HTML.BodyContext> {
        let most = max(1, loads.map(\.answered).max() ?? 1)
        let span = width - labelWidth - 60
        let height = loads.count * (barHeight + gap) + gap
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
            .attribute(named: "class", value: "chart"),
            .attribute(named: "viewBox", value: "0 0 \(width) \(height)"),
            .attribute(named: "role", value: "img"),
            .attribute(named: "aria-labelledby", value: "operator-chart-title operator-chart-desc"),
            .element(named: "title", nodes: [.attribute(named: "id", value: "operator-chart-title"), .text(title)]),
            .element(named: "desc", nodes: [.attribute(named: "id", value: "operator-chart-desc"), .text(description)]),
        ]
        for (index, load) in loads.enumerated() {
            let y = gap + index * (barHeight + gap)
            let length = max(2, load.answered * span / most)
            nodes.append(.element(named: "text", nodes: [
                .attribute(named: "x", value: String(labelWidth - 8)), .attribute(named: "y", value: String(y + barHeight - 6)),
                .attribute(named: "text-anchor", value: "end"), .attribute(named: "fill", value: "#1f2937"),
                .text(index < names.count ? names[index] : load.operatorKey),
            ]))
            nodes.append(.element(named: "rect", nodes: [
                .attribute(named: "x", value: String(labelWidth)), .attribute(named: "y", value: String(y)),
                .attribute(named: "width", value: String(length)), .attribute(named: "height", value: String(barHeight)),
                .attribute(named: "fill", value: "#1d4ed8"),
            ]))
            nodes.append(.element(named: "text", nodes: [
                .attribute(named: "x", value: String(labelWidth + length + 6)), .attribute(named: "y", value: String(y + barHeight - 6)),
                .attribute(named: "fill", value: "#1f2937"), .text(String(load.answered)),
            ]))
        }
        return .element(named: "figure", nodes: [.attribute(named: "class", value: "chart"), .element(named: "svg", nodes: nodes)])
    }
}
