#include "naming/Tokens.h"

#include <cctype>

namespace msglint::naming {
namespace {

bool isUpper(char c) { return std::isupper(static_cast<unsigned char>(c)); }
bool isLower(char c) { return std::islower(static_cast<unsigned char>(c)); }
bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }
bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)); }
bool isPartSeparator(char c) { return c == '.' || c == '/' || c == ':'; }

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char &c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Where a run of letters and digits splits into words: before an upper case
// letter that follows a lower case one or a digit (orderCreated, Ec2Instance),
// and before the last capital of an acronym that starts a word (HTTPRequest).
// Digits stay with the letters before them (v2, S3, OAuth2).
std::vector<std::string_view> splitCase(std::string_view run) {
  std::vector<std::string_view> words;
  size_t start = 0;
  for (size_t i = 1; i < run.size(); ++i) {
    char prev = run[i - 1], c = run[i];
    bool boundary = isUpper(c) && (isLower(prev) || isDigit(prev) ||
                                   (isUpper(prev) && i + 1 < run.size() && isLower(run[i + 1])));
    if (boundary) {
      words.push_back(run.substr(start, i - start));
      start = i;
    }
  }
  words.push_back(run.substr(start));
  return words;
}

} // namespace

TokenisedName tokenise(std::string_view name) {
  TokenisedName out;
  std::string separator;
  bool partStart = true;
  size_t i = 0;
  while (i < name.size()) {
    char c = name[i];
    if (isWordChar(c)) {
      size_t end = i;
      while (end < name.size() && isWordChar(name[end]))
        ++end;
      for (std::string_view word : splitCase(name.substr(i, end - i))) {
        out.tokens.push_back({std::string(word), lowercase(word), separator, partStart});
        separator.clear();
        partStart = false;
      }
      i = end;
      continue;
    }
    // Placeholders ({streetlightId}, <tenant>) and wildcards (* > # +) are
    // not words; they stay in the separators so the name can be rebuilt.
    if (c == '{' || c == '<') {
      size_t close = name.find(c == '{' ? '}' : '>', i);
      size_t end = close == std::string_view::npos ? name.size() : close + 1;
      separator += name.substr(i, end - i);
      i = end;
      continue;
    }
    if (isPartSeparator(c))
      partStart = true;
    separator += c;
    ++i;
  }
  out.trailing = separator;
  return out;
}

std::string TokenisedName::join() const {
  std::string out;
  for (const Token &t : tokens)
    out += t.separator + t.text;
  return out + trailing;
}

} // namespace msglint::naming
