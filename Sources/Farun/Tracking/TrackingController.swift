import Vapor

/// Citizens: submission on a phone or kiosk, tracking by number and phone, rating.
enum TrackingController {
    static func register(_ routes: any RoutesBuilder) {}
}
