#include "cli/Depfile.h"

namespace msglint::cli {
namespace {

std::string escaped(const std::string &path) {
  std::string out;
  for (char c : path) {
    if (c == ' ' || c == '#')
      out += '\\';
    if (c == '$')
      out += '$';
    out += c;
  }
  return out;
}

} // namespace

std::string depfile(const std::string &target, const std::vector<facts::CacheInput> &inputs) {
  std::string text = escaped(target) + ":";
  for (const facts::CacheInput &input : inputs)
    text += " \\\n  " + escaped(input.path);
  return text + "\n";
}

} // namespace msglint::cli
