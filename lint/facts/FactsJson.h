// Reading and writing the versioned JSON form of a TU's facts
// (docs/facts-format.md).
#pragma once

#include "facts/Facts.h"

#include <optional>
#include <string>
#include <string_view>

namespace msglint::facts {

std::string writeFactsJson(const TranslationUnit &tu);

// Parses facts written by writeFactsJson. On failure returns nullopt and
// sets `error` to a one-line reason (wrong version, malformed JSON, ...).
std::optional<TranslationUnit> readFactsJson(std::string_view text, std::string &error);

} // namespace msglint::facts
