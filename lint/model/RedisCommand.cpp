#include "model/RedisCommand.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace msglint::model::redis {
namespace {

std::string upper(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

// Skips a printf conversion after '%' as hiredis accepts it (flags, width,
// precision, length, conversion); returns the conversion character and
// advances `i` past it, or 0 for a conversion hiredis rejects.
char skipPrintfConversion(std::string_view format, size_t &i) {
  while (i < format.size() && std::strchr("#0-+ ", format[i]) != nullptr)
    ++i;
  while (i < format.size() && std::isdigit(static_cast<unsigned char>(format[i])))
    ++i;
  if (i < format.size() && format[i] == '.') {
    ++i;
    while (i < format.size() && std::isdigit(static_cast<unsigned char>(format[i])))
      ++i;
  }
  for (const char *length : {"hh", "ll", "h", "l"}) {
    if (format.substr(i, std::strlen(length)) == length) {
      i += std::strlen(length);
      break;
    }
  }
  if (i < format.size() && std::strchr("diouxXeEfFgGaA", format[i]) != nullptr)
    return format[i++];
  return 0;
}

} // namespace

bool Word::isLiteral() const {
  return std::all_of(pieces.begin(), pieces.end(), [](const Piece &p) { return p.arg < 0; });
}

std::string Word::literal() const {
  std::string out;
  for (const Piece &p : pieces)
    out += p.literal;
  return out;
}

std::optional<std::vector<Word>> splitFormat(std::string_view format) {
  std::vector<Word> words;
  Word current;
  bool touched = false; // hiredis starts an argument at its first character
  int nextArg = 0;
  auto addLiteral = [&](char c) {
    if (current.pieces.empty() || current.pieces.back().arg >= 0)
      current.pieces.emplace_back();
    current.pieces.back().literal += c;
  };
  for (size_t i = 0; i < format.size();) {
    char c = format[i];
    if (c != '%' || i + 1 == format.size()) {
      if (c == ' ') {
        if (touched) {
          words.push_back(std::move(current));
          current = Word();
          touched = false;
        }
      } else {
        addLiteral(c);
        touched = true;
      }
      ++i;
      continue;
    }
    char next = format[i + 1];
    i += 2;
    if (next == '%') {
      addLiteral('%');
    } else if (next == 's' || next == 'b') {
      current.pieces.push_back({"", nextArg, next});
      nextArg += next == 'b' ? 2 : 1; // %b: pointer and length
    } else {
      i -= 1; // back to the character after '%'
      char conversion = skipPrintfConversion(format, i);
      if (conversion == 0)
        return std::nullopt;
      current.pieces.push_back({"", nextArg++, conversion});
    }
    touched = true;
  }
  if (touched)
    words.push_back(std::move(current));
  return words;
}

std::optional<Command> classify(const std::vector<std::string> &words) {
  if (words.empty() || words[0].empty())
    return std::nullopt;
  std::string name = upper(words[0]);
  Command command;
  command.style = name;
  std::transform(command.style.begin(), command.style.end(), command.style.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  command.keyWord = 1;
  using facts::SiteKind;
  if (name == "PUBLISH" || name == "SPUBLISH" || name == "XADD") {
    command.kind = SiteKind::Publish;
  } else if (name == "SUBSCRIBE" || name == "SSUBSCRIBE" || name == "PSUBSCRIBE") {
    command.kind = SiteKind::Subscribe;
  } else if (name == "LPUSH" || name == "RPUSH" || name == "LPUSHX" || name == "RPUSHX") {
    command.kind = SiteKind::Enqueue;
  } else if (name == "BRPOP" || name == "BLPOP" || name == "RPOP" || name == "LPOP" ||
             name == "BRPOPLPUSH" || name == "RPOPLPUSH" || name == "BLMOVE" ||
             name == "LMOVE") {
    command.kind = SiteKind::Work;
  } else if (name == "LMPOP" || name == "BLMPOP") {
    command.kind = SiteKind::Work; // [timeout] numkeys key...
    command.keyWord = name == "LMPOP" ? 2 : 3;
  } else if (name == "XREADGROUP" || name == "XREAD") {
    command.kind = SiteKind::Subscribe; // ... STREAMS key... id...
    auto streams = std::find_if(words.begin() + 1, words.end(),
                                [](const std::string &w) { return upper(w) == "STREAMS"; });
    if (streams == words.end())
      return std::nullopt;
    command.keyWord = static_cast<size_t>(streams - words.begin()) + 1;
  } else {
    return std::nullopt;
  }
  if (command.keyWord >= words.size())
    return std::nullopt;
  return command;
}

} // namespace msglint::model::redis
