import FarunCore
import Plot

/// 首页 — the six entrances. An entrance links only to a service that exists; the others say how to get
/// that help today (the 12348 hotline or a service point) instead of pretending.
enum HomePage {
    struct Model: Sendable {
        var servicePointCount: Int
        var professionalCount: Int

        static let mock = Model(servicePointCount: 26, professionalCount: 34)
    }

    struct Entrance {
        let title: L
        let text: L
        let link: String?
    }
}
