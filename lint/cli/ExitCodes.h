// Exit codes (DESIGN.md §5, docs/usage.md).
#pragma once

namespace msglint::cli {

inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;   // findings at or above --fail-on
inline constexpr int kExitUsage = 2;      // usage, configuration or input error
inline constexpr int kExitIncomplete = 3; // a TU's analysis failed (--strict: or had errors)

} // namespace msglint::cli
