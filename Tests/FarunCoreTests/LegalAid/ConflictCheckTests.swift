import Testing
import FarunCore

@Suite struct ConflictCheckTests {
    func earlier(_ reference: String, _ role: ConflictCheck.Role, _ name: String, id: String? = nil, phone: String? = nil) -> ConflictCheck.Earlier {
        .init(source: "legal_aid", reference: reference, role: role, identity: .init(name: name, residentIDHash: id, phoneHash: phone))
    }

    @Test func sameIDNumberOrPhoneIsAStrongMatchWhateverTheName() {
        // setup
        let applicant = ConflictCheck.Identity(name: "王芳", residentIDHash: "h-id-1", phoneHash: "h-ph-1")
        // act
        let matches = ConflictCheck.check(applicant: applicant, opponents: [], against: [
            earlier("A-1", .applicant, "王小芳", id: "h-id-1"),
            earlier("A-2", .opponent, "李强", phone: "h-ph-1"),
            earlier("A-3", .applicant, "赵六", id: "h-id-9", phone: "h-ph-9"),
        ])
        // check
        #expect(matches.map(\.earlier.reference) == ["A-2", "A-1"])
        #expect(matches.allSatisfy { $0.isStrong })
        #expect(matches[0].evidence == [.phone])
        #expect(matches[0].isAdverse)
    }

    @Test func chineseNamesMatchExactlyOrOneCharacterApartWhenLongEnough() {
        // act / check
        #expect(ConflictCheck.check(applicant: .init(name: "张晓明"), opponents: [], against: [earlier("B", .applicant, "张小明")]).first?.evidence == [.similarName(distance: 1)])
        #expect(ConflictCheck.check(applicant: .init(name: "张伟"), opponents: [], against: [earlier("B", .applicant, "张玮")]).isEmpty)
        #expect(ConflictCheck.check(applicant: .init(name: "李晓明"), opponents: [], against: [earlier("B", .applicant, "张晓明")]).isEmpty)
        #expect(ConflictCheck.check(applicant: .init(name: " 陳 大文"), opponents: [], against: [earlier("B", .applicant, "陈大文")]).first?.evidence == [.sameName])
    }

    @Test func organisationAndLatinNamesAreNormalised() {
        // setup
        let opponent = ConflictCheck.Identity(name: "某某建筑有限责任公司")
        // act
        let company = ConflictCheck.check(applicant: .init(name: "刘一"), opponents: [opponent], against: [earlier("C", .opponent, "某某建筑有限公司")])
        let latin = ConflictCheck.check(applicant: .init(name: "ＺＨＡＮＧ　Ｗｅｉ"), opponents: [], against: [earlier("D", .applicant, "wei zhang")])
        let typo = ConflictCheck.check(applicant: .init(name: "Alexander Smith"), opponents: [], against: [earlier("E", .applicant, "Alexandre Smith")])
        // check
        #expect(company.first?.evidence == [.sameName])
        #expect(company.first?.role == .opponent)
        #expect(company.first?.isAdverse == false)
        #expect(latin.first?.evidence == [.sameName])
        #expect(typo.first?.evidence == [.similarName(distance: 2)])
    }

    @Test("第二十一条 (privacy): the check works on keyed hashes, so an empty hash never matches another empty one")
    func emptyHashesNeverMatch() {
        // act
        let matches = ConflictCheck.check(applicant: .init(name: "甲", residentIDHash: "", phoneHash: ""), opponents: [],
                                          against: [earlier("F", .applicant, "乙", id: "", phone: "")])
        // check
        #expect(matches.isEmpty)
    }

    @Test func theOpponentAidedEarlierIsAnAdverseMatch() {
        // act
        let matches = ConflictCheck.check(applicant: .init(name: "孙七"), opponents: [.init(name: "周八", residentIDHash: "h2")],
                                          against: [earlier("G", .applicant, "周八", id: "h2")])
        // check
        #expect(matches.count == 1)
        #expect(matches[0].role == .opponent)
        #expect(matches[0].isAdverse)
        #expect(matches[0].evidence == [.residentID, .sameName])
    }
}
