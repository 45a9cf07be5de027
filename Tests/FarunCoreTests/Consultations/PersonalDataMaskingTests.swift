import Testing
@testable import FarunCore

@Suite struct PersonalDataMaskingTests {
    @Test(arguments: [
        ("我的身份证号是11010519491231002X，请帮忙", "我的身份证号是1101**********002X，请帮忙", PersonalDataMasking.Kind.residentID),
        ("身份证110105491231002号", "身份证1101*******1002号", .residentID),
        ("电话13812345678联系我", "电话138****5678联系我", .mobile),
        ("手机：138 1234 5678。", "手机：138****5678。", .mobile),
        ("手机138-1234-5678谢谢", "手机138****5678谢谢", .mobile),
        ("打+86 138 1234 5678找我", "打138****5678找我", .mobile),
        ("单位电话0357-5221234转", "单位电话0357-*****34转", .landline),
        ("座机010 12345678", "座机010-******78", .landline),
        ("卡号6222 0202 0000 0000 006被冻结", "卡号***************0006被冻结", .bankCard),
        ("工资卡4111111111111111没到账", "工资卡************1111没到账", .bankCard),
        ("全角１３８１２３４５６７８号码", "全角138****5678号码", .mobile),
        ("身份证１１０１０５１９４９１２３１００２Ｘ", "身份证1101**********002X", .residentID),
    ])
    func personalNumbersInChineseTextAreMasked(text: String, expected: String, kind: PersonalDataMasking.Kind) {
        // act
        let result = PersonalDataMasking.mask(text)
        // check
        #expect(result.text == expected)
        #expect(result.found == [kind])
    }

    @Test(arguments: [
        "借了他100000元，约定2023-05-01还",
        "身份证号11010519491231002Y不对",
        "110105194912310021",
        "工资卡4111111111111112",
        "12348热线打不通",
        "合同第3条和第15条",
    ])
    func numbersThatAreNotPersonalDataStay(text: String) {
        // act
        let result = PersonalDataMasking.mask(text)
        // check
        #expect(result.text == text)
        #expect(result.found.isEmpty)
    }

    @Test func severalNumbersSideBySideAreEachMasked() {
        // setup
        let text = "我13812345678，我老婆13912345678 身份证11010519491231002X"
        // act
        let result = PersonalDataMasking.mask(text)
        // check
        #expect(result.text == "我138****5678，我老婆139****5678 身份证1101**********002X")
        #expect(result.found == [.mobile, .mobile, .residentID])
    }

    @Test func twoMobilesSeparatedOnlyByASpaceAreBothMasked() {
        #expect(PersonalDataMasking.mask("13812345678 13912345678").text == "138****5678 139****5678")
    }

    @Test func bankCardLuhnCheck() {
        #expect(BankCardNumber.isValid("4111111111111111"))
        #expect(!BankCardNumber.isValid("4111111111111112"))
        #expect(!BankCardNumber.isValid("411111111111111"))
        #expect(BankCardNumber.mask("6222020200000000006") == "***************0006")
    }
}
