#include "flow/news_flow.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <thread>
#include <unordered_set>
#include <utility>

#include "core/data_dir.h"
#include "flow/article_analysis.h"
#include "ingest/reader.h"

namespace marsad {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

}  // namespace

ArticleFeatures cluster_features(const FlowArticle& a) {
  ArticleFeatures f;
  f.id = a.id;
  f.segment = a.segment;
  f.source = a.source;
  f.time = a.time;
  f.lang = a.lang;
  f.title_terms = a.title_terms;
  f.body_terms = a.body_terms;
  f.entities.reserve(a.entities.size());
  for (const FlowEntity& e : a.entities) f.entities.push_back(e.match_key.empty() ? e.key : e.match_key);
  f.numbers = a.numbers;
  f.dup_group = a.dup_group;
  return f;
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

NewsFlow::~NewsFlow() = default;

void NewsFlow::clean_batch(std::vector<RawDoc>& batch, FlowStats& stats) {
  for (const RawDoc& doc : batch) cleaner_.observe(doc);
  for (RawDoc& doc : batch) {
    CleanDoc clean = cleaner_.clean(std::move(doc));
    ++stats.pages;
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
      a.input_order = articles_.size();
      articles_.push_back(std::move(a));
    }
  }
  batch.clear();
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
  stats.read_clean_seconds = seconds_since(t0);
  finish(stats, on_progress);
  return stats;
}

void NewsFlow::finish(FlowStats& stats, const FlowProgress& on_progress) {
  stats.articles = articles_.size();

  // Time order; an undated article stays after the article read before it.
  int64_t last_known = 0;
  for (FlowArticle& a : articles_) {
    if (a.time == 0) {
      ++stats.undated;
      a.time = last_known;
    } else {
      last_known = a.time;
    }
  }
  std::stable_sort(articles_.begin(), articles_.end(),
                   [](const FlowArticle& x, const FlowArticle& y) { return x.time < y.time; });

  // Analysis, in parallel.
  const auto t1 = Clock::now();
  NerTagger tagger;
  if (options_.entities) {
    const Status loaded = NerTagger::load(NerTagger::default_model_path(), &tagger);
    if (!loaded.ok()) stats.entity_warning = loaded.to_string();
  }
  size_t threads = options_.threads != 0 ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, std::max<size_t>(1, articles_.size() / 64));
  std::atomic<size_t> next{0}, done{0};
  auto work = [&] {
    ArticleAnalysis analysis(tagger.loaded() ? &tagger : nullptr);
    for (size_t i = next.fetch_add(1); i < articles_.size(); i = next.fetch_add(1)) {
      analysis.analyze(&articles_[i]);
      done.fetch_add(1, std::memory_order_relaxed);
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  if (on_progress) on_progress("analyze", done.load());
  stats.analyze_seconds = seconds_since(t1);

  // Dedup, then events, one article at a time in time order.
  const auto t2 = Clock::now();
  dedup_ = std::make_unique<NearDuplicateIndex>(options_.dedup);
  for (FlowArticle& a : articles_) {
    std::vector<std::string> words = a.title_terms;
    words.insert(words.end(), a.body_terms.begin(), a.body_terms.end());
    const DedupDecision d = dedup_->add(a.flow_key(), a.source, a.time, words);
    a.dup_group = d.group;
    a.dup_kind = kind_name(d.kind);
    a.dup_similarity = d.similarity;
  }
  stats.dedup_seconds = seconds_since(t2);

  const auto t3 = Clock::now();
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
  size_t clustered = 0;
  for (FlowArticle& a : articles_) {
    // The group as dedup saw it at this article's arrival: later merges are
    // not known yet to a live monitor.
    const ClusterDecision d = clusterer_->add(cluster_features(a));
    a.event_similarity = d.similarity;
    a.new_event = d.new_event;
    if (on_progress && ++clustered % 5000 == 0) on_progress("cluster", clustered);
  }
  stats.cluster_seconds = seconds_since(t3);

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
