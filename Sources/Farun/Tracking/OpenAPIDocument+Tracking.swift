extension OpenAPIDocument {
    /// JSON schemas of this feature's API.
    static var trackingSchemas: [String: Any] { [:] }
}
