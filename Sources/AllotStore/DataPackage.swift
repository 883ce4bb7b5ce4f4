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

    /// The descriptor; `byteOrderMark` declares the encoding of CSVs written with `--excel`.
    public static func descriptor(byteOrderMark: Bool = false) -> Data {
        JSONValue.object([
            "profile": .string("tabular-data-package"),
            "name": .string(name),
            "title": .string("资金分配通知数据集 Fund-allocation notices dataset"),
            "description": .string(
                "由 allot 从政府公开发布的资金分配通知中提取并核对的数据：通知、分配金额、核对发现和引用文件。"
                    + "Data extracted and reconciled by allot from fund-allocation notices published by "
                    + "government authorities: notices, allocation amounts, findings and cited documents."),
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
            "resources": .array(DatasetTable.allCases.map { resource($0, byteOrderMark: byteOrderMark) }),
        ]).rendered()
    }

    static func resource(_ table: DatasetTable, byteOrderMark: Bool) -> JSONValue {
        var schema: [String: JSONValue] = [
            "fields": .array(table.fields.map(field)),
            "primaryKey": .array(table.primaryKey.map { .string($0) }),
            "missingValues": .array([.string("")]),
        ]
        if table != .notices {
            schema["foreignKeys"] = .array([.object([
                "fields": .array([.string("notice_id")]),
                "reference": .object([
                    "resource": .string(DatasetTable.notices.rawValue),
                    "fields": .array([.string("notice_id")]),
                ]),
            ])])
        }
        return .object([
            "profile": .string("tabular-data-resource"),
            "name": .string(table.rawValue),
            "path": .string(table.file),
            "title": .string(table.title),
            "description": .string(table.summary.zh + " " + table.summary.en),
            "format": .string("csv"),
            "mediatype": .string("text/csv"),
            // utf-8-sig is the codec name Python readers (frictionless) need to drop the BOM.
            "encoding": .string(byteOrderMark ? "utf-8-sig" : "utf-8"),
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

    static func field(_ field: DatasetField) -> JSONValue {
        var object: [String: JSONValue] = [
            "name": .string(field.name),
            "type": .string(field.kind.rawValue),
            "description": .string(field.zh + " " + field.en),
        ]
        if field.kind == .number {
            object["decimalChar"] = .string(".")
            object["groupChar"] = .string("")
            object["bareNumber"] = .bool(true)
        }
        var constraints: [String: JSONValue] = [:]
        if field.required { constraints["required"] = .bool(true) }
        if let minimum = field.minimum { constraints["minimum"] = .integer(minimum) }
        if let pattern = field.pattern { constraints["pattern"] = .string(pattern) }
        if let values = field.values { constraints["enum"] = .array(values.map { .string($0) }) }
        if !constraints.isEmpty { object["constraints"] = .object(constraints) }
        return .object(object)
    }
}
