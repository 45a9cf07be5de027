import Vapor

/// 12348 hotline: switchboard API, call list, call-backs and figures.
enum HotlineController {
    static func register(_ routes: any RoutesBuilder) {}
}
