extension OpenAPIDocument {
    /// JSON schemas of this feature's API.
    static var hotlineSchemas: [String: Any] { [:] }
}
