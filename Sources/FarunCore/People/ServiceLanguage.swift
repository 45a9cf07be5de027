/// A language a professional can serve in (服务语言).
public enum ServiceLanguage: String, Sendable, Codable, CaseIterable {
    /// 普通话 / Standard Chinese.
    case zh
    /// 晋语: the Jin dialects of Shanxi.
    case jin
    /// English.
    case en
    /// Anything else, described in free text.
    case other
}
