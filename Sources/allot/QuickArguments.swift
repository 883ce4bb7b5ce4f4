import AllotModel
import AllotPipeline
import ArgumentParser

/// The command lines a batch is usually given (`ingest`, `rebuild` or `check`, files and plain options)
/// read without ArgumentParser's parse, which reflects on the root command, the subcommand and each of
/// its option groups (`Mirror`, and the Swift runtime's first look-up of each conformance it asks for
/// walks every conformance record of the binary): about 24 M instructions a run, more than the table
/// stage spends on a small notice (#19). Words it does not know to the letter — help, `--version`,
/// `--name=value`, grouped short flags, `--`, an option given twice, a value its type does not take, a
/// value starting with a dash, a failed validation — leave the whole line to ArgumentParser (nil), which
/// answers or fails as it always did. The command built is the one ArgumentParser builds from the same
/// words (`QuickArgumentsTests` compares the two, property by property).
enum QuickArguments {
    /// The command `arguments` (without the program's name) make, or nil for ArgumentParser to parse them.
    static func command(_ arguments: [String]) -> ParsableCommand? {
        guard let name = arguments.first else { return nil }
        let words = arguments.dropFirst()
        switch name {
        case Ingest.configuration.commandName:
            guard let given = GivenWords(words, options: InputOptions.quickOptions + OutputOptions.quickOptions,
                                         flags: InputOptions.quickFlags + OutputOptions.quickFlags),
                  let input = InputOptions(given), let output = OutputOptions(given) else { return nil }
            var command = Ingest()
            command.input = input
            command.output = output
            return command
        case Rebuild.configuration.commandName:
            guard let given = GivenWords(words, options: InputOptions.quickOptions + OutputOptions.quickOptions,
                                         flags: InputOptions.quickFlags + OutputOptions.quickFlags + [("allow-failures", nil)]),
                  let input = InputOptions(given), let output = OutputOptions(given) else { return nil }
            var command = Rebuild()
            command.input = input
            command.output = output
            command.allowFailures = given.flags.contains("allow-failures")
            return command
        case Check.configuration.commandName:
            guard let given = GivenWords(words, options: InputOptions.quickOptions + Check.quickOptions,
                                         flags: InputOptions.quickFlags + [("strict", nil)]),
                  let input = InputOptions(given), let format = given.value("format", default: Check.Format.text),
                  let out = given.value("out", default: "-"), let filter = FindingFilter(given),
                  let lang = given.optional("lang", Language.self) else { return nil }
            var command = Check()
            command.input = input
            command.format = format
            command.out = out
            command.filter = filter
            var language = LanguageOption()
            language.lang = lang
            command.language = language
            return command
        default:
            return nil
        }
    }
}

/// The words after a subcommand: positional words in order, each option's value and the flags set,
/// by long name. Nil when a word is not one of the options and flags named, or is not read the one
/// way ArgumentParser is sure to read it.
struct GivenWords {
    /// An option or flag: its long name and its one-letter short name, if it has one.
    typealias Name = (long: String, short: Character?)

    private(set) var positional: [String] = []
    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []

    init?(_ words: ArraySlice<String>, options: [Name], flags flagNames: [Name]) {
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            index += 1
            guard let first = word.utf8.first else { return nil }
            guard first == UInt8(ascii: "-") else {
                positional.append(word)
                continue
            }
            let long: String
            if word.utf8.count > 2, word.hasPrefix("--") {
                long = String(word.dropFirst(2))
            } else if word.utf8.count == 2, let letter = word.last, letter != "-",
                      let name = (options + flagNames).first(where: { $0.short == letter }) {
                long = name.long
            } else {
                return nil
            }
            if flagNames.contains(where: { $0.long == long }) {
                guard flags.insert(long).inserted else { return nil }
            } else if options.contains(where: { $0.long == long }) {
                // A value is the next word; a dash starts one only as `-` alone (standard output).
                guard index < words.endIndex, values[long] == nil else { return nil }
                let value = words[index]
                index += 1
                guard value == "-" || !(value.isEmpty || value.hasPrefix("-")) else { return nil }
                values[long] = value
            } else {
                return nil
            }
        }
    }

    /// The option's value read as ArgumentParser reads it, `value` when not given; nil when its type
    /// does not take the word given.
    func value<Value: ExpressibleByArgument>(_ name: String, default value: Value) -> Value? {
        guard let word = values[name] else { return value }
        return Value(argument: word)
    }

    /// An optional option's value: `.some(nil)` when not given, nil when its type does not take the word.
    func optional<Value: ExpressibleByArgument>(_ name: String, _ type: Value.Type) -> Value?? {
        guard let word = values[name] else { return .some(nil) }
        return Value(argument: word).map { .some($0) }
    }
}

extension InputOptions {
    static let quickOptions: [GivenWords.Name] = [
        ("password", nil), ("jobs", "j"), ("ocr", nil), ("source-url", nil),
        ("max-file-mb", nil), ("max-html-mb", nil), ("max-pages", nil), ("max-glyphs", nil), ("max-rows", nil),
        ("max-zip-members", nil),
    ]
    static let quickFlags: [GivenWords.Name] = [("quiet", "q")]

    /// The options from `given`, validated as ArgumentParser validates them; nil on any doubt.
    init?(_ given: GivenWords) {
        self.init()
        guard let password = given.optional("password", String.self), let jobs = given.optional("jobs", Int.self),
              let ocr = given.value("ocr", default: OCRMode.auto),
              let sourceURL = given.optional("source-url", String.self), let limits = LimitOptions(given) else { return nil }
        inputs = given.positional
        self.password = password
        self.jobs = jobs
        quiet = given.flags.contains("quiet")
        self.ocr = ocr
        self.sourceURL = sourceURL
        self.limits = limits
        guard (try? validate()) != nil else { return nil }
    }
}

extension LimitOptions {
    /// The limits from `given`, validated; nil on any doubt.
    init?(_ given: GivenWords) {
        self.init()
        let defaults = InputLimits()
        guard let maxFileMb = given.value("max-file-mb", default: defaults.maximumFileBytes / 1_048_576),
              let maxHtmlMb = given.value("max-html-mb", default: defaults.maximumHTMLBytes / 1_048_576),
              let maxPages = given.value("max-pages", default: defaults.maximumPages),
              let maxGlyphs = given.value("max-glyphs", default: defaults.maximumGlyphsPerPage),
              let maxRows = given.value("max-rows", default: defaults.maximumTableRows),
              let maxZipMembers = given.value("max-zip-members", default: defaults.archive.maximumMembers) else { return nil }
        self.maxFileMb = maxFileMb
        self.maxHtmlMb = maxHtmlMb
        self.maxPages = maxPages
        self.maxGlyphs = maxGlyphs
        self.maxRows = maxRows
        self.maxZipMembers = maxZipMembers
        guard (try? validate()) != nil else { return nil }
    }
}

extension OutputOptions {
    static let quickOptions: [GivenWords.Name] = [("out", "o")]
    static let quickFlags: [GivenWords.Name] = [("excel", nil), ("no-wait", nil)]

    /// The output options from `given`; nil on any doubt.
    init?(_ given: GivenWords) {
        self.init()
        guard let out = given.value("out", default: "dataset") else { return nil }
        self.out = out
        excel = given.flags.contains("excel")
        var lock = LockOptions()
        lock.noWait = given.flags.contains("no-wait")
        self.lock = lock
    }
}

extension Check {
    static let quickOptions: [GivenWords.Name] = [
        ("format", nil), ("out", "o"), ("select", nil), ("ignore", nil), ("min-severity", nil), ("lang", nil),
    ]
}

extension FindingFilter {
    /// The filter from `given`, validated; nil on any doubt.
    init?(_ given: GivenWords) {
        self.init()
        guard let select = given.optional("select", String.self), let ignore = given.optional("ignore", String.self),
              let minSeverity = given.value("min-severity", default: Severity.note) else { return nil }
        self.select = select
        self.ignore = ignore
        self.minSeverity = minSeverity
        strict = given.flags.contains("strict")
        guard (try? validate()) != nil else { return nil }
    }
}
