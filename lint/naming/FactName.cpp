#include "naming/FactName.h"

#include <algorithm>
#include <cctype>

namespace msglint::naming {
namespace {

bool allUpper(const std::string &s) {
  bool letters = false;
  for (char c : s) {
    if (std::islower(static_cast<unsigned char>(c)))
      return false;
    letters |= std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  return letters && s.size() > 1;
}

std::string capitalised(std::string s) {
  if (!s.empty())
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

std::string upper(std::string s) {
  for (char &c : s)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// How the name joins the words of one part: "_", "-", " ", or "" (camel case).
std::string wordJoiner(const TokenisedName &name) {
  for (const Token &t : name.tokens)
    if (!t.partStart && t.separator.size() == 1 && std::string_view("_- ").find(t.separator[0]) !=
                                                       std::string_view::npos)
      return t.separator;
  return "";
}

// `words` as one token spelt like `model` (SEND -> SENT, Send -> Sent), the
// words after the first joined the way the name joins its words.
std::string spell(const std::vector<std::string> &words, const std::string &model,
                  const std::string &joiner, bool capitaliseFirst) {
  const bool shout = allUpper(model);
  const bool title = !model.empty() && std::isupper(static_cast<unsigned char>(model[0]));
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string w = words[i];
    if (shout)
      w = upper(w);
    else if (title || (i == 0 ? capitaliseFirst : joiner.empty()))
      w = capitalised(w);
    out += (i ? joiner : "") + w;
  }
  return out;
}

// camelCase names start with a lower-case letter whatever word comes first.
void keepInitialCase(TokenisedName &name, bool lowerInitial) {
  if (!lowerInitial || name.tokens.empty() || allUpper(name.tokens.front().text))
    return;
  std::string &first = name.tokens.front().text;
  first[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(first[0])));
}

bool startsLower(const TokenisedName &name) {
  return !name.tokens.empty() &&
         std::islower(static_cast<unsigned char>(name.tokens.front().text[0]));
}

} // namespace

void replaceToken(TokenisedName &name, size_t at, const std::vector<std::string> &words) {
  Token &t = name.tokens[at];
  t.text = spell(words, t.text, wordJoiner(name), /*capitaliseFirst=*/false);
}

void moveAfterObject(TokenisedName &name, size_t verb, size_t particles, size_t objectEnd,
                     const std::vector<std::string> &words) {
  const bool lowerInitial = startsLower(name);
  const std::string nameJoiner = wordJoiner(name);
  const size_t first = verb + particles + 1; // the object's first token
  if (first >= name.tokens.size() || first >= objectEnd)
    return replaceToken(name, verb, words);
  Token verbToken = name.tokens[verb];
  // The object takes the verb's place; the participle joins the object the
  // way the verb did (send.email -> email.sent, send-email -> email-sent).
  std::string joiner = name.tokens[first].separator;
  name.tokens[first].separator = verbToken.separator;
  name.tokens[first].partStart = verbToken.partStart;
  name.tokens.erase(name.tokens.begin() + verb, name.tokens.begin() + first);
  objectEnd -= first - verb;
  const bool camel = joiner.empty();
  Token moved;
  moved.separator = joiner;
  moved.text = spell(words, verbToken.text, nameJoiner, /*capitaliseFirst=*/camel);
  name.tokens.insert(name.tokens.begin() + std::min(objectEnd, name.tokens.size()), moved);
  keepInitialCase(name, lowerInitial);
}

void removeToken(TokenisedName &name, size_t at) {
  const bool lowerInitial = startsLower(name);
  if (at + 1 < name.tokens.size() && at == 0) {
    name.tokens[1].separator = name.tokens[0].separator;
    name.tokens[1].partStart = true;
  }
  name.tokens.erase(name.tokens.begin() + at);
  keepInitialCase(name, lowerInitial);
}

} // namespace msglint::naming
