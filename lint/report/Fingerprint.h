// Stable identities for findings, for baselines and SARIF
// partialFingerprints: they survive lines being inserted or removed
// elsewhere in the file, re-indentation, message rewording and a checkout
// in another directory, and change when the flagged code itself changes.
#pragma once

#include "report/SourceText.h"
#include "rules/Finding.h"

#include <string>
#include <vector>

namespace msglint::report {

// Bump when the recipe changes: a baseline records the version it was
// written with, and one from another version is refused with a message
// rather than matched wrongly.
inline constexpr const char *kFingerprintVersion = "v1";

// One fingerprint per finding, in the same order. `findings` must be
// sorted (sortFindings): identical findings are told apart by their order
// of appearance in the file, which inserting lines does not change.
std::vector<std::string> fingerprints(const std::vector<rules::Finding> &findings,
                                      SourceText &sources);

} // namespace msglint::report
