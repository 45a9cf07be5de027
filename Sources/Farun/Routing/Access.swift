import FarunCore
import Vapor

/// Who may call a route. Every route declares one; the route-walk test proves it for each.
/// Region scope of a particular resource is checked where the resource is loaded (`requireStaff(_:in:)`).
enum Access: Sendable, Equatable, CustomStringConvertible {
    /// Anyone, signed in or not.
    case everyone
    /// A signed-in citizen account.
    case citizen
    /// A signed-in staff member (or API token) holding the permission somewhere.
    case staff(Permission)

    var description: String {
        switch self {
        case .everyone: "everyone"
        case .citizen: "citizen"
        case .staff(let p): "staff:\(p.rawValue)"
        }
    }
}

/// What the OpenAPI document says about an API route.
struct APIDoc: Sendable {
    var summary: String
    var tag: String
    var query: [QueryParameter] = []
    var requestSchema: String? = nil
    var responseSchema: String
    var isList: Bool = false
    var successStatus: Int = 200

    struct QueryParameter: Sendable {
        let name: String
        let type: String
        let description: String
    }
}

private let accessKey = AnySendableHashable("farun.access")
private let docKey = AnySendableHashable("farun.api-doc")
private let bodyLimitKey = AnySendableHashable("farun.body-limit")

extension Route {
    var access: Access? { userInfo[accessKey] as? Access }
    var apiDoc: APIDoc? { userInfo[docKey] as? APIDoc }
    /// The largest body the route collects (nil: the application's default).
    var bodyLimit: Int? { userInfo[bodyLimitKey] as? Int }
}

extension RoutesBuilder {
    /// Registers a route by its `SiteURL` with the access it requires. The only way Farun registers routes.
    @discardableResult
    func on<Response: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ url: SiteURL, access: Access, doc: APIDoc? = nil,
        body: HTTPBodyStreamStrategy = .collect,
        use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        let route = self.on(method, url.pathComponents, body: body, use: handler)
        route.userInfo[accessKey] = access
        if let doc { route.userInfo[docKey] = doc }
        if case .collect(let max?) = body { route.userInfo[bodyLimitKey] = max.value }
        return route
    }
}
