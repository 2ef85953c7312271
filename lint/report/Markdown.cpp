#include "report/Markdown.h"

#include <cctype>
#include <functional>
#include <vector>

namespace msglint::report {
namespace {

std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    size_t newline = text.find('\n');
    lines.push_back(text.substr(0, newline));
    if (newline == std::string_view::npos)
      break;
    text.remove_prefix(newline + 1);
  }
  return lines;
}

std::string_view trimLeft(std::string_view s) {
  size_t start = s.find_first_not_of(" \t");
  return start == std::string_view::npos ? std::string_view() : s.substr(start);
}

bool isFence(std::string_view line) {
  std::string_view t = trimLeft(line);
  return t.starts_with("```") || t.starts_with("~~~");
}

// A run of inline markdown: plain text, a code span, or a link.
struct Span {
  enum Kind { Text, Code, Link } kind;
  std::string_view raw;   // exactly as written
  std::string_view inner; // Code: the code; Link: the link text
  std::string_view url;   // Link only
};

// The end of the code span opened by the backtick run at `pos`, or npos.
size_t codeSpanEnd(std::string_view line, size_t pos, size_t &run) {
  run = 0;
  while (pos + run < line.size() && line[pos + run] == '`')
    ++run;
  for (size_t i = pos + run; i < line.size();) {
    if (line[i] != '`') {
      ++i;
      continue;
    }
    size_t close = 0;
    while (i + close < line.size() && line[i + close] == '`')
      ++close;
    if (close == run)
      return i + close;
    i += close;
  }
  return std::string_view::npos;
}

// A link `[text](url)` starting at `pos`; returns its end or npos.
size_t linkEnd(std::string_view line, size_t pos, std::string_view &text, std::string_view &url) {
  int depth = 0;
  size_t i = pos;
  for (; i < line.size(); ++i) {
    char c = line[i];
    if (c == '\\') {
      ++i;
    } else if (c == '`') {
      size_t run = 0;
      size_t end = codeSpanEnd(line, i, run);
      if (end == std::string_view::npos)
        return end;
      i = end - 1;
    } else if (c == '[') {
      ++depth;
    } else if (c == ']' && --depth == 0) {
      break;
    }
  }
  if (i + 1 >= line.size() || line[i + 1] != '(')
    return std::string_view::npos;
  size_t close = line.find(')', i + 2);
  if (close == std::string_view::npos)
    return close;
  url = line.substr(i + 2, close - (i + 2));
  if (url.find_first_of(" \t") != std::string_view::npos)
    return std::string_view::npos;
  text = line.substr(pos + 1, i - (pos + 1));
  return close + 1;
}

std::vector<Span> parseInline(std::string_view line) {
  std::vector<Span> spans;
  size_t textStart = 0;
  auto flush = [&](size_t end) {
    if (end > textStart)
      spans.push_back({Span::Text, line.substr(textStart, end - textStart), {}, {}});
  };
  for (size_t i = 0; i < line.size();) {
    char c = line[i];
    if (c == '\\') {
      i += 2;
      continue;
    }
    if (c == '`') {
      size_t run = 0;
      size_t end = codeSpanEnd(line, i, run);
      if (end == std::string_view::npos) {
        i += run;
        continue;
      }
      flush(i);
      std::string_view inner = line.substr(i + run, end - run - (i + run));
      if (inner.size() >= 2 && inner.front() == ' ' && inner.back() == ' ')
        inner = inner.substr(1, inner.size() - 2);
      spans.push_back({Span::Code, line.substr(i, end - i), inner, {}});
      i = textStart = end;
      continue;
    }
    if (c == '[') {
      std::string_view text, url;
      size_t end = linkEnd(line, i, text, url);
      if (end != std::string_view::npos) {
        flush(i);
        spans.push_back({Span::Link, line.substr(i, end - i), text, url});
        i = textStart = end;
        continue;
      }
    }
    ++i;
  }
  flush(line.size());
  return spans;
}

std::string inlineToText(std::string_view line) {
  std::string out;
  for (const Span &span : parseInline(line)) {
    if (span.kind == Span::Code) {
      out += span.inner;
    } else if (span.kind == Span::Link) {
      out += inlineToText(span.inner);
    } else {
      std::string_view t = span.raw;
      for (size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '\\' && i + 1 < t.size() && std::ispunct(static_cast<unsigned char>(t[i + 1]))) {
          out += t[++i];
        } else if (t.compare(i, 2, "**") == 0 || t.compare(i, 2, "__") == 0) {
          ++i;
        } else {
          out += t[i];
        }
      }
    }
  }
  return out;
}

bool hasScheme(std::string_view url) {
  size_t colon = url.find(':');
  return colon != std::string_view::npos && url.find_first_of("/?#") > colon;
}

// Applies `line` to every line outside fenced code blocks; `code` to the
// lines inside them (fences included).
std::string mapLines(std::string_view markdown,
                     const std::function<std::string(std::string_view)> &prose,
                     const std::function<std::string(std::string_view, bool fence)> &code) {
  std::string out;
  bool inCode = false;
  for (std::string_view line : splitLines(markdown)) {
    if (isFence(line)) {
      out += code(line, true);
      inCode = !inCode;
    } else {
      out += inCode ? code(line, false) : prose(line);
    }
    out += '\n';
  }
  return out;
}

} // namespace

std::string resolveUrl(std::string_view base, std::string_view reference) {
  if (hasScheme(reference) || reference.empty())
    return std::string(reference);
  size_t authorityEnd = base.find("://");
  authorityEnd = authorityEnd == std::string_view::npos ? 0 : base.find('/', authorityEnd + 3);
  if (authorityEnd == std::string_view::npos)
    authorityEnd = base.size();
  std::string_view origin = base.substr(0, authorityEnd);
  std::string_view basePath = base.substr(authorityEnd);
  if (reference.front() == '#') {
    size_t hash = base.find('#');
    return std::string(base.substr(0, hash)) + std::string(reference);
  }
  std::string_view fragment;
  if (size_t hash = reference.find('#'); hash != std::string_view::npos) {
    fragment = reference.substr(hash);
    reference = reference.substr(0, hash);
  }
  std::string merged = reference.front() == '/'
                           ? std::string(reference)
                           : std::string(basePath.substr(0, basePath.rfind('/') + 1)) +
                                 std::string(reference);
  // remove_dot_segments
  std::vector<std::string_view> segments;
  std::string_view rest = merged;
  bool trailingSlash = !rest.empty() && (rest.back() == '/' || rest.ends_with("/.") ||
                                         rest.ends_with("/.."));
  while (!rest.empty()) {
    size_t slash = rest.find('/');
    std::string_view segment = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (segment == "..") {
      if (!segments.empty())
        segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
  }
  std::string path;
  for (std::string_view segment : segments)
    path += "/" + std::string(segment);
  if (trailingSlash || path.empty())
    path += "/";
  return std::string(origin) + path + std::string(fragment);
}

std::string markdownToText(std::string_view markdown) {
  return mapLines(
      markdown,
      [](std::string_view line) {
        std::string_view t = trimLeft(line);
        if (t.starts_with("#")) {
          size_t start = t.find_first_not_of('#');
          line = trimLeft(t.substr(start == std::string_view::npos ? t.size() : start));
        }
        return inlineToText(line);
      },
      [](std::string_view line, bool fence) {
        return fence ? std::string() : "    " + std::string(line);
      });
}

std::string absoluteLinks(std::string_view markdown, std::string_view pageUrl) {
  return mapLines(
      markdown,
      [&](std::string_view line) {
        std::string out;
        for (const Span &span : parseInline(line)) {
          if (span.kind != Span::Link || hasScheme(span.url)) {
            out += span.raw;
            continue;
          }
          out += "[" + std::string(span.inner) + "](" + resolveUrl(pageUrl, span.url) + ")";
        }
        return out;
      },
      [](std::string_view line, bool) { return std::string(line); });
}

namespace {

// Whether a paragraph opening with `line` is prose rather than a list,
// table, quote or a bold metadata line.
bool opensProse(std::string_view line) {
  for (std::string_view marker : {"**", "- ", "* ", "+ ", "|", ">"})
    if (line.starts_with(marker))
      return false;
  size_t digits = line.find_first_not_of("0123456789");
  return digits == 0 || digits == std::string_view::npos ||
         !(line[digits] == '.' || line[digits] == ')');
}

} // namespace

std::string firstParagraph(std::string_view markdown) {
  std::string paragraph;
  bool inCode = false, titleSeen = false, skipping = false;
  for (std::string_view line : splitLines(markdown)) {
    std::string_view t = trimLeft(line);
    if (isFence(line)) {
      inCode = !inCode;
      skipping = false;
      continue;
    }
    if (inCode)
      continue;
    if (t.empty()) {
      if (!paragraph.empty())
        return paragraph;
      skipping = false;
    } else if (!paragraph.empty()) {
      paragraph += ' ';
      paragraph += t;
    } else if (t.starts_with("#")) {
      titleSeen = true;
    } else if (!skipping && titleSeen && opensProse(t)) {
      paragraph = t;
    } else {
      skipping = true; // the rest of this paragraph is not prose either
    }
  }
  return paragraph;
}

} // namespace msglint::report
