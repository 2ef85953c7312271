// A finding as the renderers and the baseline see it: with its
// fingerprint (Fingerprint.h).
#pragma once

#include "rules/Finding.h"

#include <string>

namespace msglint::report {

struct Result {
  rules::Finding finding;
  std::string fingerprint;
};

} // namespace msglint::report
