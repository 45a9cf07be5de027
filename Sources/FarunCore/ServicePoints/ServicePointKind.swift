/// The kinds of public legal service points (公共法律服务站点), from county down to village.
public enum ServicePointKind: String, Sendable, Codable, CaseIterable {
    /// 公共法律服务中心: the county-level centre.
    case center
    /// 公共法律服务工作站: the township workstation.
    case workstation
    /// 村（居）法律服务室 / 法律之家: the village or community law room.
    case lawRoom = "law_room"
    /// 人民调解点 / 调解室: a mediation point.
    case mediationPoint = "mediation_point"
    /// 自助终端: a self-service kiosk.
    case kiosk
}
