// `extract --depfile`: the files a TU was made of, as a Make rule, so that
// Ninja (a CMake custom command's DEPFILE) runs extract again exactly when
// one of them changes.
#pragma once

#include "facts/FactsCache.h"

#include <string>
#include <vector>

namespace msglint::cli {

// `target: input...`, with spaces, '#' and '$' escaped the way Ninja reads them.
std::string depfile(const std::string &target, const std::vector<facts::CacheInput> &inputs);

} // namespace msglint::cli
