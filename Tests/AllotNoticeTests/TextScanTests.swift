import AllotModel
@testable import AllotNotice
import AllotText
import XCTest

/// The hand-written matchers (`TextScan.swift`) stand in for regexes: these tests pin the character
/// classes they rest on to what Swift's `Regex` does, and run the matchers against the regexes they
/// replaced on random and tricky text.
final class TextScanTests: XCTestCase {
    func testHanIsTheRegexHanClass() {
        let han = /\p{Han}/
        var probes = Array(UInt32(0)...0xFFFF)
        for range in Unicode.Scalar.hanRanges where range.lowerBound > 0xFFFF {
            probes += [range.lowerBound - 1, range.lowerBound, range.upperBound, range.upperBound + 1]
        }
        let wrong = probes.compactMap(Unicode.Scalar.init).filter { $0.isHan != (String($0).wholeMatch(of: han) != nil) }
        XCTAssertEqual(wrong.map { String($0.value, radix: 16) }, [])
        XCTAssertTrue(Character("中\u{301}").isHan)
        XCTAssertTrue(Character("、").isHan)
        XCTAssertFalse(Character("（").isHan)
    }

    func testScalarPropertiesAreThoseOfTheCharacter() {
        var wrong: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            if scalar.isNumber != character.isNumber || scalar.isWhitespace != character.isWhitespace
                || scalar.isNewline != character.isNewline || scalar.isASCIIDigit != character.isASCIIDigit
                || scalar.literal != character.literal || scalar.isHan != character.isHan {
                wrong.append(String(value, radix: 16))
            }
        }
        XCTAssertEqual(wrong, [])
    }

    func testScalarsThatStandAloneAreCharactersOfTheirOwn() {
        let neighbours: [Unicode.Scalar] = ["a", " ", "中", "（", "\u{3000}", "\u{1161}", "\u{11A8}", "\u{1F1E8}"]
        var wrong: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), scalar.standsAlone else { continue }
            for other in neighbours + [scalar] where other.standsAlone {
                if (String(scalar) + String(other)).count != 2 || (String(other) + String(scalar)).count != 2 {
                    wrong.append(String(value, radix: 16))
                }
            }
        }
        XCTAssertEqual(wrong, [])
        XCTAssertFalse(Unicode.Scalar(0x301)!.standsAlone)
        XCTAssertFalse(Unicode.Scalar(0x200D)!.standsAlone)
        XCTAssertFalse(Unicode.Scalar(0x0D)!.standsAlone)
    }

    /// Non-ASCII literals match canonically equivalent characters, ASCII literals only themselves,
    /// and a character of several scalars matches no literal, as in `Regex`.
    func testLiteralsMatchAsRegexLiteralsDo() {
        XCTAssertNotNil("\u{F98E}".wholeMatch(of: /年/))
        XCTAssertEqual(Character("\u{F98E}").literal, Character("年").literal)
        XCTAssertNil("\u{37E}".wholeMatch(of: /;/))
        XCTAssertNotEqual(Character("\u{37E}").literal, Character(";").literal)
        XCTAssertNil("年\u{301}".wholeMatch(of: /年/))
        XCTAssertEqual(Character("年\u{301}").literal, 0)
        XCTAssertEqual(IssueDate.find(in: "2022\u{F98E}12月6日"), "2022-12-06")
    }

    /// The matchers answer as the regexes they replaced, on text built to come near a match.
    func testMatchersAgreeWithTheRegexesTheyReplaced() {
        var random = RandomText(seed: 9704)
        let legacy = Legacy()
        var mismatches: [String] = []
        func check<T: Equatable>(_ name: String, _ input: String, _ new: T, _ old: T) {
            if new != old { mismatches.append("\(name) \(input.debugDescription): \(new) ≠ \(old)") }
        }
        for _ in 0..<400 {
            let text = random.mixed()
            for text in [text, NameNormalizer.normalize(text), NameNormalizer.normalizeText(text)] {
                check("DocNumber.first", text, DocNumber.first(in: text), legacy.firstDocNumber(text))
                check("DocNumber.whole", text, DocNumber.whole(text), legacy.wholeDocNumber(text))
                check("DocNumber.prefix", text, DocNumber.match(in: text, at: text.startIndex).map { DocNumber($0, in: text) },
                      legacy.prefixDocNumber(text))
                check("IssueDate.find", text, IssueDate.find(in: text), legacy.date(text))
                check("IssueDate.first", text, IssueDate.first(in: text).map { "\($0.iso) \(text[$0.range])" },
                      legacy.firstDate(text).map { "\($0.iso) \(text[$0.range])" })
                check("disclosure", text, Colophon.disclosure(text), legacy.disclosure(text))
                check("copyTo", text, Colophon.copyToHead(text).map(String.init), legacy.copyTo(text))
                check("attachment head", text, AttachmentList.head(text).map(String.init), legacy.attachmentHead(text))
                check("numbered", text, AttachmentList.numbered(text).map { "\($0.number ?? -1) \($0.title)" },
                      legacy.numbered(text))
                check("label", text, NoticeLines.isAttachmentLabel(text), legacy.isAttachmentLabel(text))
                check("splitHeader", text, AgencyNames.splitHeader(text), legacy.splitHeader(text))
                check("FundTitle", text, FundTitle(title: text), legacy.fund(text))
            }
            let body = random.citingText()
            check("Citations", body, Citations.find(in: body), legacy.citations(body))
        }
        XCTAssertEqual(mismatches, [])
    }
}

/// The regex implementations the matchers replaced, as oracles.
private struct Legacy {
    let docNumber = /(\p{Han}{1,12})[〔\[【(〖（［﹝]((?:19|20)\d{2})[〕\]】)〗）］﹞]第?(\d{1,6})号/
    let arabicDate = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/
    let chineseDate = /([〇○零Oo0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十廿卅]{1,3})日/

    private func number(_ match: (Substring, Substring, Substring, Substring)) -> DocNumber {
        let digits = match.3.drop { $0 == "0" }
        return DocNumber(agencyCode: String(match.1), year: String(match.2), serial: digits.isEmpty ? "0" : String(digits))
    }

    func firstDocNumber(_ text: String) -> DocNumber? {
        NameNormalizer.normalize(text).firstMatch(of: docNumber).map { number($0.output) }
    }

    func wholeDocNumber(_ text: String) -> DocNumber? {
        NameNormalizer.normalize(text).wholeMatch(of: docNumber).map { number($0.output) }
    }

    func prefixDocNumber(_ text: String) -> DocNumber? {
        text.prefixMatch(of: docNumber).map { number($0.output) }
    }

    /// `IssueDate.find` as it was: the whole normalized line; the ISO form is checked by handing the
    /// matched parts, put in Arabic order, to the current code.
    func date(_ text: String) -> String? {
        let compact = NameNormalizer.normalize(text)
        if let match = compact.wholeMatch(of: arabicDate) { return iso(match.output) }
        if let match = compact.wholeMatch(of: chineseDate) { return iso(match.output) }
        return nil
    }

    func firstDate(_ text: String) -> (iso: String, range: Range<String.Index>)? {
        for match in text.matches(of: arabicDate) {
            if let iso = iso(match.output) { return (iso, match.range) }
        }
        for match in text.matches(of: chineseDate) {
            if let iso = iso(match.output) { return (iso, match.range) }
        }
        return nil
    }

    private func iso(_ parts: (Substring, Substring, Substring, Substring)) -> String? {
        guard let yearText = ChineseNumeral.digitString(parts.1), let year = Int(yearText),
              let month = Int(parts.2) ?? ChineseNumeral.value(parts.2),
              let day = Int(parts.3) ?? ChineseNumeral.value(parts.3),
              (1900...2099).contains(year), (1...12).contains(month) else { return nil }
        let days = switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
        guard (1...days).contains(day) else { return nil }
        return "\(yearText)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    func disclosure(_ text: String) -> String? {
        let match = text.wholeMatch(of: /[(（]?(此件[^()（）。，,；;]{2,12})[)）]?/)
            ?? text.wholeMatch(of: /[(（]?((?:信息)?公开(?:方式|属性|选项|类型)[:：][^()（）]{2,8})[)）]?/)
        return match.map { String($0.1) }
    }

    func copyTo(_ text: String) -> String? {
        text.wholeMatch(of: /抄送[:：]\s*(.+)/).map { String($0.1) }
    }

    func attachmentHead(_ text: String) -> String? {
        text.wholeMatch(of: /附件[:：]\s*(.*)/).map { String($0.1) }
    }

    func numbered(_ text: String) -> String? {
        guard let match = text.wholeMatch(of: /(\d{1,2})\s*[.．、]\s*(.+)/), let number = Int(match.1) else { return nil }
        return "\(number) \(match.2)"
    }

    func isAttachmentLabel(_ text: String) -> Bool {
        text.wholeMatch(of: /附件[0-9一二三四五六七八九十]{0,3}[:：]?/) != nil
    }

    func splitHeader(_ raw: String) -> [String] {
        AgencyNames.split(raw.replacing(/文\s*件\s*$/, with: ""))
    }

    func fund(_ title: String) -> FundTitle? {
        let compact = NameNormalizer.normalizeText(title).filter { !$0.isWhitespace }
        guard let match = compact.firstMatch(of: /((?:19|20)\d{2})年度?(.*)/) else { return nil }
        var name = String(match.2).replacing(/^[(（]?第[一二三四五六七八九十\d]{1,3}批[)）]?/, with: "")
        if let end = name.ranges(of: "资金").last?.upperBound {
            name = String(name[..<end])
        } else {
            name = name.replacing(/(?:分配|计划|安排|明细|汇总|测算)?(?:一览表|表|清单|方案)$/, with: "")
        }
        return FundTitle(year: String(match.1), name: name)
    }

    func citations(_ text: String) -> [CitedDocument] {
        let canonical = text.filter { !$0.isWhitespace }.replacing(docNumber) { number($0.output).text }
        var found: [CitedDocument] = []
        for group in canonical.matches(of: /[(（]([^()（）]{1,200})[)）]/) {
            let numbers = group.1.split(whereSeparator: { "、，,；;和及".contains($0) }).compactMap { part -> String? in
                var part = String(part)
                if part.hasSuffix("号文件") { part = String(part.dropLast(2)) } else if part.hasSuffix("号文") { part = String(part.dropLast(1)) }
                return wholeDocNumber(part)?.text
            }
            guard !numbers.isEmpty else { continue }
            var title = ""
            let head = canonical[..<group.range.lowerBound]
            if numbers.count == 1, head.last == "》", let open = head.lastIndex(of: "《") {
                title = String(head[head.index(after: open)..<head.index(before: head.endIndex)])
            }
            found += numbers.map { CitedDocument(docNumber: $0, title: title) }
        }
        var cited: [CitedDocument] = []
        var positions: [String: Int] = [:]
        for citation in found {
            if let position = positions[citation.docNumber] {
                if cited[position].title.isEmpty { cited[position].title = citation.title }
            } else {
                positions[citation.docNumber] = cited.count
                cited.append(citation)
            }
        }
        return cited
    }
}

/// Seeded random text near the patterns: doc numbers, dates, notes, list heads, among odd characters
/// (compatibility ideographs, combining marks, full-width and non-ASCII digits, newlines).
private struct RandomText {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ count: Int) -> Int { Int(next() % UInt64(count)) }
    private mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    private mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    private mutating func run(_ pool: String, _ count: ClosedRange<Int>) -> String {
        let pool = Array(pool)
        return String((0..<(count.lowerBound + below(count.count))).map { _ in pick(pool) })
    }

    private static let tokens = [
        "年", "月", "日", "号", "第", "此件", "公开", "信息", "方式", "类型", "抄送", "附件", "印发", "文", "件", "签发人", "度",
        "批", "计划", "表", "一览表", "资金", "〔", "〕", "[", "]", "【", "(", ")", "（", "）", "［", "﹞", ":", "：", "、", "，",
        "；", ";", "．", ".", "。", "《", "》", "〇", "○", "O", "0", "一", "二", "十", "廿", "卅", "1", "2", "9", "19", "20",
        "2022", "12", "007", "晋乡振发", "财农", " ", "\u{3000}", "\t", "\n", "\u{F98E}", "\u{37E}", "\u{301}", "\u{200B}",
        "\u{FE00}", "²", "١", "·", "２", "号文件", "和", "“", "x", "\r\n", "e\u{301}", "\u{1100}", "\u{1161}",
    ]

    mutating func noise(_ percent: Int = 30) -> String {
        chance(percent) ? (0..<(1 + below(2))).map { _ in pick(Self.tokens) }.joined() : ""
    }

    mutating func docNumber() -> String {
        noise() + run("晋乡振发财农厅局。、〔·〇", 0...14) + noise() + pick(["〔", "[", "【", "(", "〖", "（", "［", "﹝", "{", ""])
            + pick(["2022", "1999", "2101", "20２2", "202", "20222", "19٩9", "二〇二二"])
            + pick(["〕", "]", "】", ")", "〗", "）", "］", "﹞", "}", ""]) + (chance(30) ? "第" : "")
            + run("0123456789一٣", 0...8) + (chance(90) ? "号" : "") + noise()
    }

    mutating func date() -> String {
        if chance(50) {
            let arabic = chance(50)
            let year = arabic ? pick(["2022", "2024", "1900", "２０２３"]) : pick(["二〇二二", "二○二四", "二O二二", "二〇二"])
            let month = arabic ? pick(["1", "01", "12", "13", "0", "十二"]) : pick(["一", "二", "十二", "十三", "〇"])
            let day = arabic ? pick(["6", "06", "29", "30", "31", "32"]) : pick(["六", "二十九", "三十", "廿六", "卅一"])
            return pick(["", "", "山西省乡村振兴局办公室", "办公室 ", "财政厅，"]) + year + pick(["", " "]) + "年" + month + "月" + day
                + "日" + (chance(30) ? "印发" : "") + noise(10)
        }
        let digits = chance(50) ? "0123456789" : "〇○零Oo0一二三四五六七八九"
        return noise() + pick(["19", "20", ""]) + run(digits, 1...4) + "年" + run("0123456789一二十廿", 0...4) + "月"
            + run("0123456789一二十廿卅", 0...4) + (chance(90) ? "日" : "") + noise()
    }

    mutating func note() -> String {
        pick(["", "(", "（", "（（"]) + pick(["此件", "公开方式：", "信息公开选项:", "公开类型：", "此", "信息公开方式;"])
            + run("公开发布主动依申请不予，。(）;", 0...14) + pick(["", ")", "）", "))"]) + noise()
    }

    mutating func mixed() -> String {
        switch below(7) {
        case 0: docNumber()
        case 1: date()
        case 2: note()
        case 3: pick(["抄送", "附件", "抄送：", "附件:", "附件：", "附件1", "附件十二："]) + pick(["", " ", "  ", "\n", " \n"]) + noise(60)
        case 4: pick(["", "1", "12", "123", "２", "٣"]) + pick(["", " ", "\t"]) + pick([".", "．", "、", ","]) + pick(["", " ", "  "])
            + noise(70)
        case 5: pick(["", "提前下达", "（第一批）"]) + pick(["2023年", "2023 年度", "1999年"]) + pick(["", "第二批", "（第十批）"])
            + pick(["中央资金", "项目", "以工代赈"]) + pick(["分配表", "计划一览表", "清单", "方案表", "资金表", ""])
            + (chance(20) ? "山西省财政厅 文 件 " : "")
        default: (0..<below(12)).map { _ in pick(Self.tokens) }.joined()
        }
    }

    mutating func citingText() -> String {
        (0..<(1 + below(6))).map { _ in
            pick(["《", "", "《关于", "》"]) + noise(60) + pick(["》", "", "》》"]) + pick(["（", "(", "", "（（"])
                + (chance(70) ? docNumber() : noise(80)) + pick(["", "、" + docNumber(), "和" + docNumber(), "文件", "文"])
                + pick(["）", ")", "", "））"]) + noise()
        }.joined()
    }
}
