#include "lsp/JsonRpc.h"

#include <cctype>
#include <charconv>

namespace msglint::lsp {
namespace {

// One header line without its CRLF (a bare LF is accepted too); false at
// the end of input.
bool readHeaderLine(std::istream &in, std::string &line) {
  if (!std::getline(in, line))
    return false;
  if (!line.empty() && line.back() == '\r')
    line.pop_back();
  return true;
}

bool startsWithNoCase(const std::string &s, const std::string &prefix) {
  if (s.size() < prefix.size())
    return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

} // namespace

Frame readFrame(std::istream &in, std::string &body, std::string &error) {
  std::string line;
  bool sawHeader = false, haveLength = false;
  size_t length = 0;
  while (true) {
    if (!readHeaderLine(in, line))
      return sawHeader ? (error = "the input ended inside a message header", Frame::Bad)
                       : Frame::EndOfInput;
    if (line.empty()) {
      if (!sawHeader)
        continue; // blank lines between messages
      break;
    }
    sawHeader = true;
    const std::string key = "content-length:";
    if (startsWithNoCase(line, key)) {
      std::string value = line.substr(key.size());
      size_t start = value.find_first_not_of(' ');
      const char *first = value.c_str() + (start == std::string::npos ? value.size() : start);
      const char *last = value.c_str() + value.size();
      auto [end, ec] = std::from_chars(first, last, length);
      haveLength = ec == std::errc() && end == last && first != last;
      if (!haveLength) {
        error = "bad Content-Length header: '" + line + "'";
        length = 0;
      }
    }
    // Other headers (Content-Type) are allowed and ignored.
  }
  if (!haveLength) {
    if (error.empty())
      error = "a message header without Content-Length";
    return Frame::Bad;
  }
  if (length > kMaxFrameBytes) {
    in.ignore(static_cast<std::streamsize>(length));
    error = "a message of " + std::to_string(length) + " bytes, over the limit of " +
            std::to_string(kMaxFrameBytes);
    return Frame::Bad;
  }
  body.assign(length, '\0');
  in.read(body.data(), static_cast<std::streamsize>(length));
  if (static_cast<size_t>(in.gcount()) != length) {
    error = "the input ended inside a message body";
    return Frame::Bad;
  }
  return Frame::Message;
}

void writeFrame(std::ostream &out, const std::string &body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

} // namespace msglint::lsp
