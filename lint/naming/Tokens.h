// Splits an event name into words, the way people write them: dotted
// (order.created), snake, kebab, path-like (orders/create), colon-scoped
// (jira:issue_created), spaced (Order Completed), camel and Pascal case with
// acronyms (HTTPRequestSent -> HTTP Request Sent), SCREAMING_CASE.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace msglint::naming {

struct Token {
  std::string text;      // as written: "HTTP", "Request"
  std::string lower;     // "http", "request"
  std::string separator; // what comes before it in the name: "", ".", "_", "/", "{id}."...
  // The first word of a part of the name: after `.`, `/` or `:`, or the
  // name's first word. `_`, `-`, spaces and case changes join words of one part.
  bool partStart = false;
};

struct TokenisedName {
  std::vector<Token> tokens;
  std::string trailing; // what follows the last word: "", ".{id}", ".*"

  // The name again, from its tokens (which may have been edited).
  std::string join() const;
};

TokenisedName tokenise(std::string_view name);

} // namespace msglint::naming
