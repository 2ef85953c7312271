// Rewrites an event name in its own style (separators, case) into the name
// of a fact, for the suggestions in rule messages: send-email -> email-sent,
// SendEmailCommand -> EmailSent, order.cancel -> order.cancelled.
#pragma once

#include "naming/Tokens.h"

#include <string>
#include <vector>

namespace msglint::naming {

// Token `at` becomes `words` (a participle, maybe with its particle:
// "cleaned", "up"), spelt like the token it replaces.
void replaceToken(TokenisedName &name, size_t at, const std::vector<std::string> &words);

// The verb at token `verb` and the `particles` tokens after it move to just
// before token `objectEnd` (or to the end of the name), as `words`:
// send-email -> email-sent, CheckInItemsToInventory -> ItemsCheckedInToInventory.
void moveAfterObject(TokenisedName &name, size_t verb, size_t particles, size_t objectEnd,
                     const std::vector<std::string> &words);

// Drops token `at` (a Command or Job suffix) with its separator.
void removeToken(TokenisedName &name, size_t at);

} // namespace msglint::naming
