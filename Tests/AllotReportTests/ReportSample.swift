import Foundation

/// A small dataset folder written to a temporary directory: two notices sharing one id (as the
/// three variants of 125号 do), one notice with markup characters in its texts.
enum ReportSample {
    static let notices = #"""
        notice_id,doc_number,issuer,title,date,source_file,source_sha256,page_count,table_count,row_count,finding_count
        晋乡振发〔2022〕125号,晋乡振发〔2022〕125号,山西省乡村振兴局,关于提前下达资金计划的通知,2022-12-06,a.pdf,\#(hash("a")),5,1,3,0
        晋乡振发〔2022〕125号,晋乡振发〔2022〕125号,山西省乡村振兴局,关于提前下达资金计划的通知,2022-12-06,b.pdf,\#(hash("b")),5,1,3,2
        "x<&>""y",,"R&D <局>","标题 ""引号"" & <b>粗</b>",,c.pdf,\#(hash("c")),1,1,2,1

        """#

    static let allocations = #"""
        notice_id,table_no,row_no,page,level,name,region,division_code,parent_code,column_name,amount,unit,remark
        晋乡振发〔2022〕125号,1,1,3,total,全省合计,山西省,140000,,中央资金,300,万元,
        晋乡振发〔2022〕125号,1,2,3,subtotal,太原市小计,太原市,140100,140000,中央资金,300,万元,
        晋乡振发〔2022〕125号,1,3,3,item,娄烦县,娄烦县,140123,140100,中央资金,300,万元,资金管理型直管县
        晋乡振发〔2022〕125号,1,1,3,total,全省合计,山西省,140000,,中央资金,310,万元,
        晋乡振发〔2022〕125号,1,2,3,subtotal,太原市小计,太原市,140100,140000,中央资金,310,万元,
        晋乡振发〔2022〕125号,1,3,3,item,娄烦县,娄烦县,140123,140100,中央资金,300,万元,资金管理型直管县
        "x<&>""y",1,1,1,subtotal,甲市小计,甲市,,,合计,5,万元,"<i>备注</i> & ""quoted"""
        "x<&>""y",1,2,1,item,乙县,乙县,,,合计,5,万元,

        """#

    static let findings = #"""
        notice_id,table_no,row_no,page,name,column_name,check_name,stated,computed,difference,message
        晋乡振发〔2022〕125号,1,1,3,全省合计,中央资金,total,310,300,10,"全省合计 中央资金: printed 310, the sum is 300 (difference 10)"
        晋乡振发〔2022〕125号,1,2,3,太原市小计,中央资金,subtotal,310,300,10,"太原市小计 中央资金: printed 310, the sum of its items is 300 (difference 10)"
        "x<&>""y",1,2,1,乙县,,duplicate_row,,,,"乙县 <printed> twice & ""again"""

        """#

    private static func hash(_ seed: String) -> String {
        String(repeating: seed == "a" ? "a" : seed == "b" ? "b" : "c", count: 64)
    }

    /// Writes the three files into a new temporary folder and returns its path.
    static func write(notices: String = notices, allocations: String = allocations,
                      findings: String = findings) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(notices.utf8).write(to: folder.appendingPathComponent("notices.csv"))
        try Data(allocations.utf8).write(to: folder.appendingPathComponent("allocations.csv"))
        try Data(findings.utf8).write(to: folder.appendingPathComponent("findings.csv"))
        return folder.path
    }
}
