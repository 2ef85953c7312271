// Walks one TU's AST and records its facts: the project's functions, what
// they call, and the messaging sites the presets recognise. Only the
// project's own code is walked; system headers and generated code are
// skipped whole.
#pragma once

#include "extract/FileClassifier.h"
#include "facts/Facts.h"
#include "model/Preset.h"

#include <clang/AST/ASTContext.h>

#include <memory>
#include <vector>

namespace msglint::extract {

void collectFacts(clang::ASTContext &ctx, FileClassifier &files,
                  std::vector<std::unique_ptr<model::Preset>> &presets,
                  facts::TranslationUnit &out);

} // namespace msglint::extract
