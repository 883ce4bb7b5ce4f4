import Foundation

/// An amount (a number followed by 元, 万元 or 亿元) or a percentage stated in the body text of a
/// notice, with the words around it that say what it is.
public struct StatedFigure: Hashable, Sendable {
    /// An amount of money or a percentage.
    public enum Kind: String, Hashable, Sendable {
        /// A number followed by 元, 万元 or 亿元.
        case amount
        /// A number followed by %.
        case percent
    }

    /// What it is.
    public var kind: Kind
    /// 1-based page the number is printed on.
    public var page: Int
    /// The sentence it is printed in (from the previous 。！？ to the next), without spaces.
    public var sentence: String
    /// The text between the previous figure of the sentence (or its start) and the number.
    public var lead: String
    /// The sentence up to the number.
    public var head: String
    /// The number as printed, grouping separators kept (18,976.76).
    public var text: String
    /// Its exact value.
    public var value: Decimal
    /// 元, 万元, 亿元, or % for a percentage.
    public var unit: String
    /// Decimals printed.
    public var decimals: Int
    /// 0-based order of the figure in its sentence.
    public var position: Int
    /// 0-based number of the sentence in the body.
    public var sentenceNumber: Int
    /// The heading of the section it is printed under (一、…), empty when none.
    public var section: String
    /// The first sentence of the numbered item (1、…, （一）…) it is printed in, empty outside items.
    public var item: String
    /// 0-based number of the item in the body (-1 outside items): figures of one item share a topic.
    public var itemNumber: Int

    /// Creates a figure.
    public init(kind: Kind, page: Int, sentence: String, lead: String, head: String, text: String, value: Decimal,
                unit: String, decimals: Int, position: Int, sentenceNumber: Int, section: String, item: String,
                itemNumber: Int) {
        self.kind = kind
        self.page = page
        self.sentence = sentence
        self.lead = lead
        self.head = head
        self.text = text
        self.value = value
        self.unit = unit
        self.decimals = decimals
        self.position = position
        self.sentenceNumber = sentenceNumber
        self.section = section
        self.item = item
        self.itemNumber = itemNumber
    }
}
