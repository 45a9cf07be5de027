extension OpenAPIDocument {
    /// JSON schemas of this feature's API.
    static var catalogSchemas: [String: Any] { [:] }
}
