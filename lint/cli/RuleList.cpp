#include "cli/RuleList.h"

#include "rules/Rule.h"

namespace msglint::cli {
namespace {

void writeText(std::ostream &out) {
  for (const rules::RuleInfo &rule : rules::catalogue()) {
    out << rule.id << " (" << rules::toString(rule.level) << "): " << rule.summary;
    for (const rules::OptionInfo &o : rule.options)
      out << " [" << o.name << "=" << rules::describe(o, o.defaultValue) << "]";
    out << "\n";
  }
}

// A default in a table cell: numbers as they are, strings and lists as code.
std::string cell(const rules::OptionInfo &option) {
  std::string value = rules::describe(option, option.defaultValue);
  return option.type == rules::OptionType::Integer ? value : "`" + value + "`";
}

void writeMarkdown(std::ostream &out) {
  out << "| id | default | summary | clang-tidy check |\n|---|---|---|---|\n";
  for (const rules::RuleInfo &rule : rules::catalogue())
    out << "| [" << rule.id << "](" << rule.id << ".md) | " << rules::toString(rule.level) << " | "
        << rule.summary << " | "
        << (rule.scope == rules::Scope::TranslationUnit ? "`msglint-" + rule.id + "`" : "")
        << " |\n";
  out << "\nOptions:\n\n| rule | option | default | meaning |\n|---|---|---|---|\n";
  for (const rules::RuleInfo &rule : rules::catalogue())
    for (const rules::OptionInfo &o : rule.options)
      out << "| " << rule.id << " | `" << o.name << "` | " << cell(o) << " | " << o.help << " |\n";
}

} // namespace

void writeRuleList(std::ostream &out, RuleListFormat format) {
  if (format == RuleListFormat::Markdown)
    writeMarkdown(out);
  else
    writeText(out);
}

} // namespace msglint::cli
