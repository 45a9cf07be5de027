/// A requested page of a list (分页), clamped to sane values.
public struct PageRequest: Sendable, Equatable {
    /// 1-based.
    public let page: Int
    /// Items per page, 1...maxPer.
    public let per: Int

    /// Missing or out-of-range values are clamped: `page` to at least 1, `per` to 1...`maxPer`
    /// (`defaultPer` when missing).
    public init(page: Int?, per: Int?, defaultPer: Int = 20, maxPer: Int = 100) {
        let limit = max(1, maxPer)
        self.page = max(1, page ?? 1)
        self.per = min(max(1, per ?? defaultPer), limit)
    }

    /// The number of items before this page; saturates at `Int.max` for absurd page numbers.
    public var offset: Int {
        let (product, overflow) = (page - 1).multipliedReportingOverflow(by: per)
        return overflow ? Int.max : product
    }
}

/// Where a page sits in the whole list. Encodes `pageCount`, `hasNext` and `hasPrevious` too.
public struct PageInfo: Sendable, Equatable, Codable {
    public let page: Int
    public let per: Int
    /// The number of items in the whole list (never negative).
    public let total: Int

    public init(request: PageRequest, total: Int) {
        page = request.page
        per = request.per
        self.total = max(0, total)
    }

    /// At least 1, so an empty list still has one (empty) page.
    public var pageCount: Int { max(1, (total + per - 1) / per) }
    public var hasNext: Bool { page < pageCount }
    public var hasPrevious: Bool { page > 1 }

    private enum CodingKeys: String, CodingKey {
        case page, per, total, pageCount, hasNext, hasPrevious
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let request = PageRequest(
            page: try container.decode(Int.self, forKey: .page), per: try container.decode(Int.self, forKey: .per),
            maxPer: .max)
        self.init(request: request, total: try container.decode(Int.self, forKey: .total))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(page, forKey: .page)
        try container.encode(per, forKey: .per)
        try container.encode(total, forKey: .total)
        try container.encode(pageCount, forKey: .pageCount)
        try container.encode(hasNext, forKey: .hasNext)
        try container.encode(hasPrevious, forKey: .hasPrevious)
    }
}
