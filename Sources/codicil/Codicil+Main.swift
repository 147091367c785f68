import CodicilCLI

@main
enum Main {
    static func main() {
        Codicil.dispatch(Array(CommandLine.arguments.dropFirst()))
    }
}
