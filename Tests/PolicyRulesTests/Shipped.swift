import PolicyModel
import PolicyRules
import PolicySource

/// The shipped Fuji Xerox policy, parsed once.
enum Shipped {
    static let policy: Policy = PolicyParser.parse(fileAtPath: FixturePaths.shippedExample.path).policy!
    static let rules = RuleSet(policy: policy)
}
