// The rule catalogue as people read it: `msglint --list-rules` (one line a
// rule) and `--list-rules=markdown`, the tables of docs/rules/README.md,
// which scripts/update-rule-index writes from it (a test checks they agree).
#pragma once

#include <ostream>

namespace msglint::cli {

enum class RuleListFormat { Text, Markdown };

void writeRuleList(std::ostream &out, RuleListFormat format);

} // namespace msglint::cli
