#include "report/Baseline.h"

#include "report/Fingerprint.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <tuple>

namespace msglint::report {
namespace {

using nlohmann::ordered_json;

constexpr int kBaselineFormat = 1;

bool isString(const ordered_json &object, const char *key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string();
}

} // namespace

std::string writeBaseline(const std::vector<Result> &results) {
  std::vector<const Result *> sorted;
  sorted.reserve(results.size());
  for (const Result &r : results)
    sorted.push_back(&r);
  std::sort(sorted.begin(), sorted.end(), [](const Result *a, const Result *b) {
    return std::tie(a->finding.loc.file, a->finding.rule, a->fingerprint) <
           std::tie(b->finding.loc.file, b->finding.rule, b->fingerprint);
  });
  ordered_json entries = ordered_json::array();
  for (const Result *r : sorted)
    entries.push_back({{"fingerprint", r->fingerprint},
                       {"rule", r->finding.rule},
                       {"file", r->finding.loc.file},
                       {"message", r->finding.message}});
  ordered_json doc = {{"msglintBaseline", kBaselineFormat},
                      {"fingerprintVersion", kFingerprintVersion},
                      {"findings", std::move(entries)}};
  return doc.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

std::optional<std::vector<BaselineEntry>> parseBaseline(const std::string &text,
                                                        const std::string &path,
                                                        std::string &error) {
  ordered_json doc = ordered_json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    error = path + ": not a msglint baseline: malformed JSON";
    return std::nullopt;
  }
  if (!doc.is_object() || !doc.contains("msglintBaseline")) {
    error = path + ": not a msglint baseline (no \"msglintBaseline\" key; write one with "
                   "--write-baseline)";
    return std::nullopt;
  }
  if (doc["msglintBaseline"] != kBaselineFormat) {
    error = path + ": baseline format " + doc["msglintBaseline"].dump() +
            " is not supported (this msglint reads format " + std::to_string(kBaselineFormat) +
            ")";
    return std::nullopt;
  }
  if (!isString(doc, "fingerprintVersion") ||
      doc["fingerprintVersion"].get<std::string>() != kFingerprintVersion) {
    error = path + ": fingerprints of version " +
            (doc.contains("fingerprintVersion") ? doc["fingerprintVersion"].dump() : "(none)") +
            ", but this msglint computes " + kFingerprintVersion +
            ": rewrite the baseline with --write-baseline";
    return std::nullopt;
  }
  if (!doc.contains("findings") || !doc["findings"].is_array()) {
    error = path + ": \"findings\" must be an array";
    return std::nullopt;
  }
  std::vector<BaselineEntry> entries;
  size_t index = 0;
  for (const ordered_json &item : doc["findings"]) {
    ++index;
    for (const char *key : {"fingerprint", "rule", "file", "message"})
      if (!item.is_object() || !isString(item, key)) {
        error = path + ": findings entry " + std::to_string(index) + ": \"" + key +
                "\" must be a string";
        return std::nullopt;
      }
    entries.push_back({item["fingerprint"].get<std::string>(), item["rule"].get<std::string>(),
                       item["file"].get<std::string>(), item["message"].get<std::string>()});
  }
  return entries;
}

BaselineOutcome applyBaseline(std::vector<Result> &results,
                              const std::vector<BaselineEntry> &baseline) {
  std::map<std::string, std::vector<const BaselineEntry *>> unmatched; // by fingerprint
  for (const BaselineEntry &entry : baseline)
    unmatched[entry.fingerprint].push_back(&entry);
  BaselineOutcome outcome;
  std::erase_if(results, [&](const Result &r) {
    auto it = unmatched.find(r.fingerprint);
    if (it == unmatched.end() || it->second.empty())
      return false;
    it->second.pop_back();
    ++outcome.matched;
    return true;
  });
  for (const BaselineEntry &entry : baseline) {
    auto &left = unmatched[entry.fingerprint];
    if (std::find(left.begin(), left.end(), &entry) != left.end())
      outcome.stale.push_back(entry);
  }
  return outcome;
}

} // namespace msglint::report
