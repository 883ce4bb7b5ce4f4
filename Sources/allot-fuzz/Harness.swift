// The fuzzing harness. Built by `make fuzz` with `-sanitize=fuzzer -DFUZZING`, it is the libFuzzer
// entry point (libFuzzer brings `main`: coverage-guided, corpus and options from the command line).
// Built plainly (as `swift build` does), it replays the files given as arguments through the same
// target.
import AllotFuzzing
import Foundation

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<Int32>,
               _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
               _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// One input from libFuzzer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// The executable's entry point (SwiftPM links `main` to it; libFuzzer brings a `main` too, so the
/// link allows both and either runs the same driver): hands over to libFuzzer.
@_cdecl("allot_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, fuzzOneInput)
}
#else
/// Replays files through the fuzz target and says what became of each.
@main
enum Replay {
    static func main() {
        var status: Int32 = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("allot-fuzz: cannot read \(path)\n".utf8))
                status = 2
                continue
            }
            switch FuzzTarget.run([UInt8](data)) {
            case .notice: print("\(path): notice")
            case let .page(tables): print("\(path): page with \(tables) tables")
            case let .refused(reason): print("\(path): refused: \(reason)")
            }
        }
        exit(status)
    }
}
#endif
