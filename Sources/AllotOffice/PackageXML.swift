import AllotXML

/// XML parts of a ZIP package, parsed whole (small parts) or streamed (worksheets); a part that is
/// not well-formed is a named error.
enum PackageXML {
    static func parse(_ package: ZipPackage, _ part: String) throws(OfficeError) -> MarkupElement {
        let bytes = try package.read(part)
        do {
            return try Markup.parseXML(bytes)
        } catch {
            throw .badXML(path: package.path, part: part, message: error.message)
        }
    }

    static func stream(_ package: ZipPackage, _ part: String, onStart: @escaping (String, [String: String]) -> Void,
                       onEnd: @escaping (String) -> Void = { _ in },
                       onText: @escaping (String) -> Void = { _ in }) throws(OfficeError) {
        let parser: XMLPushParser
        do {
            parser = try XMLPushParser(onStart: onStart, onEnd: onEnd, onText: onText)
        } catch {
            throw .badXML(path: package.path, part: part, message: error.message)
        }
        try package.stream(part) { chunk in
            do {
                try parser.feed(chunk)
            } catch {
                throw OfficeError.badXML(path: package.path, part: part,
                                         message: (error as? MarkupError)?.message ?? "\(error)")
            }
        }
        do {
            try parser.finish()
        } catch {
            throw .badXML(path: package.path, part: part, message: error.message)
        }
    }
}
