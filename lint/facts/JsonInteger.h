// Integers read back from JSON that msglint wrote but that sat on disk since
// (facts files, cache entries, graph files), so may hold anything. nlohmann's
// get<unsigned>() casts a float or a too-large number as it is, which is
// undefined behaviour for 1e30 (fuzz-facts found it): these take only an
// integer that fits the type, from a number as written (the facts reader,
// JsonPull) or from a DOM value (graph files), and otherwise refuse it.
#pragma once

#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace msglint::facts {

// "an integer from MIN to MAX", for the messages.
template <typename T> std::string integerRange() {
  return "an integer from " + std::to_string(std::numeric_limits<T>::min()) + " to " +
         std::to_string(std::numeric_limits<T>::max());
}

// The value of a JSON number as written (`token`, already checked to be
// one) when it is an integer that fits T: not 1.0, 1e3, nor out of range.
template <typename T> std::optional<T> integerFromToken(std::string_view token) {
  if (token.find_first_of(".eE") != std::string_view::npos)
    return std::nullopt;
  const char *first = token.data(), *last = first + token.size();
  auto fits = [&](auto value) -> std::optional<T> {
    auto [end, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || end != last || !std::in_range<T>(value))
      return std::nullopt;
    return static_cast<T>(value);
  };
  return token.front() == '-' ? fits(std::int64_t()) : fits(std::uint64_t());
}

template <typename T> T integerFrom(const nlohmann::json &j) {
  if (j.is_number_unsigned()) {
    auto v = j.get<std::uint64_t>();
    if (std::in_range<T>(v))
      return static_cast<T>(v);
  } else if (j.is_number_integer()) {
    auto v = j.get<std::int64_t>();
    if (std::in_range<T>(v))
      return static_cast<T>(v);
  }
  // A json::exception, so readers that catch only those report it too.
  throw nlohmann::json::type_error::create(
      302, "expected " + integerRange<T>() + ", got " + j.dump(), &j);
}

} // namespace msglint::facts
