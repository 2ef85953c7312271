#include "report/SourceText.h"

#include "report/Utf16.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>

namespace msglint::report {
namespace {

bool identifierByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c >= 0x80;
}

} // namespace

std::string_view tokenAt(std::string_view line, size_t pos) {
  if (pos >= line.size())
    return {};
  size_t end = pos;
  while (end < line.size() && identifierByte(static_cast<unsigned char>(line[end])))
    end += utf8SequenceLength(line, end);
  if (end == pos)
    end = pos + utf8SequenceLength(line, pos);
  return line.substr(pos, std::min(end, line.size()) - pos);
}

const SourceText::File &SourceText::load(const std::string &file) {
  auto [it, inserted] = files_.try_emplace(file);
  if (!inserted)
    return it->second;
  std::string path = file;
  if (!llvm::sys::path::is_absolute(file)) {
    llvm::SmallString<256> joined(root_);
    llvm::sys::path::append(joined, file);
    path = std::string(joined);
  }
  File &entry = it->second;
  if (auto unsaved = unsaved_.find(path); unsaved != unsaved_.end())
    entry.content = unsaved->second;
  else if (auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                                     /*RequiresNullTerminator=*/false))
    entry.content = (*buffer)->getBuffer().str();
  std::string_view rest = entry.content;
  while (!rest.empty()) {
    size_t newline = rest.find('\n');
    std::string_view text = rest.substr(0, newline);
    if (!text.empty() && text.back() == '\r')
      text.remove_suffix(1);
    entry.lines.push_back(text);
    if (newline == std::string_view::npos)
      break;
    rest.remove_prefix(newline + 1);
  }
  return entry;
}

std::optional<std::string_view> SourceText::line(const std::string &file, unsigned line) {
  const File &f = load(file);
  if (line == 0 || line > f.lines.size())
    return std::nullopt;
  return f.lines[line - 1];
}

unsigned SourceText::utf16Column(const std::string &file, unsigned line, unsigned byteColumn) {
  auto text = this->line(file, line);
  return text ? report::utf16Column(*text, byteColumn) : byteColumn;
}

std::optional<unsigned> SourceText::utf16TokenEnd(const std::string &file, unsigned line,
                                                  unsigned byteColumn) {
  auto text = this->line(file, line);
  if (!text || byteColumn == 0 || byteColumn > text->size())
    return std::nullopt;
  std::string_view token = tokenAt(*text, byteColumn - 1);
  return report::utf16Column(*text, byteColumn + static_cast<unsigned>(token.size()));
}

} // namespace msglint::report
