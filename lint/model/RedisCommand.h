// The Redis side of the hiredis preset (docs/presets/redis.md), free of
// Clang: how hiredis splits a command format string into arguments, and
// what each messaging command means (publish, subscribe, enqueue, work)
// and which of its arguments names the channel, list or stream.
#pragma once

#include "facts/Facts.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace msglint::model::redis {

// One piece of a command argument: literal text, or a conversion (%s, %b,
// %d...) that takes the value of the variadic argument `arg` (0 = the first
// argument after the format string).
struct Piece {
  std::string literal;
  int arg = -1;          // >= 0: a conversion
  char conversion = 0;   // 's', 'b', or the printf conversion character
};

// One argument of the command, as hiredis builds it: the format string is
// split at spaces, and each conversion's value becomes part of the
// argument it appears in, spaces included.
struct Word {
  std::vector<Piece> pieces;

  bool isLiteral() const;
  std::string literal() const; // the text, for a literal word
};

// Splits a hiredis format string like redisvFormatCommand does: words
// separated by spaces, `%s` (a C string) and `%b` (pointer, length) take
// one and two arguments, `%%` is a percent sign, other printf conversions
// take one argument. Returns nullopt for a format hiredis would reject.
std::optional<std::vector<Word>> splitFormat(std::string_view format);

// What a command does to the messaging graph.
struct Command {
  facts::SiteKind kind = facts::SiteKind::Publish;
  std::string style;  // the command in lower case: "publish", "brpop"...
  size_t keyWord = 0; // the argument naming the channel, list or stream
};

// `words` holds each argument's literal text, or an empty string where an
// argument is not a literal. nullopt: not a messaging command, or its key
// cannot be found (e.g. XREADGROUP without a literal STREAMS).
std::optional<Command> classify(const std::vector<std::string> &words);

} // namespace msglint::model::redis
