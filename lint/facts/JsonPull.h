// A pull reader of JSON text: the caller asks for the value it expects next
// and gets it decoded straight from the text, with no DOM and no copy of the
// text. Facts are read with it (FactsJson.cpp): a DOM cost a heap node per
// value and most of `msglint link`'s time.
//
// It takes exactly the JSON nlohmann::json::parse took before it: RFC 8259,
// one value and only whitespace after it (up to a NUL byte), a leading UTF-8
// BOM, strings of well-formed UTF-8 whose \u escapes pair their surrogates,
// numbers that strtod reads as finite. It never recurses on the input's
// nesting: values it is not asked for are skipped with an explicit stack.
#pragma once

#include "facts/JsonInteger.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace msglint::facts {

// The text is not JSON: reading stops there.
struct JsonSyntaxError {
  size_t offset;
  std::string what;
  std::string message() const;
};

// The text is JSON, but this value is not of the kind asked for (a number
// where a string belongs). The reader can step over the value and go on, so
// that a later member of the same key still counts, as it did in the DOM.
struct JsonShapeError {
  size_t offset;
  std::string path; // the keys and indices leading to it: "functions[2].loc[1]"
  std::string what;
  std::string message() const;
  // Puts a key or an "[index]" in front of the path.
  void within(std::string_view part);
};

// A member whose value had the wrong shape, and no later member of the same
// key replaced it.
struct JsonMemberError {
  std::string key;
  JsonShapeError error;
};

class JsonPull {
public:
  explicit JsonPull(std::string_view text);

  // The first character of the next value (after whitespace), or -1 at the end.
  int peek() {
    // Inline for the usual case, no whitespace: it is called before every value.
    if (p_ != end_ && static_cast<unsigned char>(*p_) > ' ')
      return static_cast<unsigned char>(*p_);
    skipWhitespace();
    return p_ == end_ ? -1 : static_cast<unsigned char>(*p_);
  }
  size_t offset() const { return size_t(p_ - begin_); }

  // Each reads one value of its kind. A value of another kind throws
  // JsonShapeError before anything of it is read.
  std::string string();
  // Into the text when the string has no escapes, else decoded into scratch.
  std::string_view stringView(std::string &scratch);
  bool boolean();
  template <typename T> T integer();

  // An object: member(key) reads the member's value (or skips it). A value
  // of the wrong shape is stepped over and the reading goes on; the errors of
  // the keys no later member overrode are returned (a DOM keeps the last
  // member of a key), in the order of the text.
  template <typename F> std::vector<JsonMemberError> members(F &&member);
  // The same, throwing the first of those errors.
  template <typename F> void object(F &&member);
  // An array: element() reads each element.
  template <typename F> void array(F &&element);
  // Steps over one value of any kind, checking it.
  void skip();
  // Goes back to `offset`, the start of a value stepped over before.
  void seek(size_t offset) { p_ = begin_ + offset; }
  // Only whitespace is left (up to a NUL byte, if any).
  void end();

  [[noreturn]] void shapeError(std::string what) const;

private:
  [[noreturn]] void syntaxError(std::string what) const;
  [[noreturn]] void wrongKind(const char *expected);
  void skipWhitespace();
  void expect(char c, const char *what);
  void literal(std::string_view word);
  std::string_view number();
  // The rest of a string after its plain prefix: escapes and UTF-8.
  void decodeString(std::string &out);
  void utf8Sequence(std::string &out);
  unsigned hex4();
  std::string_view key(std::string &scratch);
  // Past the bytes a string holds as they are, 8 at a time.
  void plainRun();
  // After a value in an array or object: true on ',', false on the closer.
  bool more(char closer);

  const char *begin_, *p_, *end_;
};

// A number as written, shortened for a message.
std::string shownNumber(std::string_view token);

template <typename T> T JsonPull::integer() {
  if (peek() != '-' && (peek() < '0' || peek() > '9'))
    wrongKind(integerRange<T>().c_str());
  size_t at = offset();
  std::string_view token = number();
  if (auto value = integerFromToken<T>(token))
    return *value;
  throw JsonShapeError{at, "", "expected " + integerRange<T>() + ", got " + shownNumber(token)};
}

template <typename F> std::vector<JsonMemberError> JsonPull::members(F &&member) {
  std::vector<JsonMemberError> failed;
  if (peek() != '{')
    wrongKind("an object");
  ++p_;
  if (peek() == '}') {
    ++p_;
    return failed;
  }
  std::string scratch;
  do {
    std::string_view name = key(scratch);
    const char *value = p_;
    try {
      member(name);
      if (!failed.empty())
        std::erase_if(failed, [&](const JsonMemberError &f) { return f.key == name; });
    } catch (JsonShapeError &e) {
      // Step over the whole value, which also finds any syntax error in it.
      p_ = value;
      skip();
      e.within(name);
      std::erase_if(failed, [&](const JsonMemberError &f) { return f.key == name; });
      failed.push_back({std::string(name), std::move(e)});
    }
  } while (more('}'));
  return failed;
}

template <typename F> void JsonPull::object(F &&member) {
  std::vector<JsonMemberError> failed = members(std::forward<F>(member));
  if (!failed.empty())
    throw std::move(failed.front().error);
}

template <typename F> void JsonPull::array(F &&element) {
  if (peek() != '[')
    wrongKind("an array");
  ++p_;
  if (peek() == ']') {
    ++p_;
    return;
  }
  size_t index = 0;
  do {
    try {
      element();
    } catch (JsonShapeError &e) {
      e.within("[" + std::to_string(index) + "]");
      throw;
    }
    ++index;
  } while (more(']'));
}

} // namespace msglint::facts
