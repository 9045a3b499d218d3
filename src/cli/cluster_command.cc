// `marsad cluster`: the whole flow without a database; a JSON line per article
// with its duplicate group, event and storyline.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/cli_util.h"
#include "cli/command.h"
#include "cluster/cluster_settings.h"
#include "describe/card_builder.h"
#include "describe/card_json.h"
#include "flow/flow_output.h"
#include "flow/news_flow.h"

namespace marsad::cli {
namespace {

constexpr const char* kHelp = R"(usage: marsad cluster [OPTIONS] [FILE|DIR|-]...

Runs the whole flow without a database: reads crawled pages, cleans them into
articles, finds duplicates and text reuse, and groups the articles into events
(one concrete happening) and storylines (events that continue one another).
Articles are processed in order of publication, as a live monitor would see
them. Writes one JSON line per article:
  {"id", "segment", "dup_group", "event", "storyline", "lang", "source",
   "published", "title", "dup_kind", "dup_similarity", "reused_from",
   "event_similarity", "new_event"}
dup_kind is new, exact, near or contained; reused_from names the earliest
article of the duplicate group ("id", or "id#segment" for a page's second
article). Score the output against a labelled set with `marsad eval`.

inputs: as for `marsad clean` (.txt pages, JSON lines, JSON arrays, .zip and
.tar.gz archives of them, .html, - for JSON lines on standard input).

options:
  --out FILE         write to FILE instead of standard output
  --summary          print the events readably (largest first) instead of JSON
  --cards            write story cards instead of articles: a JSON line per
                     storyline ({"type":"storyline",...}) and per event
                     ({"type":"event", headline, date, summary, keywords,
                     entities, sources, reuse, timeline}); read them with
                     `marsad stories`
  --entities         add each article's names ("entities": [{"key","name","type"}])
  --no-entities      do not tag names (faster; events then rest on words alone)
  --background FILE  reference term frequencies (`marsad term-stats`) added to
                     those learned while reading; default
                     data/cluster/background-df.tsv (SaudiNewsNet)
  --no-background    weigh terms by this input alone
  --set NAME=VALUE   change a clustering parameter; several: --set a=1,b=2 or --set a=1 --set b=2
                     (e.g. join_threshold=0.35, decay_tau_hours=72)
  --explain ID       print on standard error why article ID (or ID#SEGMENT) joined
                     its event or started one: each candidate event's score and
                     its parts (repeatable)
  --threads N        analysis threads (default: one per core)
  --no-split         never split a page into several articles
  --quiet            no progress and no totals on standard error
  --help             this text

A bad page is reported on standard error (one line naming it) and skipped; the
exit status is non-zero only if nothing could be read.
)";

void print_summary(std::ostream& out, const std::vector<FlowArticle>& articles) {
  std::map<uint32_t, std::vector<const FlowArticle*>> events;
  for (const FlowArticle& a : articles) events[a.event].push_back(&a);
  std::vector<const std::vector<const FlowArticle*>*> order;
  for (const auto& [id, members] : events) order.push_back(&members);
  std::stable_sort(order.begin(), order.end(), [](auto* x, auto* y) { return x->size() > y->size(); });
  for (const auto* members : order) {
    const FlowArticle& first = *members->front();
    out << "event " << first.event << "  storyline " << first.storyline << "  " << members->size()
        << (members->size() == 1 ? " article" : " articles") << "\n";
    for (const FlowArticle* a : *members) {
      // An untitled article is shown by its first words.
      const std::string shown = !a->title.empty()        ? a->title
                                : a->paragraphs.empty() ? std::string("(no text)")
                                                        : "(no title) " + a->paragraphs.front();
      out << "  " << a->published.substr(0, 16) << "  " << a->source << "  " << clip_utf8(shown, 120);
      if (a->dup_kind != "new") out << "  [" << a->dup_kind << " of " << a->reused_from << "]";
      out << "\n";
    }
    out << "\n";
  }
}

// Why each explained article joined its event or started one: every
// candidate's score, in the parts that make it.
void print_explanations(std::ostream& out, const std::vector<FlowExplanation>& explanations, double join_threshold) {
  char line[512];
  for (const FlowExplanation& x : explanations) {
    const ClusterDecision& d = x.decision;
    out << "marsad cluster: " << x.key << " (" << x.published.substr(0, 16) << ") " << clip_utf8(x.title, 80) << "\n";
    if (d.new_event) {
      std::snprintf(line, sizeof line, "  started event %u: best candidate %.3f, below join_threshold %.2f\n", d.event,
                    d.similarity, join_threshold);
    } else if (d.explained.empty()) {
      std::snprintf(line, sizeof line, "  joined event %u, its original's (a copy or a part of one report)\n", d.event);
    } else {
      std::snprintf(line, sizeof line, "  joined event %u at %.3f (join_threshold %.2f)\n", d.event, d.similarity,
                    join_threshold);
    }
    out << line;
    if (!d.explained.empty())
      out << "  candidates: similarity = day factor × decay × (cosine × cohesion^γ + entity bonus)\n";
    for (size_t i = 0; i < d.explained.size() && i < 10; ++i) {
      const CandidateScore& c = d.explained[i];
      std::snprintf(line, sizeof line, "  %.3f = %.2f × %.2f × (%.3f → %.3f + %.3f)  event %u (%u articles) ",
                    c.similarity, c.day_factor, c.decay, c.cosine, c.cohesion_weighted, c.entity_bonus, c.event,
                    c.event_size);
      out << line << clip_utf8(x.candidate_titles[i], 70) << "\n";
    }
  }
}

// Moves what the card needs out of the flow's article: the text is not held twice.
CardArticle card_article(FlowArticle&& a) {
  CardArticle c;
  c.id = std::move(a.id);
  c.segment = a.segment;
  c.source = std::move(a.source);
  c.url = std::move(a.url);
  c.time = a.time;
  c.dated = a.dated;
  c.lang = std::move(a.lang);
  c.title = std::move(a.title);
  c.paragraphs = std::move(a.paragraphs);
  // The clusterer's key: one card entity for a name's Arabic and Latin spellings (معز التريكي, Moez Triki).
  for (const FlowEntity& e : a.entities) {
    c.entities.push_back(CardEntity{e.match_key.empty() ? e.key : e.match_key, e.name, e.type});
  }
  c.dup_group = a.dup_group;
  c.reused_from = std::move(a.reused_from);
  c.event = a.event;
  c.storyline = a.storyline;
  return c;
}

void write_cards(std::ostream& out, std::vector<FlowArticle> articles) {
  CardBuilder builder;
  for (FlowArticle& a : articles) {
    builder.add(card_article(std::move(a)));
    a = FlowArticle();  // its terms and names are not needed either
  }
  articles.clear();
  const StoryCards cards = builder.build();
  for (const StorylineCard& s : cards.storylines) out << storyline_card_json(s) << "\n";
  for (const EventCard& e : cards.events) out << event_card_json(e) << "\n";
}

int run_cluster(const std::vector<std::string>& args) {
  const auto parsed = parse_args(args, {"--out", "--set", "--threads", "--background", "--explain"},
                                 {"--summary", "--cards", "--entities", "--no-entities", "--no-background", "--no-split", "--quiet", "--help"},
                                 {"--set", "--explain"});
  if (!parsed.error.empty()) {
    std::cerr << "marsad cluster: " << parsed.error << "; 'marsad cluster --help' lists the options\n";
    return 2;
  }
  if (parsed.has("--help")) {
    std::cout << kHelp;
    return 0;
  }
  FlowOptions options;
  options.clean.split_pages = !parsed.has("--no-split");
  options.entities = !parsed.has("--no-entities");
  if (parsed.has("--no-background")) options.background_frequencies.clear();
  if (auto b = parsed.get("--background"); !b.empty()) options.background_frequencies = b;
  for (const std::string& sets : parsed.get_all("--set")) {
    std::stringstream list(sets);
    std::string setting;
    while (std::getline(list, setting, ',')) {
      const Status s = apply_cluster_setting(setting, &options.cluster);
      if (!s.ok()) {
        std::cerr << "marsad cluster: --set " << s.to_string() << "\n";
        return 2;
      }
    }
  }
  if (auto t = parsed.get("--threads"); !t.empty()) {
    const auto threads = whole_number(t);
    if (!threads) {
      std::cerr << "marsad cluster: --threads takes a whole number, not '" << t << "'\n";
      return 2;
    }
    options.threads = *threads;
  }
  options.explain = parsed.get_all("--explain");
  std::vector<std::string> inputs = parsed.positional;
  if (inputs.empty()) inputs.push_back("-");

  std::ofstream file;
  std::ostream* out = open_output("cluster", parsed, &file);
  if (out == nullptr) return 2;

  const bool quiet = parsed.has("--quiet");
  ProblemReporter problems("cluster");
  Progress progress("marsad cluster");
  NewsFlow flow(options);
  const FlowStats stats = flow.run(
      inputs, [&](const Status& problem) { problems.report(problem); },
      [&](const char*, size_t done) {
        if (!quiet) progress.update(done);
      });
  problems.finish();
  if (!quiet) progress.finish(stats.articles);
  if (!stats.entity_warning.empty() && !quiet) {
    std::cerr << "marsad cluster: names not tagged: " << stats.entity_warning << "\n";
  }
  if (!stats.background_warning.empty()) {
    std::cerr << "marsad cluster: terms weighed by this input alone: " << stats.background_warning << "\n";
  }

  print_explanations(std::cerr, flow.explanations(), options.cluster.join_threshold);
  for (const std::string& key : options.explain) {
    bool found = false;
    for (const FlowExplanation& x : flow.explanations()) found |= x.key == key || x.key.substr(0, x.key.find('#')) == key;
    if (!found) std::cerr << "marsad cluster: --explain " << key << ": no such article in the input\n";
  }

  double cards_seconds = -1;
  if (parsed.has("--summary")) {
    print_summary(*out, flow.articles());
  } else if (parsed.has("--cards")) {
    const auto start = std::chrono::steady_clock::now();
    write_cards(*out, flow.take_articles());
    cards_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  } else {
    const bool with_entities = parsed.has("--entities");
    std::string buffer;
    for (const FlowArticle& a : flow.articles()) {
      append_flow_json_line(buffer, a, with_entities);
      if (buffer.size() > (1 << 20)) {
        out->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        buffer.clear();
      }
    }
    out->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  }
  out->flush();

  if (!quiet) {
    std::fprintf(stderr,
                 "marsad cluster: %zu pages -> %zu articles (%zu undated), %zu reused, %zu events, %zu storylines\n"
                 "  read+clean %.2f s, analyze %.2f s, dedup %.2f s, cluster %.2f s\n",
                 stats.pages, stats.articles, stats.undated, stats.reused, stats.events, stats.storylines,
                 stats.read_clean_seconds, stats.analyze_seconds, stats.dedup_seconds, stats.cluster_seconds);
    if (cards_seconds >= 0) std::fprintf(stderr, "  cards %.2f s\n", cards_seconds);
  }
  if (!*out) {
    std::cerr << "marsad cluster: writing the output failed (disk full?)\n";
    return 1;
  }
  return stats.pages == 0 ? 1 : 0;
}

}  // namespace

MARSAD_COMMAND("cluster", "clean, dedup and cluster articles into events and storylines (JSON lines)", run_cluster);

}  // namespace marsad::cli
