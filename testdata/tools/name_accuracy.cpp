// name_accuracy TABLE: reads the labelled event names of TABLE
// (testdata/naming/event-names.tsv: name, class, source), classifies each
// with lint/naming, prints the accuracy per class, the confusions and every
// miss with the classifier's reason, and exits 1 when any class scores
// under 95%, or the table is too small to say (docs/testing.md).
#include "naming/Classifier.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

using msglint::naming::NameClass;

constexpr double kRequired = 0.95;
constexpr size_t kMinimumNames = 300;

bool parseClass(const std::string &text, NameClass &out) {
  for (NameClass c : {NameClass::Fact, NameClass::Task, NameClass::Vague})
    if (text == msglint::naming::toString(c)) {
      out = c;
      return true;
    }
  return false;
}

struct Miss {
  std::string name, source;
  NameClass expected;
  msglint::naming::NameReading got;
};

} // namespace

int main(int argc, char **argv) {
  if (argc != 2) {
    std::cerr << "usage: name_accuracy TABLE.tsv\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << argv[1] << ": cannot read\n";
    return 2;
  }
  const std::vector<NameClass> classes = {NameClass::Fact, NameClass::Task, NameClass::Vague};
  std::map<NameClass, std::map<NameClass, size_t>> confusion;
  std::map<std::string, size_t> seen;
  std::vector<Miss> misses;
  size_t total = 0, lineNo = 0;
  bool header = false;
  std::string line;
  while (std::getline(in, line)) {
    ++lineNo;
    if (line.empty() || line[0] == '#')
      continue;
    std::vector<std::string> fields;
    std::stringstream split(line);
    for (std::string field; std::getline(split, field, '\t');)
      fields.push_back(field);
    if (!header) {
      header = true;
      if (fields.size() >= 2 && fields[0] == "name" && fields[1] == "class")
        continue;
    }
    NameClass expected;
    if (fields.size() != 3 || fields[0].empty() || !parseClass(fields[1], expected)) {
      std::cerr << argv[1] << ":" << lineNo
                << ": expected NAME<TAB>fact|task|vague<TAB>SOURCE\n";
      return 2;
    }
    if (seen.count(fields[0])) {
      std::cerr << argv[1] << ":" << lineNo << ": '" << fields[0] << "' is already on line "
                << seen[fields[0]] << "\n";
      return 2;
    }
    seen[fields[0]] = lineNo;
    msglint::naming::NameReading got = msglint::naming::classifyName(fields[0]);
    ++confusion[expected][got.kind];
    ++total;
    if (got.kind != expected)
      misses.push_back({fields[0], fields[2], expected, got});
  }

  bool ok = total >= kMinimumNames;
  std::printf("event-name classifier on %zu labelled names (%s)\n", total, argv[1]);
  std::printf("%-6s %6s %8s %9s   read as: fact task vague\n", "class", "names", "correct",
              "accuracy");
  for (NameClass c : classes) {
    size_t n = 0;
    for (NameClass g : classes)
      n += confusion[c][g];
    double accuracy = n ? double(confusion[c][c]) / double(n) : 0.0;
    ok &= n > 0 && accuracy >= kRequired;
    std::printf("%-6s %6zu %8zu %8.1f%%   %13zu %4zu %5zu%s\n", msglint::naming::toString(c), n,
                confusion[c][c], 100.0 * accuracy, confusion[c][NameClass::Fact],
                confusion[c][NameClass::Task], confusion[c][NameClass::Vague],
                n && accuracy >= kRequired ? "" : "   BELOW 95%");
  }
  if (!misses.empty()) {
    std::printf("\nmisread (%zu):\n", misses.size());
    for (const Miss &m : misses)
      std::printf("  %-50s %-5s read as %-5s: %s (%s)\n", m.name.c_str(),
                  msglint::naming::toString(m.expected), msglint::naming::toString(m.got.kind),
                  m.got.reason.c_str(), m.source.c_str());
  }
  if (total < kMinimumNames)
    std::printf("\nthe table has %zu names; at least %zu are needed to measure\n", total,
                kMinimumNames);
  std::printf("\n%s\n", ok ? "PASS" : "FAIL: every class must be read right at least 95% of the time");
  return ok ? 0 : 1;
}
