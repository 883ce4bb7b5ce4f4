import AllotModel

/// One notice of a dataset as the HTML report shows it: metadata, tables and findings, all as the
/// dataset's text (amounts stay exact decimal strings); findings are the pipeline's `Finding`s read back.
public struct ReportNotice: Sendable, Equatable {
    /// One data row with its amount cells by column name.
    public struct Row: Sendable, Equatable {
        /// 1-based printed order in the table.
        public var number: Int
        /// Page the row is printed on.
        public var page: Int
        /// total, subtotal or item.
        public var level: String
        /// Normalized label (太原市小计).
        public var name: String
        /// What the row is about (太原市).
        public var region: String
        /// Remark cell.
        public var remark: String
        /// Amount text by column name, "" for an empty cell.
        public var amounts: [String: String]
        /// How the amounts were obtained (text_layer, ocr, ocr_corrected; "" in older datasets).
        public var amountSource: String = ""
        /// Lowest OCR confidence of the row's digits, "" for a text-layer row.
        public var minConfidence: String = ""

        /// Whether the amounts were read by OCR from a page image.
        public var isRecognized: Bool { amountSource.hasPrefix("ocr") }
        /// Where the row sits in the table's hierarchy (`HierarchyHTML`).
        public var place = HierarchyHTML.Place()
    }

    /// An allocation table, rows in printed order.
    public struct Table: Sendable, Equatable {
        /// 1-based table number in the notice.
        public var number: Int
        /// Unit of the amounts (万元).
        public var unit: String
        /// Title printed above the table, "" when none (or in a dataset without the column).
        public var title = ""
        /// Who compiled the table (编制部门), "" when not printed (or in a dataset without the column).
        public var compiler = ""
        /// Amount columns in printed order.
        public var columns: [String]
        /// Rows in printed order.
        public var rows: [Row]
    }

    /// A named metadata value from notices.csv.
    public struct Metadata: Sendable, Equatable {
        /// Field name (doc_number).
        public var name: String
        /// Its value, "" when absent.
        public var value: String
    }

    /// Notice identifier (the doc number, or sha256:…).
    public var id: String
    /// Every field of notices.csv in file order.
    public var metadata: [Metadata]
    /// Tables in order.
    public var tables: [Table]
    /// Findings in file order.
    public var findings: [Finding]

    /// The value of a metadata field, "" when absent.
    public func value(_ name: String) -> String {
        metadata.first { $0.name == name }?.value ?? ""
    }

    /// The findings about a cell (`column` given) or about a whole row (`column` nil); a finding with
    /// no column, or with one the table lacks, is about its row.
    public func findings(table: Int, row: Int, column: String?) -> [Finding] {
        let columns = tables.first { $0.number == table }?.columns ?? []
        return findings.filter { finding in
            // A finding about two cells marks both (the second is its `related` place), unless the
            // second is in another document (a cited notice's row).
            let related = finding.check.relatesToAnotherDocument ? nil : finding.related
            let places = [(finding.table, finding.row, finding.column)]
                + (related.map { [($0.table, $0.row, $0.column)] } ?? [])
            return places.contains { place in
                guard place.0 == table, place.1 == row else { return false }
                let rowWide = place.2.isEmpty || !columns.contains(place.2)
                return column.map { !rowWide && place.2 == $0 } ?? rowWide
            }
        }
    }
}
