// The base protocol of the Language Server Protocol: each message is a
// header ("Content-Length: N", CRLF-terminated lines, a blank line) and N
// bytes of JSON. Reading never throws: a frame that breaks the protocol is
// reported as such, so the server answers it with an error and goes on.
#pragma once

#include <istream>
#include <ostream>
#include <string>

namespace msglint::lsp {

enum class Frame {
  Message,    // `body` holds the JSON text
  EndOfInput, // the client closed the stream
  Bad,        // `error` says what is wrong; the next frame may be fine
};

// Frames larger than this are refused (and skipped), so a bad length
// cannot make the server allocate without bound.
inline constexpr size_t kMaxFrameBytes = 64u << 20;

Frame readFrame(std::istream &in, std::string &body, std::string &error);

// Writes one message and flushes.
void writeFrame(std::ostream &out, const std::string &body);

} // namespace msglint::lsp
