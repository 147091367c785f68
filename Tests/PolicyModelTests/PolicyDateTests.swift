import PolicyModel
import Testing

@Suite struct PolicyDateTests {
    @Test("real dates parse and print back", arguments: ["2012-12-01", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])
    func roundTrip(text: String) throws {
        let date = try #require(PolicyDate(text))
        #expect(date.description == text)
    }

    @Test(
        "impossible or malformed dates are refused",
        arguments: ["2023-02-29", "1900-02-29", "2012-13-01", "2012-04-31", "2012-00-10", "2012-1-01", "12-12-01",
            "2012/12/01", "2012-12-01T00:00", "", "２０１２-12-01"])
    func refused(text: String) {
        #expect(PolicyDate(text) == nil)
    }

    @Test("long form and ordering")
    func longFormAndOrder() throws {
        let early = try #require(PolicyDate("2012-12-01"))
        let late = try #require(PolicyDate("2013-01-15"))
        #expect(early.longDescription == "1 December 2012")
        #expect(early < late)
    }
}
