#include "report/Fingerprint.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/SHA256.h>

#include <map>

namespace msglint::report {
namespace {

// The line with its whitespace runs collapsed to one space and trimmed,
// so re-indenting or re-wrapping spaces keeps the identity.
std::string normalised(std::string_view line) {
  std::string out;
  bool space = false;
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space)
      out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// What identifies a finding apart from its occurrence index: the rule, the
// file relative to the root, and the code at the finding (the whole line
// and the token the column points at). When the source cannot be read the
// message stands in for the code.
std::string identity(const rules::Finding &f, SourceText &sources) {
  std::string key = std::string(kFingerprintVersion) + '\0' + f.rule + '\0' + f.loc.file + '\0';
  if (auto line = sources.line(f.loc.file, f.loc.line)) {
    key += "code";
    key += '\0' + normalised(*line) + '\0';
    if (f.loc.col > 0)
      key += tokenAt(*line, f.loc.col - 1);
  } else {
    key += "message";
    key += '\0' + f.message;
  }
  return key;
}

std::string hash(const std::string &text) {
  llvm::SHA256 sha;
  sha.update(text);
  std::array<uint8_t, 32> digest = sha.final();
  return llvm::toHex(llvm::ArrayRef<uint8_t>(digest.data(), 16), /*LowerCase=*/true);
}

} // namespace

std::vector<std::string> fingerprints(const std::vector<rules::Finding> &findings,
                                      SourceText &sources) {
  std::map<std::string, unsigned> seen; // identity -> occurrences so far
  std::vector<std::string> out;
  out.reserve(findings.size());
  for (const rules::Finding &f : findings) {
    std::string key = identity(f, sources);
    unsigned occurrence = seen[key]++;
    out.push_back(hash(key + '\0' + std::to_string(occurrence)));
  }
  return out;
}

} // namespace msglint::report
