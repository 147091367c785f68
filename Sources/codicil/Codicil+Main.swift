import CodicilCLI

@main extension Codicil {}
