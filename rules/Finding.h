// What a rule reports: a primary location, a message, and notes for the
// related sites (each hop of a chain, each member of a cycle).
#pragma once

#include "facts/Facts.h"

#include <string>
#include <vector>

namespace msglint::rules {

enum class Severity { Note, Warning, Error };

const char *toString(Severity);
// nullopt-like: returns false for an unknown name.
bool parseSeverity(const std::string &name, Severity &out);

struct Note {
  facts::Location loc; // relative to the project root
  std::string message;
};

struct Finding {
  std::string rule;
  Severity severity = Severity::Warning;
  facts::Location loc;
  std::string message;
  std::vector<Note> notes;
};

} // namespace msglint::rules
