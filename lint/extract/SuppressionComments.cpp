#include "extract/SuppressionComments.h"

#include <clang/Lex/Lexer.h>
#include <llvm/ADT/StringExtras.h>

namespace msglint::extract {
namespace {

// "a, b" -> {"a", "b"}
std::vector<std::string> splitList(llvm::StringRef list) {
  llvm::SmallVector<llvm::StringRef> parts;
  list.split(parts, ',', -1, false);
  std::vector<std::string> out;
  for (llvm::StringRef part : parts)
    if (!part.trim().empty())
      out.push_back(part.trim().str());
  return out;
}

} // namespace

std::optional<facts::Suppression> parseSuppression(llvm::StringRef comment,
                                                   bool aloneOnLine) {
  facts::Suppression s;
  size_t at = comment.find("msglint:");
  if (at != llvm::StringRef::npos) {
    llvm::StringRef rest = comment.substr(at + 8).ltrim();
    if (!rest.consume_front("ignore"))
      return std::nullopt;
    rest = rest.ltrim();
    if (!rest.consume_front("("))
      return std::nullopt;
    size_t close = rest.find(')');
    if (close == llvm::StringRef::npos)
      return std::nullopt;
    s.rules = splitList(rest.take_front(close));
    if (s.rules.empty())
      return std::nullopt;
    s.sameLine = true;
    s.nextLine = aloneOnLine;
    return s;
  }
  at = comment.find("NOLINT");
  if (at == llvm::StringRef::npos)
    return std::nullopt;
  llvm::StringRef rest = comment.substr(at + 6);
  bool next = rest.consume_front("NEXTLINE");
  if (rest.starts_with("BEGIN") || rest.starts_with("END"))
    return std::nullopt; // ranges are not supported; see docs/suppressions.md
  if (rest.consume_front("(")) {
    size_t close = rest.find(')');
    if (close == llvm::StringRef::npos)
      return std::nullopt;
    for (const std::string &check : splitList(rest.take_front(close))) {
      llvm::StringRef name(check);
      if (name == "*")
        s.rules.push_back("*");
      else if (name.consume_front("msglint-"))
        s.rules.push_back(name.str());
    }
    if (s.rules.empty())
      return std::nullopt; // NOLINT for other tools' checks only
  } else {
    s.rules.push_back("*"); // bare NOLINT silences every check, as in clang-tidy
  }
  s.sameLine = !next;
  s.nextLine = next;
  return s;
}

bool SuppressionCollector::HandleComment(clang::Preprocessor &pp, clang::SourceRange range) {
  const clang::SourceManager &sm = pp.getSourceManager();
  clang::SourceLocation begin = range.getBegin();
  if (files.ignored(begin))
    return false;
  bool invalid = false;
  llvm::StringRef text = clang::Lexer::getSourceText(
      clang::CharSourceRange::getCharRange(range), sm, pp.getLangOpts(), &invalid);
  if (invalid || (!text.contains("msglint") && !text.contains("NOLINT")))
    return false;
  auto [file, offset] = sm.getDecomposedLoc(begin);
  llvm::StringRef buffer = sm.getBufferData(file, &invalid);
  if (invalid)
    return false;
  size_t lineStart = buffer.rfind('\n', offset);
  lineStart = lineStart == llvm::StringRef::npos ? 0 : lineStart + 1;
  bool alone = buffer.slice(lineStart, offset).trim().empty();
  if (auto s = parseSuppression(text, alone)) {
    s->loc = {files.path(begin), sm.getSpellingLineNumber(begin),
              sm.getSpellingColumnNumber(begin)};
    out.push_back(std::move(*s));
  }
  return false;
}

} // namespace msglint::extract
