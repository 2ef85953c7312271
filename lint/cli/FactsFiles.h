// The facts files `msglint link` reads: files as given, folders searched
// for *.json. Sorted, so that the link (and its output) does not depend on
// the order of the file system or of the command line.
#pragma once

#include <string>
#include <vector>

namespace msglint::cli {

// Throws UsageError for an input that does not exist, or a folder that
// holds no facts file.
std::vector<std::string> factsFiles(const std::vector<std::string> &inputs);

} // namespace msglint::cli
