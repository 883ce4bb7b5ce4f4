import ArgumentParser
import Foundation

/// The language of messages, labels and the report: Chinese first. The default comes from the
/// locale: zh when LANG (or LC_ALL, LC_MESSAGES) starts with zh, English otherwise.
enum Language: String, ExpressibleByArgument, CaseIterable, Sendable {
    case zh, en

    /// From the environment, as `--lang` defaults to.
    static var fromEnvironment: Language {
        let environment = ProcessInfo.processInfo.environment
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("zh") ? .zh : .en
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
