#include "report/Utf16.h"

namespace msglint::report {
namespace {

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

} // namespace

size_t utf8SequenceLength(std::string_view line, size_t pos) {
  const auto lead = static_cast<unsigned char>(line[pos]);
  size_t length = 0;
  unsigned minimum = 0; // the smallest code point of that length: rejects overlong forms
  unsigned codePoint = 0;
  if (lead < 0x80)
    return 1;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, minimum = 0x80, codePoint = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, minimum = 0x800, codePoint = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, minimum = 0x10000, codePoint = lead & 0x07;
  } else {
    return 1;
  }
  if (pos + length > line.size())
    return 1;
  for (size_t i = 1; i < length; ++i) {
    const auto c = static_cast<unsigned char>(line[pos + i]);
    if (!continuation(c))
      return 1;
    codePoint = (codePoint << 6) | (c & 0x3F);
  }
  const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
  if (codePoint < minimum || codePoint > 0x10FFFF || surrogate)
    return 1;
  return length;
}

unsigned utf16Column(std::string_view line, unsigned byteColumn) {
  if (byteColumn == 0)
    return 0;
  const size_t target = byteColumn - 1; // bytes before the column
  size_t pos = 0;
  unsigned units = 0;
  while (pos < target && pos < line.size()) {
    size_t length = utf8SequenceLength(line, pos);
    // Four-byte sequences are outside the BMP: a surrogate pair.
    units += length == 4 ? 2 : 1;
    pos += length;
  }
  // A column past the end of the line counts the rest in bytes.
  if (pos < target)
    units += static_cast<unsigned>(target - pos);
  return units + 1;
}

} // namespace msglint::report
