import FarunCore
import Plot

/// "Page 2 of 7" with previous/next links that keep the current filters.
enum PaginationView {
    static func nav(_ info: PageInfo, base: SiteURL, query: [(String, String?)], l: L10n) -> Node<HTML.BodyContext> {
        .if(info.pageCount > 1 || info.page > 1, .nav(
            .class("pagination"), .attribute(named: "aria-label", value: l(.paginationLabel).attributeEscaped),
            .if(info.hasPrevious, .a(.rel(.prev), .href(base.path(query: query + [("page", String(info.page - 1))]).attributeEscaped), .text(l(.paginationPrevious)))),
            .span(.text(l(.paginationStatus, info.page, info.pageCount, info.total))),
            .if(info.hasNext, .a(.rel(.next), .href(base.path(query: query + [("page", String(info.page + 1))]).attributeEscaped), .text(l(.paginationNext))))
        ))
    }
}
