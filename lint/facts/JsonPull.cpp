#include "facts/JsonPull.h"

#include <llvm/Support/ConvertUTF.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace msglint::facts {
namespace {

// Bytes that a string can hold as they are: not '"', '\\', a control
// character (refused) or the start of a UTF-8 sequence (checked).
constexpr auto kPlain = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c)
    plain[c] = c != '"' && c != '\\';
  return plain;
}();

bool isDigit(char c) { return c >= '0' && c <= '9'; }

void appendUtf8(std::string &out, unsigned cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

} // namespace

std::string shownNumber(std::string_view token) {
  // A number can be a megabyte long; the message stays short.
  return token.size() <= 40 ? std::string(token)
                            : std::string(token.substr(0, 40)) + "... (" +
                                  std::to_string(token.size()) + " characters)";
}

std::string JsonSyntaxError::message() const {
  return "malformed JSON at byte " + std::to_string(offset) + ": " + what;
}

std::string JsonShapeError::message() const {
  return (path.empty() ? "" : path + ": ") + what + " (at byte " + std::to_string(offset) + ")";
}

void JsonShapeError::within(std::string_view part) {
  path.insert(0, std::string(part) + (path.empty() || path[0] == '[' ? "" : "."));
}

JsonPull::JsonPull(std::string_view text)
    : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()) {
  // As nlohmann did: a UTF-8 byte order mark may open the text.
  if (p_ != end_ && static_cast<unsigned char>(*p_) == 0xEF) {
    if (end_ - p_ < 3 || static_cast<unsigned char>(p_[1]) != 0xBB ||
        static_cast<unsigned char>(p_[2]) != 0xBF)
      syntaxError("invalid byte order mark");
    p_ += 3;
  }
}

void JsonPull::syntaxError(std::string what) const {
  throw JsonSyntaxError{offset(), p_ == end_ ? "unexpected end of the text: " + what : std::move(what)};
}

void JsonPull::shapeError(std::string what) const {
  throw JsonShapeError{offset(), "", std::move(what)};
}

void JsonPull::wrongKind(const char *expected) {
  const char *got;
  switch (peek()) {
  case '"': got = "a string"; break;
  case '{': got = "an object"; break;
  case '[': got = "an array"; break;
  case 't':
  case 'f': got = "a boolean"; break;
  case 'n': got = "null"; break;
  case -1: syntaxError("expected a value");
  default:
    if (peek() == '-' || isDigit(char(peek()))) {
      got = "a number";
      break;
    }
    syntaxError("expected a value");
  }
  shapeError(std::string("expected ") + expected + ", got " + got);
}

void JsonPull::skipWhitespace() {
  while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t'))
    ++p_;
}

void JsonPull::expect(char c, const char *what) {
  if (peek() != c)
    syntaxError(std::string("expected ") + what);
  ++p_;
}

bool JsonPull::more(char closer) {
  int c = peek();
  if (c == ',') {
    ++p_;
    return true;
  }
  if (c == closer) {
    ++p_;
    return false;
  }
  syntaxError(closer == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
}

void JsonPull::end() {
  // nlohmann read a NUL byte as the end of the text, and so does this.
  if (peek() != -1 && *p_ != '\0')
    syntaxError("expected the end of the text after the value");
}

void JsonPull::literal(std::string_view word) {
  if (std::string_view(p_, size_t(end_ - p_)).substr(0, word.size()) != word)
    syntaxError("invalid literal");
  p_ += word.size();
}

bool JsonPull::boolean() {
  int c = peek();
  if (c == 't') {
    literal("true");
    return true;
  }
  if (c == 'f') {
    literal("false");
    return false;
  }
  wrongKind("a boolean");
}

std::string_view JsonPull::number() {
  const char *start = p_;
  auto digits = [&] {
    if (p_ == end_ || !isDigit(*p_))
      syntaxError("invalid number");
    while (p_ != end_ && isDigit(*p_))
      ++p_;
  };
  if (*p_ == '-')
    ++p_;
  if (p_ != end_ && *p_ == '0')
    ++p_;
  else
    digits();
  bool integer = true;
  if (p_ != end_ && *p_ == '.') {
    ++p_;
    digits();
    integer = false;
  }
  if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
    ++p_;
    if (p_ != end_ && (*p_ == '+' || *p_ == '-'))
      ++p_;
    digits();
    integer = false;
  }
  std::string_view token(start, size_t(p_ - start));
  // nlohmann refused a number that overflows a double (1e999, or an integer
  // of 309 digits); up to 20 characters an integer cannot.
  if (!integer || token.size() > 20) {
    std::string text(token);
    if (!std::isfinite(std::strtod(text.c_str(), nullptr))) {
      p_ = start;
      syntaxError("number out of range: " + shownNumber(token));
    }
  }
  return token;
}

unsigned JsonPull::hex4() {
  if (end_ - p_ < 4)
    syntaxError("\\u must be followed by 4 hex digits");
  unsigned value = 0;
  for (int i = 0; i < 4; ++i, ++p_) {
    char c = *p_;
    value <<= 4;
    if (isDigit(c))
      value |= unsigned(c - '0');
    else if (c >= 'a' && c <= 'f')
      value |= unsigned(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      value |= unsigned(c - 'A' + 10);
    else
      syntaxError("\\u must be followed by 4 hex digits");
  }
  return value;
}

// The ranges of RFC 3629, as nlohmann took them: no overlong forms, no
// surrogates, nothing above U+10FFFF. LLVM's check is that one (the config
// reader uses it too).
void JsonPull::utf8Sequence(std::string &out) {
  auto *at = reinterpret_cast<const llvm::UTF8 *>(p_);
  if (!llvm::isLegalUTF8Sequence(at, reinterpret_cast<const llvm::UTF8 *>(end_)))
    syntaxError("ill-formed UTF-8 in a string");
  const auto length = size_t(llvm::getNumBytesForUTF8(*at));
  out.append(p_, length);
  p_ += length;
}

void JsonPull::decodeString(std::string &out) {
  for (;;) {
    const char *run = p_;
    plainRun();
    out.append(run, size_t(p_ - run));
    if (p_ == end_)
      syntaxError("unterminated string");
    auto c = static_cast<unsigned char>(*p_);
    if (c == '"') {
      ++p_;
      return;
    }
    if (c < 0x20)
      syntaxError("control character in a string (write it as an escape)");
    if (c >= 0x80) {
      utf8Sequence(out);
      continue;
    }
    // A backslash.
    if (++p_ == end_)
      syntaxError("unterminated string");
    switch (*p_++) {
    case '"': out += '"'; break;
    case '\\': out += '\\'; break;
    case '/': out += '/'; break;
    case 'b': out += '\b'; break;
    case 'f': out += '\f'; break;
    case 'n': out += '\n'; break;
    case 'r': out += '\r'; break;
    case 't': out += '\t'; break;
    case 'u': {
      unsigned cp = hex4();
      if (cp >= 0xDC00 && cp <= 0xDFFF)
        syntaxError("a \\u escape of a low surrogate must follow one of a high surrogate");
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u')
          syntaxError("a \\u escape of a high surrogate must be followed by one of a low surrogate");
        p_ += 2;
        unsigned low = hex4();
        if (low < 0xDC00 || low > 0xDFFF)
          syntaxError("a \\u escape of a high surrogate must be followed by one of a low surrogate");
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      }
      appendUtf8(out, cp);
      break;
    }
    default:
      --p_;
      syntaxError("invalid escape in a string");
    }
  }
}

void JsonPull::plainRun() {
  // A word holds a byte that needs a look when one is '"', '\\', below 0x20
  // or from 0x80 (bit tricks of "Bit Twiddling Hacks": a zero byte in
  // w ^ c, a byte below n in w); then the bytes are looked at one by one.
  constexpr std::uint64_t ones = 0x0101010101010101, high = 0x8080808080808080;
  auto zeroByte = [](std::uint64_t w) { return (w - ones) & ~w & high; };
  while (end_ - p_ >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p_, 8);
    if ((zeroByte(w ^ (ones * '"')) | zeroByte(w ^ (ones * '\\')) | ((w - ones * 0x20) & ~w) | w) & high)
      break;
    p_ += 8;
  }
  while (p_ != end_ && kPlain[static_cast<unsigned char>(*p_)])
    ++p_;
}

std::string_view JsonPull::stringView(std::string &scratch) {
  if (peek() != '"')
    wrongKind("a string");
  const char *start = ++p_;
  plainRun();
  if (p_ != end_ && *p_ == '"')
    return {start, size_t(p_++ - start)};
  scratch.assign(start, p_);
  decodeString(scratch);
  return scratch;
}

std::string JsonPull::string() {
  std::string scratch;
  std::string_view text = stringView(scratch);
  if (text.data() == scratch.data())
    return scratch;
  return std::string(text);
}

std::string_view JsonPull::key(std::string &scratch) {
  if (peek() != '"')
    syntaxError("expected a string as the key of an object member");
  std::string_view name = stringView(scratch);
  expect(':', "':' after the key of an object member");
  return name;
}

void JsonPull::skip() {
  // The open arrays ('[') and objects ('{') around the current value.
  std::string open;
  for (;;) {
    int c = peek();
    if (c == '[' || c == '{') {
      ++p_;
      if (peek() == (c == '[' ? ']' : '}')) {
        ++p_;
      } else {
        open += char(c);
        if (c == '{') {
          std::string scratch;
          key(scratch);
        }
        continue;
      }
    } else if (c == '"') {
      std::string scratch;
      stringView(scratch);
    } else if (c == 't') {
      literal("true");
    } else if (c == 'f') {
      literal("false");
    } else if (c == 'n') {
      literal("null");
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      number();
    } else {
      syntaxError("expected a value");
    }
    // A value is done: close what it ends, or go on to the next one.
    for (;;) {
      if (open.empty())
        return;
      if (more(open.back() == '[' ? ']' : '}')) {
        if (open.back() == '{') {
          std::string scratch;
          key(scratch);
        }
        break;
      }
      open.pop_back();
    }
  }
}

} // namespace msglint::facts
