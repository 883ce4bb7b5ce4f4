import Foundation

/// `datapackage.json`: a Frictionless Data Package v1 (tabular) describing the dataset's CSV files.
///
/// Amounts are Table Schema `number` fields with `decimalChar` "." and `groupChar` "" rather than strings:
/// the CSV text stays the exact decimal as printed, the validator then checks that every amount is a
/// number, and typed readers (frictionless, pandas, R) get numbers without a conversion step. The field
/// descriptions ask readers to parse them as decimals, as frictionless does (Python `Decimal`).
public enum DataPackage {
    /// Package name (lower case, URL-safe, as the spec asks).
    public static let name = "allot-fund-allocations"

    /// The descriptor; `excel` describes the spreadsheet edition written with `--excel` (byte order mark,
    /// formula-like text neutralized).
    public static func descriptor(excel: Bool = false) -> Data {
        JSONValue.object([
            "profile": .string("tabular-data-package"),
            "name": .string(name),
            "title": .string("资金分配通知数据集 Fund-allocation notices dataset"),
            "description": .string(
                "由 allot 从政府公开发布的资金分配通知中提取并核对的数据：通知、分配金额、核对发现和引用文件。"
                    + "Data extracted and reconciled by allot from fund-allocation notices published by "
                    + "government authorities: notices, allocation amounts, findings and cited documents. "
                    + (excel ? excelNote : formulaRisk)),
            "keywords": .array(["资金分配", "fund allocation", "财政", "public finance", "GB/T 2260"].map { .string($0) }),
            "licenses": .array([.object([
                "name": .string("CC0-1.0"),
                "path": .string("https://creativecommons.org/publicdomain/zero/1.0/"),
                "title": .string("CC0 1.0 Universal: 源文件为国家机关公文，依《著作权法》第五条不受著作权法保护；"
                    + "本数据集放弃一切权利。The source notices are official documents of state organs, which "
                    + "Article 5 of the PRC Copyright Law excludes from copyright; this dataset waives all rights."),
            ])]),
            "sources": .array([.object([
                "title": .string("各发文机关公开发布的资金分配通知，见 notices.csv 的 source_file 与 source_sha256。"
                    + "Fund-allocation notices as published by the issuing authorities; see source_file and "
                    + "source_sha256 in notices.csv."),
            ])]),
            "resources": .array(DatasetTable.allCases.map { resource($0, excel: excel) }),
        ]).rendered()
    }

    /// The risk of plain CSV in a spreadsheet, stated in the plain edition.
    static let formulaRisk = "文本单元格与原文完全一致；以 =、+、-、@、制表符或回车开头的单元格在电子表格软件中可能被当作公式执行，"
        + "请以文本方式导入，或使用 allot --excel 生成的电子表格版本。Text cells are exact as printed; cells starting "
        + "with =, +, -, @, tab or carriage return may be run as formulas by spreadsheet software: import them as "
        + "text, or use the spreadsheet edition written by allot --excel."

    /// What the spreadsheet edition changes.
    static let excelNote = "电子表格版本：CSV 文件以 UTF-8 BOM 开头；以 =、+、-、@、制表符、回车或 ' 开头的文本单元格前加了一个 '，"
        + "去掉该 ' 即为原文。Spreadsheet edition: the CSV files start with a UTF-8 byte order mark, and text cells "
        + "starting with =, +, -, @, tab, carriage return or ' are prefixed with ' (drop it to get the text as printed)."

    static func resource(_ table: DatasetTable, excel: Bool) -> JSONValue {
        var schema: [String: JSONValue] = [
            "fields": .array(table.columns.map(field)),
            "primaryKey": .array(table.primaryKey.map { .string($0.name) }),
            "missingValues": .array([.string("")]),
        ]
        if table.belongsToNotice {
            schema["foreignKeys"] = .array([.object([
                "fields": .array([.string("notice_id")]),
                "reference": .object([
                    "resource": .string(DatasetTable.notices.name),
                    "fields": .array([.string("notice_id")]),
                ]),
            ])])
        }
        return .object([
            "profile": .string("tabular-data-resource"),
            "name": .string(table.name),
            "path": .string(table.file),
            "title": .string(table.title),
            "description": .string(table.summary.zh + " " + table.summary.en),
            "format": .string("csv"),
            "mediatype": .string("text/csv"),
            // utf-8-sig is the codec name Python readers (frictionless) need to drop the BOM.
            "encoding": .string(excel ? "utf-8-sig" : "utf-8"),
            "dialect": .object([
                "delimiter": .string(","),
                "doubleQuote": .bool(true),
                "header": .bool(true),
                "lineTerminator": .string("\n"),
                "quoteChar": .string("\""),
            ]),
            "schema": .object(schema),
        ])
    }

    static func field(_ column: DatasetColumn) -> JSONValue {
        let labels = column.labels.isEmpty ? ""
            : " " + column.labels.map { "\($0.value) \($0.zh)" }.joined(separator: "，")
        var object: [String: JSONValue] = [
            "name": .string(column.name),
            "type": .string(column.kind.rawValue),
            "description": .string(column.zh + " " + column.en + labels),
        ]
        if column.kind == .number {
            object["decimalChar"] = .string(".")
            object["groupChar"] = .string("")
            object["bareNumber"] = .bool(true)
        }
        if !column.labels.isEmpty {
            // Table Schema v2 categories: the stable identifier and its Chinese label.
            object["categories"] = .array(column.labels.map { .object(["value": .string($0.value), "label": .string($0.zh)]) })
        }
        var constraints: [String: JSONValue] = [:]
        if column.required { constraints["required"] = .bool(true) }
        if let minimum = column.minimum { constraints["minimum"] = .integer(minimum) }
        if let pattern = column.pattern { constraints["pattern"] = .string(pattern) }
        if column.isEnumeration { constraints["enum"] = .array(column.labels.map { .string($0.value) }) }
        if !constraints.isEmpty { object["constraints"] = .object(constraints) }
        return .object(object)
    }
}
