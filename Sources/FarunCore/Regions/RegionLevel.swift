/// The level of an administrative division (行政区划级别), from 省 down to 村民小组.
///
/// The declaration order is the depth order; `<` compares by depth, so a province is "less than" a county.
public enum RegionLevel: String, Sendable, Codable, CaseIterable, Comparable {
    /// 省级: province, autonomous region or municipality (省、自治区、直辖市).
    case province
    /// 地级: prefecture-level city, prefecture or league (地级市、地区、自治州、盟).
    case city
    /// 县级: county, county-level city or district (县、县级市、市辖区、旗).
    case county
    /// 乡级: township, town or subdistrict (乡、镇、街道).
    case township
    /// 村级: village or residents' committee (村委会、社区居委会).
    case village
    /// 村民小组: a group of households within a village.
    case group

    /// 0 for a province, 5 for a group.
    public var depth: Int {
        switch self {
        case .province: 0
        case .city: 1
        case .county: 2
        case .township: 3
        case .village: 4
        case .group: 5
        }
    }

    public static func < (a: RegionLevel, b: RegionLevel) -> Bool {
        a.depth < b.depth
    }

    /// Whether a division at `level` may sit directly under a division at this level.
    ///
    /// Besides the plain chain, two shortcuts exist in the official data:
    /// - county-level units directly under a province or municipality (省直辖县级行政单位, 直辖市的区县);
    /// - townships directly under a prefecture-level city that has no counties (不设区的地级市:
    ///   东莞, 中山, 儋州, 嘉峪关).
    public func allowsChild(_ level: RegionLevel) -> Bool {
        switch self {
        case .province: level == .city || level == .county
        case .city: level == .county || level == .township
        case .county: level == .township
        case .township: level == .village
        case .village: level == .group
        case .group: false
        }
    }
}
