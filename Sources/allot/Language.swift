import ArgumentParser
import Foundation

/// The language of messages, labels and the report: Chinese first. The default comes from the
/// locale: zh when LANG (or LC_ALL, LC_MESSAGES) starts with zh, English otherwise.
enum Language: String, ExpressibleByArgument, CaseIterable, Sendable {
    case zh, en

    /// From the environment, as `--lang` defaults to.
    static var fromEnvironment: Language {
        // getenv, not ProcessInfo's `environment`, which builds a dictionary of every variable
        // (0.9 M instructions of every run, callgrind) to read three of them.
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = getenv(name) else { continue }
            let locale = String(cString: value)
            if !locale.isEmpty { return locale.lowercased().hasPrefix("zh") ? .zh : .en }
        }
        return .en
    }

    /// `zh` or `en`, whichever this language is.
    func pick(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }
}

/// `--lang zh|en`, shared by every command that prints messages.
struct LanguageOption: ParsableArguments {
    @Option(help: "Language of messages and labels: zh or en (default: zh when LANG starts with zh, else en).")
    var lang: Language?

    /// The language in effect.
    var language: Language { lang ?? Language.fromEnvironment }
}
