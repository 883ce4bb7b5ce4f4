import Foundation

extension Finding {
    /// A finding read back from a dataset: every field as stored, the message as it was written
    /// (the check's template filled when the finding was made), not rendered again. The one place
    /// a finding's fields are set: `init(_:table:…)` renders the messages and comes here.
    public init(stored check: Check, table: Int, row: Int, page: Int, name: String, column: String,
                stated: Decimal?, computed: Decimal?, message: String, messageZH: String = "",
                related: FindingLocation? = nil) {
        self.table = table
        self.row = row
        self.page = page
        self.name = name
        self.column = column
        self.check = check
        self.stated = stated
        self.computed = computed
        self.message = message
        self.messageZH = messageZH
        self.related = related
    }
}
