// The project's source files, read once each, for what the renderers need
// beyond a finding's numbers: UTF-16 columns and the text fingerprints
// hash. A file that cannot be read is treated as empty, so a report never
// fails because a source changed or vanished after analysis.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace msglint::report {

class SourceText {
public:
  // `root`: the absolute project root that relative paths are read from.
  explicit SourceText(std::string root) : root_(std::move(root)) {}
  // `files` (absolute path -> text) instead of what is on disk: an
  // editor's unsaved buffers.
  SourceText(std::string root, std::map<std::string, std::string> files)
      : root_(std::move(root)), unsaved_(std::move(files)) {}

  // Line `line` (1-based) of `file` without its line ending, or nullopt.
  std::optional<std::string_view> line(const std::string &file, unsigned line);

  // The 1-based UTF-16 column of a 1-based byte column; the byte column
  // itself when the line cannot be read.
  unsigned utf16Column(const std::string &file, unsigned line, unsigned byteColumn);

  // The 1-based UTF-16 column just past the token that starts at the byte
  // column (an identifier, or else one character), for a region's end;
  // nullopt when the line cannot be read or the column is past its end.
  std::optional<unsigned> utf16TokenEnd(const std::string &file, unsigned line,
                                        unsigned byteColumn);

private:
  struct File {
    std::string content;
    std::vector<std::string_view> lines; // views into content
  };
  const File &load(const std::string &file);

  std::string root_;
  std::map<std::string, std::string> unsaved_;
  std::map<std::string, File> files_;
};

// The identifier-like token starting at byte offset `pos` of `line`:
// letters, digits, '_' and any non-ASCII character (C++ identifiers may
// hold those); one character when line[pos] starts no identifier.
std::string_view tokenAt(std::string_view line, size_t pos);

} // namespace msglint::report
