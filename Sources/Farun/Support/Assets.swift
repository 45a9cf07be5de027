import Foundation
import Vapor

/// Our own stylesheet and script, read once from the bundle.
enum Assets {
    struct Asset: Sendable {
        let body: String
        let contentType: HTTPMediaType
    }

    private static let all: [String: Asset] = {
        var out: [String: Asset] = [:]
        for (name, ext, type) in [("farun", "css", HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])),
                                  ("farun", "js", HTTPMediaType(type: "application", subType: "javascript", parameters: ["charset": "utf-8"])),
                                  ("kiosk", "js", HTTPMediaType(type: "application", subType: "javascript", parameters: ["charset": "utf-8"])),
                                  ("consult", "js", HTTPMediaType(type: "application", subType: "javascript", parameters: ["charset": "utf-8"])),
                                  ("workbench", "js", HTTPMediaType(type: "application", subType: "javascript", parameters: ["charset": "utf-8"]))] {
            if let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "assets")
                ?? Bundle.module.url(forResource: name, withExtension: ext),
               let text = try? String(contentsOf: url, encoding: .utf8) {
                out["\(name).\(ext)"] = Asset(body: text, contentType: type)
            }
        }
        return out
    }()

    static func named(_ name: String) -> Asset? { all[name] }
}
