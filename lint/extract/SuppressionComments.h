// Inline suppressions (DESIGN.md §5): `// msglint: ignore(rule[, rule]) why`
// on the line or alone on the line above, and clang-tidy's
// `NOLINT(msglint-rule)` / `NOLINTNEXTLINE(msglint-rule)`.
#pragma once

#include "extract/FileClassifier.h"
#include "facts/Facts.h"

#include <clang/Lex/Preprocessor.h>

#include <optional>
#include <string>
#include <vector>

namespace msglint::extract {

// Parses one comment's text. `aloneOnLine`: nothing but blanks precede the
// comment on its line, so it also covers the next line.
std::optional<facts::Suppression> parseSuppression(llvm::StringRef comment,
                                                   bool aloneOnLine);

class SuppressionCollector : public clang::CommentHandler {
public:
  SuppressionCollector(FileClassifier &files, std::vector<facts::Suppression> &out)
      : files(files), out(out) {}
  bool HandleComment(clang::Preprocessor &pp, clang::SourceRange range) override;

private:
  FileClassifier &files;
  std::vector<facts::Suppression> &out;
};

} // namespace msglint::extract
