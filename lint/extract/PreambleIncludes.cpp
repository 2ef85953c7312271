#include "extract/PreambleIncludes.h"

namespace msglint::extract {
namespace {

// Drops spaces, tabs and comments at the front of `text`; false when a
// block comment does not end.
bool skipBlanks(llvm::StringRef &text) {
  while (true) {
    text = text.ltrim(" \t\r\n\f\v");
    if (text.starts_with("//")) {
      text = text.drop_until([](char c) { return c == '\n'; });
    } else if (text.starts_with("/*")) {
      size_t end = text.find("*/", 2);
      if (end == llvm::StringRef::npos)
        return false;
      text = text.drop_front(end + 2);
    } else {
      return true;
    }
  }
}

} // namespace

std::vector<std::string> leadingAngledIncludes(llvm::StringRef text) {
  std::vector<std::string> names;
  while (skipBlanks(text) && text.consume_front("#")) {
    auto [line, rest] = text.split('\n');
    // A continued line or a block comment: not the simple form.
    if (line.contains('\\') || line.contains("/*"))
      break;
    line = line.split("//").first;
    line = line.ltrim(" \t");
    if (!line.consume_front("include"))
      break;
    line = line.trim(" \t\r");
    if (!line.consume_front("<") || !line.ends_with(">"))
      break;
    llvm::StringRef name = line.drop_back();
    if (name.empty() || name.contains('>'))
      break;
    names.push_back(name.str());
    text = rest;
  }
  return names;
}

} // namespace msglint::extract
