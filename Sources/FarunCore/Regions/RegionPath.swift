/// The materialised path of a region's ancestors (区域路径): database ids from the root down to the region
/// itself, e.g. "/1/5/23/". The root of all regions is "/".
///
/// Because every segment ends with "/", a plain prefix test (SQL `LIKE '/1/5/%'`) finds a subtree without
/// matching "/1/50/". Encoded as a bare JSON string.
public struct RegionPath: Hashable, Sendable, Codable, CustomStringConvertible {
    public let value: String

    /// "/1/5/23/" for [1, 5, 23]; "/" for [].
    public init(ids: [Int]) {
        value = "/" + ids.map { "\($0)/" }.joined()
    }

    /// Parses `^/(\d+/)*$`. Segments must be canonical numbers that fit an `Int` (no leading zeros),
    /// so that equal paths have equal text.
    public init?(_ value: String) {
        guard value.hasPrefix("/"), value.hasSuffix("/") else { return nil }
        let segments = value.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            .dropFirst().dropLast()
        for segment in segments {
            guard ASCII.isDigits(Substring(segment)),
                  let number = Int(Substring(segment)), String(number) == Substring(segment)
            else { return nil }
        }
        self.value = value
    }

    /// The ids from the root down, e.g. [1, 5, 23].
    public var ids: [Int] {
        value.split(separator: "/").compactMap { Int($0) }
    }

    /// The path of a child region with database id `id`.
    public func appending(_ id: Int) -> RegionPath {
        RegionPath(validated: value + "\(id)/")
    }

    /// Whether `other` is this path or lies below it.
    public func contains(_ other: RegionPath) -> Bool {
        other.value.hasPrefix(value)
    }

    /// `value + "%"`, for `LIKE` subtree queries. Paths hold only digits and "/", so nothing needs escaping.
    public var likePattern: String { value + "%" }

    /// The number of ids: 0 for "/", 3 for "/1/5/23/".
    public var depth: Int { ids.count }

    public var description: String { value }

    private init(validated: String) { value = validated }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let path = RegionPath(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a region path: \(text)"))
        }
        self = path
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
