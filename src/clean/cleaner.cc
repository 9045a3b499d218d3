#include "clean/cleaner.h"

#include <algorithm>
#include <optional>

#include "clean/glued_prefix.h"
#include "clean/story_link.h"
#include "clean/line_features.h"
#include "clean/line_lexicon.h"
#include "clean/page_segmenter.h"
#include "clean/removal_reason.h"
#include "clean/repetition.h"
#include "clean/section_label.h"
#include "clean/ticker.h"
#include "text/date_parser.h"
#include "text/language.h"

namespace marsad {

namespace {

enum class LineState { kBlank, kKept, kRemoved, kTitle };

struct PageLine {
  LineFeatures f;
  std::string_view text;  // after a glued prefix and a story link were cut, if any
  std::string_view glued_prefix;
  std::string_view story_link;
  LineState state = LineState::kBlank;
  RemovalReason why = RemovalReason::kChrome;
};

// A paragraph of an article: long, or a full sentence of some length that is not chrome.
bool is_body_like(const LineFeatures& f, size_t words) {
  if (words >= 15) return true;
  return words >= 8 && f.ends_sentence && f.chrome < 0.15;
}

// Author, outlet or place lines between the title and the body are short and
// are not sentences.
bool is_metadata_like(const LineFeatures& f) {
  return f.words > 0 && f.words <= 6 && !f.ends_sentence;
}

// Words that make a parenthesized line a credit: agencies and photo credits.
bool has_credit_word(const LineFeatures& f) {
  static const std::vector<std::string> kCredits = [] {
    std::vector<std::string> words;
    for (const char* w : {"واس", "رويترز", "أرشيف", "أرشيفية", "ارشيف", "تصوير", "وام", "كونا",
                          "قنا", "بنا", "الأناضول", "ومت", "سبق", "afp", "reuters", "ap", "dpa"})
      for (auto& m : matching_words(w)) words.push_back(std::move(m));
    return words;
  }();
  if (f.sign_off > 0) return true;
  for (const auto& w : f.matching)
    if (std::find(kCredits.begin(), kCredits.end(), w) != kCredits.end()) return true;
  return false;
}

// An agency's code alone in parentheses, as wires sign off: "(واس)", "(أ ف ب)".
// Without a credit word it is content: "(375 مليون دولار)", a section number "(1)".
bool is_parenthesized_code(const LineFeatures& f) {
  return f.words >= 1 && f.words <= 3 && f.text.size() <= 40 && f.text.front() == '(' &&
         f.text.back() == ')' && f.text.find('(', 1) == std::string_view::npos &&
         has_credit_word(f);
}

// The page's text with its lines settled: which are headline tickers, and a
// line that ran a whole article's paragraphs together (separated by runs of
// spaces) cut into its paragraphs, one a line.
struct SettledPage {
  std::string text;
  std::vector<bool> ticker;  // per line of `text`
};

SettledPage settle_lines(std::string_view page) {
  SettledPage out;
  out.text.reserve(page.size() + 64);
  for (size_t start = 0; start <= page.size();) {
    size_t end = page.find('\n', start);
    if (end == std::string_view::npos) end = page.size();
    const auto line = page.substr(start, end - start);
    // A short line stays as it is (and settle_line would make a vector to say so).
    auto [ticker, pieces] = line.size() < kMinTickerBytes ? SettledLine() : settle_line(line);
    if (pieces.size() > 1) {
      // The pieces of a line that is no ticker are paragraphs, whatever their spacing.
      for (size_t k = 0; k < pieces.size(); ++k) {
        if (k > 0) out.text += '\n';
        out.text += pieces[k];
        out.ticker.push_back(false);
      }
    } else {
      out.text += line;
      out.ticker.push_back(ticker);
    }
    if (end < page.size()) out.text += '\n';
    start = end + 1;
  }
  return out;
}

// Verse or a list: many lines of about the same length. Such a run after the
// body is content, not page furniture.
bool is_verse_or_list_shape(std::vector<size_t> words) {
  if (words.size() < 5) return false;
  std::sort(words.begin(), words.end());
  const size_t median = words[words.size() / 2];
  if (median < 3) return false;
  const auto similar = std::count_if(words.begin(), words.end(), [&](size_t w) {
    return w * 2 >= median && w <= median * 2;
  });
  return static_cast<size_t>(similar) * 4 >= words.size() * 3;
}

bool is_headline_like(const LineFeatures& f) {
  return f.words >= 3 && f.words <= 30 && f.chrome < 0.5;
}

bool same_words(const LineFeatures& a, const LineFeatures& b) {
  return !a.matching.empty() && a.matching == b.matching;
}

std::string url_host(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  if (url.substr(0, 4) == "www.") url.remove_prefix(4);
  return std::string(url);
}

std::string detect_lang(const Segment& s) {
  // A prefix is enough to tell the language, and keeps CLD2 off the hot path.
  std::string sample = s.title;
  for (const auto& p : s.paragraphs) {
    if (sample.size() > 600) break;
    sample += '\n';
    sample += p;
  }
  return text::detect_language(sample).code;
}

}  // namespace

std::string outlet_key(const RawDoc& doc) {
  if (!doc.source.empty()) return doc.source;
  return url_host(doc.url);
}

Cleaner::Cleaner(CleanOptions options)
    : options_(options), recurring_(options.recurring_min_pages) {}

void Cleaner::observe(const RawDoc& doc) { recurring_.observe(outlet_key(doc), doc.text); }

CleanDoc Cleaner::clean(RawDoc doc) const {
  CleanDoc out;
  const LineLexicon& lexicon = LineLexicon::shared();
  const std::string outlet = outlet_key(doc);
  const SettledPage settled = settle_lines(doc.text);
  const std::string_view page = settled.text;

  // 1. Lines judged on their own.
  std::vector<PageLine> lines;
  std::optional<Dateline> dateline;
  size_t dateline_line = 0;
  for (size_t start = 0, number = 1; start <= page.size(); ++number) {
    size_t end = page.find('\n', start);
    if (end == std::string_view::npos) end = page.size();
    PageLine line;
    line.f = describe_line(page.substr(start, end - start), number, lexicon);
    line.text = line.f.text;
    start = end + 1;
    if (line.text.empty()) {
      lines.push_back(std::move(line));
      continue;
    }
    const auto& f = line.f;
    line.state = LineState::kRemoved;
    std::optional<Dateline> parsed;
    if (f.words <= 14 && (parsed = parse_dateline(f.text))) {
      line.why = RemovalReason::kDateline;
      if (!dateline) {
        dateline = parsed;
        dateline_line = lines.size();
      }
    } else if (settled.ticker[number - 1]) {
      line.why = RemovalReason::kTicker;
    } else if ((f.words <= 4 && f.sign_off >= 0.5 && f.chrome + f.sign_off >= 0.99) ||
               is_parenthesized_code(f)) {
      line.why = RemovalReason::kSignOff;
    } else if (f.words <= 15 && (f.has_email || f.long_numbers > 0) && f.contact > 0) {
      line.why = RemovalReason::kContact;
    } else if ((f.words <= 20 && f.chrome >= 0.5) || f.link_to_elsewhere) {
      line.why = RemovalReason::kChrome;
    } else if (f.words <= 12 && (!f.ends_sentence || f.words <= 6) &&
               recurring_.is_recurring(outlet, f.text)) {
      line.why = RemovalReason::kRecurring;
    } else {
      line.state = LineState::kKept;
      // 2. A sentence in another script glued to the start.
      const bool mixed_script = f.latin_letters > 0 && f.arabic_letters_if_latin > 0;
      if (const size_t cut = mixed_script ? glued_foreign_prefix_length(f.text) : 0; cut > 0) {
        line.glued_prefix = trim_line(f.text.substr(0, cut));
        line.text = trim_line(f.text.substr(cut));
      }
      // A "link to this story" footer glued to the end (story_link).
      if (const size_t link = story_link_start(line.text); link != std::string_view::npos) {
        line.story_link = line.text.substr(link);
        line.text = trim_line(line.text.substr(0, link));
        if (line.text.empty()) {
          line.state = LineState::kRemoved;
          line.why = RemovalReason::kFooter;
        }
      }
    }
    lines.push_back(std::move(line));
  }

  auto words_of = [](const PageLine& l) {
    return l.text.size() == l.f.text.size() ? l.f.words : count_words(l.text);
  };
  auto remove = [&](PageLine& l, RemovalReason why) {
    l.state = LineState::kRemoved;
    l.why = why;
  };
  constexpr size_t kMaxHeaderLines = 3;
  constexpr size_t kDatelineEdgeLines = 2;  // a dateline may stand among the page's first or last lines

  // 3. The body, the title and metadata before it, the footer after it.
  size_t first_body = lines.size(), last_body = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].state == LineState::kKept && is_body_like(lines[i].f, words_of(lines[i]))) {
      if (first_body == lines.size()) first_body = i;
      last_body = i;
    }
  }
  if (first_body == lines.size()) {
    // No paragraph of article size: a short item. Its longest sentence-like line is the body.
    for (size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].state != LineState::kKept || words_of(lines[i]) < 4) continue;
      if (first_body == lines.size() || words_of(lines[i]) > words_of(lines[first_body]))
        first_body = i;
    }
    last_body = first_body;
  }

  // A date inside the text ("التاريخ : ..." of a quoted decree, the date
  // headings of a list) is content. A dateline stands among the first or last
  // lines of the page, or right above the body (at most one line between).
  {
    std::vector<size_t> nonblank;
    for (size_t i = 0; i < lines.size(); ++i)
      if (lines[i].state != LineState::kBlank) nonblank.push_back(i);
    for (size_t k = 0; k < nonblank.size(); ++k) {
      auto& l = lines[nonblank[k]];
      if (l.state != LineState::kRemoved || l.why != RemovalReason::kDateline) continue;
      if (k < kDatelineEdgeLines || k + kDatelineEdgeLines >= nonblank.size()) continue;
      size_t kept_between = 0;
      for (size_t i = nonblank[k] + 1; i < first_body && i < lines.size(); ++i)
        kept_between += lines[i].state == LineState::kKept;
      if (first_body < lines.size() && nonblank[k] < first_body && kept_between <= 1) continue;
      l.state = LineState::kKept;
    }
  }
  dateline.reset();
  for (size_t i = 0; i < lines.size() && !dateline; ++i) {
    if (lines[i].state != LineState::kRemoved || lines[i].why != RemovalReason::kDateline) continue;
    dateline = parse_dateline(lines[i].f.text);
    dateline_line = i;
  }

  Segment first;
  size_t title_line = lines.size();
  if (first_body < lines.size()) {
    if (!doc.title.empty()) {
      // The input names the title; where the page shows it, that line is the
      // title line (what stands above it is header), and any other print of it goes.
      // Only a match with at most kMaxHeaderLines kept lines above it is the
      // title: a poem is often titled by one of its verses, and the verses
      // above that one are not header.
      // The title's words are made only when a line could match them (most pages
      // start with the body): a line without words in matching form never does.
      std::optional<std::vector<std::string>> given;
      bool title_rejected = false;
      for (size_t i = 0; i < first_body && !title_rejected; ++i) {
        if (lines[i].state != LineState::kKept || lines[i].f.matching.empty()) continue;
        if (!given) given = matching_words(doc.title);
        if (lines[i].f.matching != *given) continue;
        if (title_line == lines.size()) {
          const auto above = std::count_if(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(i),
                                           [](const PageLine& l) { return l.state == LineState::kKept; });
          if (static_cast<size_t>(above) <= kMaxHeaderLines) title_line = i;
          else title_rejected = true;
        } else {
          remove(lines[i], RemovalReason::kRepeatedTitle);
        }
      }
    } else {
      // The title is the last headline-like line before the body that is not
      // a metadata line (byline, outlet); failing that, the last headline-like line.
      for (size_t pass = 0; pass < 2 && title_line == lines.size(); ++pass) {
        for (size_t i = first_body; i-- > 0;) {
          const auto& l = lines[i];
          if (l.state != LineState::kKept || !is_headline_like(l.f)) continue;
          if (pass == 0 && is_metadata_like(l.f)) continue;
          title_line = i;
          break;
        }
      }
      // The title printed twice: the first print is the title.
      if (title_line < lines.size()) {
        for (size_t i = 0; i < title_line; ++i) {
          if (lines[i].state == LineState::kKept && same_words(lines[i].f, lines[title_line].f)) {
            remove(lines[title_line], RemovalReason::kRepeatedTitle);
            title_line = i;
            break;
          }
        }
      }
    }
    // Metadata stands right between the title and the body: one or two short
    // lines. More short lines there are content (verse, a list), not metadata.
    std::vector<size_t> before_body;
    for (size_t i = title_line < lines.size() ? title_line + 1 : 0; i < first_body; ++i)
      if (lines[i].state == LineState::kKept) before_body.push_back(i);
    const bool metadata_block =
        before_body.size() <= 2 && std::all_of(before_body.begin(), before_body.end(),
                                               [&](size_t i) { return is_metadata_like(lines[i].f); });
    for (size_t i = 0; i < first_body; ++i) {
      auto& l = lines[i];
      if (l.state != LineState::kKept) continue;
      if (i == title_line) {
        l.state = LineState::kTitle;
      } else if (title_line < lines.size() && i < title_line) {
        remove(l, RemovalReason::kHeader);
      } else if (metadata_block) {
        const bool is_outlet = l.f.outlet > 0 && l.f.words <= 4;
        remove(l, is_outlet ? RemovalReason::kOutlet : RemovalReason::kByline);
        (is_outlet ? first.outlet : first.byline) = std::string(l.text);
      }
    }
    // After the body, a line of chrome, a sign-off or a contact line marks the
    // end of the article: the short lines after it are page furniture (related
    // headlines, tags). Without such a mark short lines stay (a poem's last
    // verses); a separator or a line recurring on the outlet's pages is no mark.
    bool past_end_mark = false;
    std::vector<size_t> footer;
    for (size_t i = last_body + 1; i < lines.size(); ++i) {
      auto& l = lines[i];
      if (l.state == LineState::kRemoved) {
        if (l.why == RemovalReason::kChrome || l.why == RemovalReason::kContact ||
            l.why == RemovalReason::kSignOff) {
          past_end_mark = true;
        }
        continue;
      }
      if (l.state != LineState::kKept) continue;
      const bool sentence = l.f.ends_sentence && words_of(l) >= 4 && l.f.chrome == 0;
      if (past_end_mark && !sentence) footer.push_back(i);
    }
    // Many lines of one length after the mark are verse or a list; unless the mark
    // heads them ("اقرأ أيضا" over related headlines), they are content.
    bool keep_run = false;
    if (!footer.empty()) {
      std::vector<size_t> sizes;
      for (size_t i : footer) sizes.push_back(words_of(lines[i]));
      size_t before = footer.front();
      while (before > 0 && lines[before - 1].state == LineState::kBlank) --before;
      bool mark_heads_run = before > 0 && lines[before - 1].state == LineState::kRemoved &&
                            lines[before - 1].why == RemovalReason::kChrome;
      // Content kept between the body and the mark: the mark is a line inside
      // the list or poem (an item naming "Facebook"), not its heading.
      for (size_t i = last_body + 1; i + 1 < before && mark_heads_run; ++i)
        mark_heads_run = lines[i].state != LineState::kKept;
      keep_run = !mark_heads_run && is_verse_or_list_shape(std::move(sizes));
    }
    if (!keep_run)
      for (size_t i : footer) remove(lines[i], RemovalReason::kFooter);
  } else {
    for (auto& l : lines)
      if (l.state == LineState::kKept) remove(l, RemovalReason::kFooter);
  }

  if (title_line < lines.size()) first.title = std::string(lines[title_line].text);
  else first.title = doc.title;
  if (const size_t label = section_label_length(first.title)) {
    out.removed.push_back({first.title.substr(0, label - 3), std::string(reason_name(RemovalReason::kChrome))});
    first.title.erase(0, label);
  }
  if (dateline) {
    first.dateline = std::string(lines[dateline_line].text);
    first.date = to_iso(dateline->date);
    if (first.outlet.empty()) first.outlet = dateline->outlet;
    if (doc.published.empty()) doc.published = first.date;
  }

  // 4. Repeats: the title again in the body, and content printed twice.
  std::vector<size_t> kept;
  for (size_t i = 0; i < lines.size(); ++i) {
    auto& l = lines[i];
    if (l.state != LineState::kKept) continue;
    if (title_line < lines.size() && same_words(l.f, lines[title_line].f)) {
      remove(l, RemovalReason::kRepeatedTitle);
      continue;
    }
    kept.push_back(i);
  }
  {
    std::vector<std::string_view> paragraphs;
    for (size_t i : kept) paragraphs.push_back(lines[i].text);
    // Template-alike paragraphs of news (one cable after another, the caller
    // after the previous caller) share 70-85 % of their shingles yet state
    // different facts: only a near copy is a repeat.
    constexpr double kRepeatMinOverlap = 0.9;
    const auto repeats = find_repeated_paragraphs(paragraphs, kRepeatMinOverlap);
    std::vector<size_t> still;
    // A short line printed again is a heading or a refrain ("المقادير:" over
    // each recipe, a song's chorus): content, unless it is chrome.
    constexpr size_t kMinRepeatWords = 8;
    for (size_t k = 0; k < kept.size(); ++k) {
      const PageLine& l = lines[kept[k]];
      const bool structural = words_of(l) < kMinRepeatWords && l.f.chrome == 0;
      if (repeats[k] >= 0 && !structural) remove(lines[kept[k]], RemovalReason::kRepeat);
      else still.push_back(kept[k]);
    }
    kept.swap(still);
  }

  // 5. Pages holding several articles.
  std::vector<size_t> starts;
  if (options_.split_pages && kept.size() >= 4) {
    std::vector<BodyLine> body;
    for (size_t i : kept) body.push_back({lines[i].text, words_of(lines[i]), lines[i].f.ends_sentence});
    // Arabic unless Latin letters outnumber Arabic ones; Arabic letters are counted
    // only on a page with Latin ones.
    size_t arabic = 0, latin = 0;
    for (size_t i : kept) latin += lines[i].f.latin_letters;
    if (latin > 0)
      for (size_t i : kept) arabic += arabic_letters(lines[i].f);
    std::string lang = arabic >= latin ? "ar" : text::detect_language(body.front().text).code;
    starts = find_article_starts(body, lang);
  }

  out.segments.push_back(std::move(first));
  size_t next_start = 0;
  for (size_t k = 0; k < kept.size(); ++k) {
    if (next_start < starts.size() && starts[next_start] == k) {
      Segment next;
      next.title = std::string(lines[kept[k]].text);
      out.segments.push_back(std::move(next));
      ++next_start;
      continue;
    }
    out.segments.back().paragraphs.emplace_back(lines[kept[k]].text);
  }
  std::erase_if(out.segments, [](const Segment& s) { return s.paragraphs.empty(); });
  for (auto& s : out.segments) s.lang = detect_lang(s);

  for (const auto& l : lines) {
    if (!l.glued_prefix.empty())
      out.removed.push_back({std::string(l.glued_prefix),
                             std::string(reason_name(RemovalReason::kForeignScript))});
    if (l.state == LineState::kRemoved)
      out.removed.push_back({std::string(l.f.text), std::string(reason_name(l.why))});
    else if (!l.story_link.empty())
      out.removed.push_back({std::string(l.story_link), std::string(reason_name(RemovalReason::kFooter))});
  }
  doc.text.clear();
  out.raw = std::move(doc);
  return out;
}

}  // namespace marsad
