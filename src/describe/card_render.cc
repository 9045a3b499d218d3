#include "describe/card_render.h"

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <ctime>
#include <memory>

#include "text/utf8.h"

namespace marsad {

size_t display_width(std::string_view text) {
  size_t width = 0, i = 0;
  while (i < text.size()) {
    const UChar32 cp = static_cast<UChar32>(text::next_code_point(text, i));
    const int8_t category = u_charType(cp);
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) continue;
    const int eaw = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
    width += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

namespace {

// Cuts a word longer than width into pieces of at most width columns.
std::vector<std::string> cut_word(std::string_view word, size_t width) {
  std::vector<std::string> pieces(1);
  size_t i = 0;
  while (i < word.size()) {
    const size_t start = i;
    text::next_code_point(word, i);
    std::string cp(word.substr(start, i - start));
    if (!pieces.back().empty() && display_width(pieces.back() + cp) > width) pieces.emplace_back();
    pieces.back() += cp;
  }
  return pieces;
}

}  // namespace

std::vector<std::string> wrap_text(std::string_view text, size_t width) {
  width = std::max<size_t>(width, 1);
  std::vector<std::string> lines;
  std::string line;
  size_t line_width = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\t')) ++pos;
    size_t end = pos;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t') ++end;
    if (end == pos) break;
    const std::string_view word = text.substr(pos, end - pos);
    pos = end;
    const size_t w = display_width(word);
    if (w > width) {
      for (std::string& piece : cut_word(word, width)) {
        if (!line.empty()) lines.push_back(std::move(line));
        line = std::move(piece);
        line_width = display_width(line);
      }
      continue;
    }
    if (!line.empty() && line_width + 1 + w > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (!line.empty()) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += w;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

bool is_rtl_text(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const UChar32 cp = static_cast<UChar32>(text::next_code_point(text, i));
    switch (u_charDirection(cp)) {
      case U_RIGHT_TO_LEFT:
      case U_RIGHT_TO_LEFT_ARABIC: return true;
      case U_LEFT_TO_RIGHT: return false;
      default: break;
    }
  }
  return false;
}

std::string visual_order(std::string_view line, bool rtl) {
  icu::UnicodeString logical = icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UBiDi, decltype(&ubidi_close)> bidi(ubidi_open(), &ubidi_close);
  ubidi_setPara(bidi.get(), logical.getBuffer(), logical.length(), rtl ? 1 : 0, nullptr, &status);
  if (U_FAILURE(status)) return std::string(line);
  std::vector<UChar> visual(static_cast<size_t>(logical.length()) + 1);
  const int32_t n = ubidi_writeReordered(bidi.get(), visual.data(), static_cast<int32_t>(visual.size()),
                                         UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &status);
  if (U_FAILURE(status)) return std::string(line);
  std::string out;
  icu::UnicodeString(visual.data(), n).toUTF8String(out);
  return out;
}

std::string format_time(int64_t unix_seconds) {
  if (unix_seconds <= 0) return "unknown";
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &tm);
  return buffer;
}

namespace {

// Writes lines made of a left column (label, bullet, time: left to right)
// and a text column with its own direction.
class CardWriter {
 public:
  explicit CardWriter(const RenderOptions& options) : options_(options), width_(std::max<size_t>(options.width, 40)) {}

  // `label` on the first line, then `text` wrapped in the columns after
  // `column` (the label padded to it; a longer label pushes the text down).
  void field(std::string_view label, std::string_view text, size_t column) {
    if (text.empty()) return;
    std::string first(label);
    if (display_width(first) > column) {
      out_ += first + "\n";
      first.clear();
    }
    const size_t text_width = width_ - column;
    const bool rtl = is_rtl_text(text);
    bool is_first = true;
    for (const std::string& line : wrap_text(text, text_width)) {
      std::string left = is_first ? first : std::string();
      is_first = false;
      left.append(column - display_width(left), ' ');
      if (options_.bidi == BidiMode::kVisual && rtl) {
        const std::string shown = visual_order(line, true);
        left.append(text_width - std::min(text_width, display_width(shown)), ' ');
        out_ += left + shown + "\n";
      } else if (options_.bidi == BidiMode::kVisual) {
        out_ += left + visual_order(line, false) + "\n";
      } else {
        out_ += left + line + "\n";
      }
    }
  }

  void rule(std::string_view title) {
    std::string line = "── " + std::string(title) + " ";
    const size_t w = display_width(line);
    for (size_t i = w; i < width_; ++i) line += "─";
    out_ += line + "\n";
  }

  void raw(std::string_view line) { out_ += std::string(line) + "\n"; }
  std::string take() { return std::move(out_); }

 private:
  const RenderOptions& options_;
  size_t width_;
  std::string out_;
};

std::string date_line(const std::string& date, DateBasis basis) {
  switch (basis) {
    case DateBasis::kText: return date + "  (when it happened, from the articles' text)";
    case DateBasis::kPublished: return date + "  (first publication: the text gives no date)";
    case DateBasis::kUnknown: break;
  }
  return "unknown";
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += separator;
    out += s;
  }
  return out;
}

}  // namespace

std::string render_event_card(const EventCard& card, const RenderOptions& options) {
  CardWriter w(options);
  constexpr size_t kLabel = 11;
  w.rule("event " + std::to_string(card.event) + " · storyline " + std::to_string(card.storyline) + " · " +
         std::to_string(card.article_count) + (card.article_count == 1 ? " article · " : " articles · ") +
         std::to_string(card.sources.size()) + (card.sources.size() == 1 ? " source" : " sources"));
  w.field("", card.headline.empty() ? "(no title)" : card.headline, 0);
  w.raw("");
  w.field("Date", date_line(card.date, card.date_basis), kLabel);
  // The time before the name: after Arabic letters the bidi algorithm reads
  // digits as Arabic numbers and would show 2025-10-30 as 30-10-2025.
  if (!card.first_source.empty()) w.field("First", format_time(card.first_time) + "  " + card.first_source, kLabel);
  for (size_t i = 0; i < card.summary.size(); ++i) {
    w.field(i == 0 ? "Summary  •" : "         •", card.summary[i].text + " — " + card.summary[i].source, kLabel);
  }
  std::vector<std::string> words;
  for (const Keyword& k : card.keywords) words.push_back(k.word);
  w.field("Keywords", joined(words, " · "), kLabel);
  for (const auto& [type, label] : {std::pair{"PERS", "People"}, {"ORG", "Orgs"}, {"LOC", "Places"}}) {
    std::vector<std::string> names;
    for (const NamedEntity& e : card.entities) {
      if (e.type == type) names.push_back(e.name + " (" + std::to_string(e.articles) + ")");
    }
    w.field(label, joined(names, " · "), kLabel);
  }
  std::vector<std::string> sources;
  for (const CardSource& s : card.sources)
    sources.push_back((s.source.empty() ? "(outlet not named)" : s.source) + " (" + std::to_string(s.articles) +
                      (s.original ? ")" : ", copy)"));
  w.field("Sources", joined(sources, " · "), kLabel);
  for (size_t i = 0; i < card.reuse.size(); ++i) {
    const Reuse& r = card.reuse[i];
    w.field(i == 0 ? "Reuse" : "", r.id + " ← " + r.from_id, kLabel);
    w.field("", r.source + " ← " + r.from_source, kLabel + 2);
  }
  w.raw("Timeline");
  for (const TimelineEntry& t : card.timeline) {
    w.field("  " + format_time(t.time), t.title.empty() ? "(no title)" : t.title, 21);
    w.field("", t.source + " · " + card_article_key(t.id, t.segment) + (t.lang.empty() ? "" : " · " + t.lang), 23);
  }
  w.raw("");
  return w.take();
}

std::string render_storyline_card(const StorylineCard& card, const RenderOptions& options) {
  CardWriter w(options);
  w.rule("storyline " + std::to_string(card.storyline) + " · " + std::to_string(card.events.size()) +
         (card.events.size() == 1 ? " event · " : " events · ") + std::to_string(card.article_count) + " articles");
  for (const StorylineEvent& e : card.events) {
    std::string when = e.date.empty() ? "date unknown" : e.date;
    if (e.date_basis == DateBasis::kPublished) when += "*";
    w.field("  " + when, e.headline.empty() ? "(no title)" : e.headline, 15);
    w.field("", "event " + std::to_string(e.event) + " · " + std::to_string(e.article_count) + " articles", 17);
  }
  w.raw("");
  return w.take();
}

}  // namespace marsad
