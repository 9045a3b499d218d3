// `marsad stories`: story cards (JSON lines) shown readably in a terminal.
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>

#include "cli/cli_util.h"
#include "cli/command.h"
#include "describe/card_json.h"
#include "describe/card_render.h"

namespace marsad::cli {
namespace {

constexpr const char* kHelp = R"(usage: marsad stories [CARDS.jsonl|-] [--event ID] [--storyline ID] [--limit N]
                      [--bidi logical|visual] [--width N]

Shows story cards in the terminal: for each event its headline, the date it
happened, who published first, a short summary taken from several outlets,
keywords, the people, organizations and places named, the outlets (and which
of them copied another), and a timeline of its articles; for each storyline
its events in time order.

The cards come from the clustering:
  marsad cluster --cards data/sample/pages.jsonl > cards.jsonl
  marsad stories cards.jsonl | less -R
  marsad stories cards.jsonl --storyline 3
With no file, or with -, cards are read from standard input.

options:
  --event ID        only the card of event ID
  --storyline ID    only storyline ID: its event list, then its events' cards
  --limit N         show at most N event cards (storylines are always listed)
  --bidi MODE       how right-to-left text (Arabic) is written out:
                      logical  as stored (the default). Right for terminals that
                               lay out bidirectional text themselves (GNOME
                               Terminal/VTE, Konsole, mlterm, macOS Terminal),
                               and for pipes, files and `less`.
                      visual   reordered for display (ICU's Unicode bidi
                               algorithm) and aligned right. For terminals that
                               paint every line left to right (xterm, tmux,
                               alacritty, kitty, Windows Terminal): there Arabic
                               in logical order shows with its words reversed.
                    A terminal cannot be asked which kind it is, so marsad does
                    not guess: if Arabic looks backwards, use --bidi visual, or
                    set MARSAD_BIDI=visual in your shell to make it the default.
  --width N         wrap lines at N columns (default: the terminal's width,
                    else $COLUMNS, else 80)
  --help            this text

Dates: a date "from the articles' text" is the day the articles say it
happened; otherwise the first publication day is shown (marked * in
storylines). Times are UTC.
)";

size_t terminal_width() {
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20) return ws.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    const long n = std::strtol(columns, nullptr, 10);
    if (n >= 20 && n <= 1000) return static_cast<size_t>(n);
  }
  return 80;
}

int run_stories(const std::vector<std::string>& args) {
  const auto parsed = parse_args(args, {"--event", "--storyline", "--limit", "--bidi", "--width"}, {"--help"});
  if (!parsed.error.empty()) {
    std::cerr << "marsad stories: " << parsed.error << "; 'marsad stories --help' lists the options\n";
    return 2;
  }
  if (parsed.has("--help")) {
    std::cout << kHelp;
    return 0;
  }
  if (parsed.positional.size() > 1) {
    std::cerr << "marsad stories: one card file at a time (got " << parsed.positional.size() << ")\n";
    return 2;
  }
  std::optional<unsigned long> event_id, storyline_id, limit;
  for (const auto& [name, slot] : {std::pair{"--event", &event_id}, {"--storyline", &storyline_id}, {"--limit", &limit}}) {
    const std::string value = parsed.get(name);
    if (value.empty()) continue;
    *slot = whole_number(value);
    if (!*slot) {
      std::cerr << "marsad stories: " << name << " takes a whole number, not '" << value << "'\n";
      return 2;
    }
  }

  RenderOptions render;
  std::string bidi = parsed.get("--bidi");
  if (bidi.empty()) {
    const char* env = std::getenv("MARSAD_BIDI");
    bidi = env ? env : "logical";
  }
  if (bidi == "visual") {
    render.bidi = BidiMode::kVisual;
  } else if (bidi != "logical") {
    std::cerr << "marsad stories: --bidi (or MARSAD_BIDI) is 'logical' or 'visual', not '" << bidi << "'\n";
    return 2;
  }
  render.width = terminal_width();
  if (const std::string w = parsed.get("--width"); !w.empty()) {
    const auto n = whole_number(w);
    if (!n || *n < 40) {
      std::cerr << "marsad stories: --width takes a number of columns, 40 or more, not '" << w << "'\n";
      return 2;
    }
    render.width = *n;
  }

  const std::string path = parsed.positional.empty() ? "-" : parsed.positional[0];
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      std::cerr << "marsad stories: " << path << ": cannot read it (does the file exist?)\n";
      return 1;
    }
    in = &file;
  }
  const std::string name = path == "-" ? "stdin" : path;

  std::vector<StorylineCard> storylines;
  std::vector<EventCard> events;
  ProblemReporter problems("stories");
  size_t line_number = 0;
  for (std::string line; std::getline(*in, line);) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ParsedCard card;
    Status s = parse_card_line(line, name + ":" + std::to_string(line_number), &card);
    if (!s.ok()) {
      problems.report(s);
      continue;
    }
    if (card.type == ParsedCard::Type::kEvent) {
      events.push_back(std::move(card.event));
    } else {
      storylines.push_back(std::move(card.storyline));
    }
  }
  problems.finish();
  if (events.empty() && storylines.empty()) {
    std::cerr << "marsad stories: " << name << ": no cards in it (cards are what `marsad cluster --cards` writes)\n";
    return 1;
  }

  std::map<uint32_t, const EventCard*> event_by_id;
  for (const EventCard& e : events) event_by_id.emplace(e.event, &e);
  size_t shown = 0;
  std::set<uint32_t> printed;
  auto show_event = [&](const EventCard& e) {
    if (limit && shown >= *limit) return;
    if (!printed.insert(e.event).second) return;
    std::cout << render_event_card(e, render);
    ++shown;
  };

  if (event_id) {
    auto it = event_by_id.find(static_cast<uint32_t>(*event_id));
    if (it == event_by_id.end()) {
      std::cerr << "marsad stories: " << name << " has no card for event " << *event_id << "\n";
      return 1;
    }
    show_event(*it->second);
    return 0;
  }
  if (storyline_id) {
    bool found = false;
    for (const StorylineCard& s : storylines) {
      if (s.storyline != *storyline_id) continue;
      found = true;
      std::cout << render_storyline_card(s, render);
      for (const StorylineEvent& se : s.events) {
        if (auto it = event_by_id.find(se.event); it != event_by_id.end()) show_event(*it->second);
      }
    }
    // A file with event cards only still answers by the events' storyline field.
    for (const EventCard& e : events) {
      if (e.storyline == *storyline_id) {
        found = true;
        show_event(e);
      }
    }
    if (!found) {
      std::cerr << "marsad stories: " << name << " has no storyline " << *storyline_id << "\n";
      return 1;
    }
    return 0;
  }
  // Everything: each storyline's list, then its events' cards; events of no listed storyline last.
  for (const StorylineCard& s : storylines) {
    std::cout << render_storyline_card(s, render);
    for (const StorylineEvent& se : s.events) {
      if (auto it = event_by_id.find(se.event); it != event_by_id.end()) show_event(*it->second);
    }
  }
  for (const EventCard& e : events) show_event(e);
  if (limit && events.size() > shown) {
    std::cerr << "marsad stories: showed " << shown << " of " << events.size() << " event cards (--limit)\n";
  }
  return 0;
}

}  // namespace

MARSAD_COMMAND("stories", "show story cards (events, storylines) readably in a terminal", run_stories);

}  // namespace marsad::cli
