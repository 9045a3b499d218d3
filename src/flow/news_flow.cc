#include "flow/news_flow.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <memory>
#include <cstdio>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "clean/report_part.h"
#include "core/data_dir.h"
#include "flow/article_analysis.h"
#include "ingest/reader.h"

namespace marsad {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// The articles of one cleaned page.
std::vector<FlowArticle> page_articles(CleanDoc clean) {
  std::vector<FlowArticle> out;
  out.reserve(clean.segments.size());
  for (size_t i = 0; i < clean.segments.size(); ++i) {
    Segment& s = clean.segments[i];
    FlowArticle a;
    a.id = clean.raw.id;
    a.segment = static_cast<int>(i);
    a.source = clean.raw.source.empty() ? s.outlet : clean.raw.source;
    a.url = clean.raw.url;
    a.published = clean.raw.published.empty() ? s.date : clean.raw.published;
    a.time = parse_publication_time(a.published);
    a.lang = s.lang;
    a.title = std::move(s.title);
    a.paragraphs = std::move(s.paragraphs);
    out.push_back(std::move(a));
  }
  return out;
}

// Everything the clusterer needs of an article but its term lists (its numbers
// are among them: the analyzer keeps numbers as terms).
ArticleFeatures features_but_terms(const FlowArticle& a) {
  ArticleFeatures f;
  f.id = a.id;
  f.segment = a.segment;
  f.source = a.source;
  f.time = a.time;
  f.lang = a.lang;
  f.entities.reserve(a.entities.size());
  for (const FlowEntity& e : a.entities) f.entities.push_back(e.match_key.empty() ? e.key : e.match_key);
  f.dup_group = a.dup_group;
  if (const ReportPart part = report_part(a.title); !part.base.empty()) {
    f.report = std::hash<std::string_view>()(a.source + '\x1f' + std::string(part.base)) | 1;
    f.report_part = part.is_part;
  }
  f.happening = a.happening;
  f.demonym_places = a.demonym_places;
  f.title_countries = a.title_countries;
  return f;
}

// The clusterer's input, the article's term lists moved in (give_back()
// returns them): the clusterer copies what it keeps, and copying every term
// of every article cost more than some of the clustering.
ArticleFeatures take_features(FlowArticle& a) {
  ArticleFeatures f = features_but_terms(a);
  f.title_terms = std::move(a.title_terms);
  f.body_terms = std::move(a.body_terms);
  return f;
}

void give_back(ArticleFeatures& f, FlowArticle& a) {
  a.title_terms = std::move(f.title_terms);
  a.body_terms = std::move(f.body_terms);
}

}  // namespace

ArticleFeatures cluster_features(const FlowArticle& a) {
  ArticleFeatures f = features_but_terms(a);
  f.title_terms = a.title_terms;
  f.body_terms = a.body_terms;
  return f;
}

std::vector<std::string_view> dedup_words(const FlowArticle& a) {
  std::vector<std::string_view> words;
  words.reserve(a.title_terms.size() + a.body_terms.size());
  words.insert(words.end(), a.title_terms.begin(), a.title_terms.end());
  words.insert(words.end(), a.body_terms.begin(), a.body_terms.end());
  return words;
}

int64_t parse_publication_time(const std::string& published) {
  std::tm tm{};
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  char sep = 0;
  const int n = std::sscanf(published.c_str(), "%4d-%2d-%2d%c%2d:%2d:%2d", &year, &month, &day, &sep, &hour,
                            &minute, &second);
  if (n < 3 || year < 1900 || month < 1 || month > 12 || day < 1 || day > 31) return 0;
  if (n < 6 || (sep != ' ' && sep != 'T')) hour = minute = second = 0;
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = n >= 7 ? second : 0;
  return static_cast<int64_t>(timegm(&tm));
}

NewsFlow::NewsFlow(FlowOptions options) : options_(std::move(options)), cleaner_(options_.clean) {}

NewsFlow::~NewsFlow() {
  for (std::thread& t : cleaners_) t.join();
}

size_t NewsFlow::thread_count() const {
  return options_.threads != 0 ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
}

void NewsFlow::collect_cleaned() {
  for (std::thread& t : cleaners_) t.join();
  cleaners_.clear();
  for (std::vector<FlowArticle>& page : cleaned_) {
    for (FlowArticle& a : page) {
      a.input_order = articles_.size();
      articles_.push_back(std::move(a));
    }
  }
  cleaned_.clear();
  cleaning_.clear();
}

void NewsFlow::clean_batch(std::vector<RawDoc>& batch, FlowStats& stats) {
  // The cleaner's recurring lines may change only once the batch before is
  // cleaned: each page is cleaned with what the pages up to its batch showed.
  collect_cleaned();
  if (batch.empty()) return;
  for (const RawDoc& doc : batch) cleaner_.observe(doc);
  stats.pages += batch.size();
  cleaning_.swap(batch);
  batch.clear();
  cleaned_.resize(cleaning_.size());
  const size_t workers = std::min(thread_count(), std::max<size_t>(1, cleaning_.size() / 16));
  if (workers <= 1) {
    for (size_t i = 0; i < cleaning_.size(); ++i) cleaned_[i] = page_articles(cleaner_.clean(std::move(cleaning_[i])));
    return;
  }
  // Pages are handed out one at a time (their lengths vary a hundredfold);
  // the caller meanwhile reads the next batch.
  auto next = std::make_shared<std::atomic<size_t>>(0);
  for (size_t t = 0; t < workers; ++t) {
    cleaners_.emplace_back([this, next] {
      for (size_t i = next->fetch_add(1); i < cleaning_.size(); i = next->fetch_add(1)) {
        cleaned_[i] = page_articles(cleaner_.clean(std::move(cleaning_[i])));
      }
    });
  }
}

FlowStats NewsFlow::run(const std::vector<std::string>& inputs,
                        const std::function<void(const Status&)>& on_problem, const FlowProgress& on_progress) {
  FlowStats stats;
  const auto t0 = Clock::now();
  std::vector<RawDoc> batch;
  read_documents(
      inputs,
      [&](RawDoc&& doc) {
        batch.push_back(std::move(doc));
        if (batch.size() >= std::max<size_t>(1, options_.clean_batch)) {
          clean_batch(batch, stats);
          if (on_progress) on_progress("read", stats.pages);
        }
      },
      on_problem);
  clean_batch(batch, stats);
  collect_cleaned();
  stats.read_clean_seconds = seconds_since(t0);
  finish(stats, on_progress);
  return stats;
}

FlowStats NewsFlow::run_pages(std::vector<RawDoc> pages, const FlowProgress& on_progress) {
  FlowStats stats;
  const auto t0 = Clock::now();
  std::vector<RawDoc> batch;
  for (RawDoc& page : pages) {
    batch.push_back(std::move(page));
    if (batch.size() >= std::max<size_t>(1, options_.clean_batch)) clean_batch(batch, stats);
  }
  clean_batch(batch, stats);
  collect_cleaned();
  stats.read_clean_seconds = seconds_since(t0);
  finish(stats, on_progress);
  return stats;
}

void NewsFlow::finish(FlowStats& stats, const FlowProgress& on_progress) {
  stats.articles = articles_.size();

  // Time order; an undated article stays after the article read before it,
  // and those read before any dated one take the first date (so that they are
  // not taken to be decades older than the rest).
  int64_t last_known = 0;
  for (const FlowArticle& a : articles_) {
    if (a.time != 0) {
      last_known = a.time;
      break;
    }
  }
  for (FlowArticle& a : articles_) {
    a.dated = a.time != 0;
    if (a.time == 0) {
      ++stats.undated;
      a.time = last_known;
    } else {
      last_known = a.time;
    }
  }
  std::stable_sort(articles_.begin(), articles_.end(),
                   [](const FlowArticle& x, const FlowArticle& y) { return x.time < y.time; });

  const auto t1 = Clock::now();
  NerTagger tagger;
  if (options_.entities) {
    const Status loaded = NerTagger::load(NerTagger::default_model_path(), &tagger);
    if (!loaded.ok()) stats.entity_warning = loaded.to_string();
  }
  dedup_ = std::make_unique<NearDuplicateIndex>(options_.dedup);
  ClusterOptions cluster_options = options_.cluster;
  if (!options_.background_frequencies.empty() && cluster_options.weights.background == nullptr) {
    const std::string path = options_.background_frequencies == "default" ? data_path("cluster/background-df.tsv")
                                                                          : options_.background_frequencies;
    auto background = std::make_shared<BackgroundFrequencies>();
    const Status loaded = BackgroundFrequencies::load(path, background.get());
    if (loaded.ok()) {
      cluster_options.weights.background = std::move(background);
    } else {
      stats.background_warning = loaded.to_string();
    }
  }
  clusterer_ = std::make_unique<EventClusterer>(cluster_options);

  // Analysis on worker threads, claimed in time order; this thread takes the
  // analyzed articles in that order through dedup and clustering, and
  // analyzes the next unclaimed article whenever its next one is not ready.
  const size_t n = articles_.size();
  const size_t threads = std::min(thread_count(), std::max<size_t>(1, n / 64));
  const NerTagger* ner = tagger.loaded() ? &tagger : nullptr;
  std::unique_ptr<std::atomic<uint32_t>[]> analyzed(new std::atomic<uint32_t>[n]);
  for (size_t i = 0; i < n; ++i) analyzed[i].store(0, std::memory_order_relaxed);
  std::atomic<size_t> next{0};
  const auto analyze_one = [&](ArticleAnalysis& analysis, size_t i) {
    FlowArticle& a = articles_[i];
    analysis.analyze(&a);
    a.dedup_sketch = dedup_->sketch(dedup_words(a));
    analyzed[i].store(1, std::memory_order_release);
    analyzed[i].notify_all();
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) {
    pool.emplace_back([&] {
      ArticleAnalysis analysis(ner);
      for (size_t i = next.fetch_add(1); i < n; i = next.fetch_add(1)) analyze_one(analysis, i);
    });
  }

  ArticleAnalysis analysis(ner);
  double dedup_seconds = 0, cluster_seconds = 0;
  const std::unordered_set<std::string> explain_keys(options_.explain.begin(), options_.explain.end());
  // Event id → the article that started it; kept only when something is explained.
  std::unordered_map<uint32_t, size_t> event_starter;
  for (size_t i = 0; i < n; ++i) {
    while (analyzed[i].load(std::memory_order_acquire) == 0) {
      const size_t j = next.fetch_add(1);
      if (j < n) {
        analyze_one(analysis, j);
      } else {
        analyzed[i].wait(0, std::memory_order_acquire);  // a worker has it
      }
    }
    FlowArticle& a = articles_[i];
    const auto t2 = Clock::now();
    const DedupDecision d = dedup_->add(a.flow_key(), a.source, a.time, std::move(a.dedup_sketch));
    a.dedup_sketch = DedupSketch();
    a.dup_group = d.group;
    a.dup_kind = kind_name(d.kind);
    a.dup_similarity = d.similarity;
    const auto t3 = Clock::now();
    // The group as dedup saw it at this article's arrival: later merges are
    // not known yet to a live monitor.
    ArticleFeatures features = take_features(a);
    const bool explain =
        !explain_keys.empty() && (explain_keys.count(a.flow_key()) != 0 || explain_keys.count(a.id) != 0);
    if (explain) clusterer_->explain_next();
    ClusterDecision c = clusterer_->add(features);
    give_back(features, a);
    a.event_similarity = c.similarity;
    a.new_event = c.new_event;
    if (c.new_event && !explain_keys.empty()) event_starter.emplace(c.event, i);
    if (explain) {
      FlowExplanation x{a.flow_key(), a.title, a.published, std::move(c), {}};
      for (const CandidateScore& candidate : x.decision.explained) {
        auto it = event_starter.find(candidate.event);
        x.candidate_titles.push_back(it == event_starter.end() ? std::string() : articles_[it->second].title);
      }
      explanations_.push_back(std::move(x));
    }
    dedup_seconds += std::chrono::duration<double>(t3 - t2).count();
    cluster_seconds += seconds_since(t3);
    if (on_progress && (i + 1) % 5000 == 0) on_progress("cluster", i + 1);
  }
  for (std::thread& t : pool) t.join();
  if (on_progress) on_progress("analyze", n);
  stats.dedup_seconds = dedup_seconds;
  stats.cluster_seconds = cluster_seconds;
  stats.analyze_seconds = std::max(0.0, seconds_since(t1) - dedup_seconds - cluster_seconds);

  // Final answers, after every merge.
  std::unordered_set<uint32_t> events, storylines;
  for (size_t i = 0; i < articles_.size(); ++i) {
    FlowArticle& a = articles_[i];
    const std::string key = a.flow_key();
    if (auto g = dedup_->group_of(key)) a.dup_group = *g;
    a.reused_from = dedup_->original_of(key);
    if (a.reused_from == key) a.reused_from.clear();
    if (!a.reused_from.empty()) ++stats.reused;
    a.event = clusterer_->event_of(i);
    a.storyline = clusterer_->storyline_of_event(a.event);
    events.insert(a.event);
    storylines.insert(a.storyline);
  }
  stats.events = events.size();
  stats.storylines = storylines.size();
}

}  // namespace marsad
