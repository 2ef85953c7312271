// Clang reports 1-based byte columns; SARIF counts UTF-16 code units
// (run.columnKind "utf16CodeUnits", which is what GitHub expects).
#pragma once

#include <string_view>

namespace msglint::report {

// The 1-based UTF-16 column of the 1-based byte column `byteColumn` in
// `line` (one line of UTF-8 text, no newline). A column past the end of
// the line keeps its distance from the end. Bytes that are not valid
// UTF-8 count as one code unit each, as a decoder replacing them would.
unsigned utf16Column(std::string_view line, unsigned byteColumn);

// The byte length of the UTF-8 sequence starting at line[pos], 1 if it is
// not a valid one.
size_t utf8SequenceLength(std::string_view line, size_t pos);

} // namespace msglint::report
