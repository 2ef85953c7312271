// SARIF 2.1.0 output of `check --format sarif`, as GitHub code scanning
// ingests it (docs/output-formats.md#sarif describes the mapping).
#pragma once

#include "report/CheckReport.h"

#include <string>

namespace msglint::report {

struct SarifOptions {
  // run.automationDetails.id is "CATEGORY/": tells apart the analyses of
  // one repository (one per project root in a monorepo, say).
  std::string category = "msglint";
};

// The SARIF log, deterministic: same report, same bytes.
std::string writeSarif(const CheckReport &report, const SarifOptions &options);

} // namespace msglint::report
