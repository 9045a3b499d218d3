// `marsad ner`: tag text or a CoNLL file with the Arabic NER model.
// `marsad train-ner`: rebuild that model from ANERcorp.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "core/data_dir.h"
#include "entity/entity_resolver.h"
#include "entity/ner_clusters.h"
#include "entity/ner_corpus.h"
#include "entity/ner_gazetteer.h"
#include "entity/ner_tagger.h"
#include "entity/ner_trainer.h"
#include "entity/text_names.h"
#include "ingest/reader.h"

namespace {

using marsad::NerTagger;
using marsad::Status;
namespace ner = marsad::ner;
namespace entity = marsad::entity;

// The size after which `marsad ner` starts a new resolution scope at the next blank line.
constexpr size_t kScopeBytes = 20000;

constexpr const char* kNerUsage =
    "usage: marsad ner [--model FILE] [FILE|-]\n"
    "       marsad ner [--model FILE] --conll FILE [--score]\n"
    "Finds persons, places, organizations and other names in Arabic text.\n"
    "  FILE|-        plain text (default: standard input); prints TYPE<TAB>text<TAB>begin-end<TAB>key\n"
    "                per name, with byte offsets into the input: the names `marsad cluster`\n"
    "                finds (the model's, completed by organization patterns and the place\n"
    "                gazetteer), and the key it matches them by (loc:FR for فرنسا and France);\n"
    "                a surname takes the key of the full name seen before it in the same\n"
    "                story: the text up to the first blank line after 20,000 bytes\n"
    "  --conll FILE  a file in ANERcorp's format (token tag per line), tagged as one\n"
    "                document; prints 'token gold predicted' per line (conlleval's\n"
    "                input), a blank line between sentences\n"
    "  --score       with --conll: then prints phrase precision/recall/F1 per type\n"
    "  --model FILE  the model (default: data/models/ner-ar.model)\n";

constexpr const char* kTrainUsage =
    "usage: marsad train-ner [--corpus DIR] [--out FILE] [--clusters FILE] [--epochs N] [--ensemble N] [--greedy] [--dev]\n"
    "Trains the NER model on ANERcorp's training part, keeping its last 10% of\n"
    "sentences out (a fixed split: the last n/10 of its n sentences, in corpus\n"
    "order), and reports CoNLL phrase scores on that held-out part.\n"
    "  --corpus DIR  holds anercorp-train.txt and ANERGazet (default: ../shared/corpus/anercorp)\n"
    "  --out FILE    where to write the model (default: data/models/ner-ar.model)\n"
    "  --clusters FILE  word clusters built by `marsad ner-clusters`, embedded in the\n"
    "                model (default: data/models/ner-ar.clusters; 'none' for none)\n"
    "  --epochs N    training epochs (default 12, chosen on the dev split)\n"
    "  --ensemble N  average the weights of N models trained in different sentence\n"
    "                orders (default 3, chosen by cross-validation)\n"
    "  --seed N      seed of the sentence orders and dropouts (default 20070101):\n"
    "                cross-validation figures move with it by about +-0.4\n"
    "  --greedy      greedy left-to-right decoding instead of Viterbi\n"
    "  --dropout P   leave out word-identity features of a token with probability P (default 0.2)\n"
    "  --o-penalty X lower the score of O by X (favours recall; default 4)\n"
    "  --doc-window N  document pass over the N sentences before and after\n"
    "                (default 30; 0: one pass)\n"
    "  --doc-dropout P train a sentence without its document features with\n"
    "                probability P (default 0.5)\n"
    "  --dev         tuning run: train on 80%, score the next 10% (dev) after every\n"
    "                epoch and at the end; writes a model only if --out is given\n"
    "  --dev-fold K  the same with dev the K-th ninth (0-8) of the training 90%\n"
    "                and train the rest (cross-validation; --dev is close to K = 8)\n";

bool read_all(const std::string& path, std::string* out) {
  if (path == "-") {
    *out = std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return true;
}

int run_ner(const std::vector<std::string>& args) {
  std::string model_path = NerTagger::default_model_path();
  std::string conll_path, input = "-";
  bool score = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::cout << kNerUsage;
      return 0;
    } else if (a == "--model" && i + 1 < args.size()) {
      model_path = args[++i];
    } else if (a == "--conll" && i + 1 < args.size()) {
      conll_path = args[++i];
    } else if (a == "--score") {
      score = true;
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      std::cerr << "marsad ner: unknown option '" << a << "'\n" << kNerUsage;
      return 2;
    } else {
      input = a;
    }
  }
  NerTagger tagger;
  if (Status s = NerTagger::load(model_path, &tagger); !s.ok()) {
    std::cerr << "marsad ner: " << s.to_string() << "\n";
    return 1;
  }

  if (!conll_path.empty()) {
    std::vector<ner::NerSentence> sentences;
    if (Status s = ner::read_ner_corpus(conll_path, &sentences); !s.ok()) {
      std::cerr << "marsad ner: " << s.to_string() << "\n";
      return 1;
    }
    ner::PhraseScorer scorer;
    std::string out;
    std::vector<std::vector<std::string>> tokens;
    for (const ner::NerSentence& sentence : sentences) tokens.push_back(sentence.tokens);
    const std::vector<std::vector<std::string>> tags = tagger.tag_document(tokens);
    for (size_t s = 0; s < sentences.size(); ++s) {
      const ner::NerSentence& sentence = sentences[s];
      const std::vector<std::string>& predicted = tags[s];
      for (size_t i = 0; i < sentence.tokens.size(); ++i) {
        out += sentence.tokens[i];
        out += ' ';
        out += sentence.tags[i];
        out += ' ';
        out += predicted[i];
        out += '\n';
      }
      out += '\n';
      scorer.add(sentence.tags, predicted);
    }
    std::cout << out;
    if (score) std::cout << scorer.report();
    return 0;
  }

  std::string text;
  if (!read_all(input, &text)) {
    std::cerr << "marsad ner: " << input << ": cannot open the file\n";
    return 1;
  }
  // The names as the flow finds them, each with the key it is matched by. A
  // resolution scope (a surname alone after the full name takes its key) is a
  // story: the text up to the first blank line after kScopeBytes, so that a
  // file of many stories is not resolved as one (quadratic in its names).
  std::string out;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.size();
    if (text.size() - begin > kScopeBytes) {
      const size_t blank = text.find("\n\n", begin + kScopeBytes);
      if (blank != std::string::npos) end = blank + 2;
    }
    const std::string_view scope(text.data() + begin, end - begin);
    const entity::TextNames names = entity::find_names(scope, "ar", &tagger);
    entity::EntityResolver resolver;
    for (const marsad::EntitySpan& e : names.spans) resolver.add(e);
    for (size_t i = 0; i < names.spans.size(); ++i) {
      const marsad::EntitySpan& e = names.spans[i];
      out += e.type;
      out += '\t';
      out += e.text;
      out += '\t';
      out += std::to_string(begin + e.begin);
      out += '-';
      out += std::to_string(begin + e.end);
      out += '\t';
      out += resolver.mention(i).key;
      out += '\n';
    }
    begin = end;
  }
  std::cout << out;
  return 0;
}

int run_train_ner(const std::vector<std::string>& args) {
  std::string corpus_dir = ner::default_anercorp_dir();
  std::string out_path = NerTagger::default_model_path();
  std::string clusters_path = marsad::data_path("models/ner-ar.clusters");
  ner::NerTrainOptions options;
  bool tuning = false;
  bool out_given = false;
  int dev_fold = -1;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::cout << kTrainUsage;
      return 0;
    } else if (a == "--corpus" && i + 1 < args.size()) {
      corpus_dir = args[++i];
    } else if (a == "--out" && i + 1 < args.size()) {
      out_path = args[++i];
      out_given = true;
    } else if (a == "--clusters" && i + 1 < args.size()) {
      clusters_path = args[++i];
    } else if (a == "--epochs" && i + 1 < args.size()) {
      options.epochs = std::atoi(args[++i].c_str());
      if (options.epochs < 1) {
        std::cerr << "marsad train-ner: --epochs needs a positive number\n";
        return 2;
      }
    } else if (a == "--dropout" && i + 1 < args.size()) {
      options.lexical_dropout = std::atof(args[++i].c_str());
    } else if (a == "--o-penalty" && i + 1 < args.size()) {
      options.o_penalty = std::atof(args[++i].c_str());
    } else if (a == "--doc-window" && i + 1 < args.size()) {
      options.document_window = std::atoi(args[++i].c_str());
    } else if (a == "--doc-dropout" && i + 1 < args.size()) {
      options.document_dropout = std::atof(args[++i].c_str());
    } else if (a == "--ensemble" && i + 1 < args.size()) {
      options.ensemble = std::atoi(args[++i].c_str());
      if (options.ensemble < 1) {
        std::cerr << "marsad train-ner: --ensemble needs a positive number\n";
        return 2;
      }
    } else if (a == "--seed" && i + 1 < args.size()) {
      options.seed = std::strtoull(args[++i].c_str(), nullptr, 10);
    } else if (a == "--greedy") {
      options.mode = ner::DecodeMode::kGreedy;
    } else if (a == "--dev") {
      tuning = true;
    } else if (a == "--dev-fold" && i + 1 < args.size()) {
      tuning = true;
      dev_fold = std::atoi(args[++i].c_str());
      if (dev_fold < 0 || dev_fold > 8) {
        std::cerr << "marsad train-ner: --dev-fold needs a number from 0 to 8\n";
        return 2;
      }
    } else {
      std::cerr << "marsad train-ner: unknown argument '" << a << "'\n" << kTrainUsage;
      return 2;
    }
  }

  const auto start = std::chrono::steady_clock::now();
  std::vector<ner::NerSentence> sentences;
  if (Status s = ner::read_ner_corpus(corpus_dir + "/anercorp-train.txt", &sentences); !s.ok()) {
    std::cerr << "marsad train-ner: " << s.to_string() << " (give the corpus folder with --corpus)\n";
    return 1;
  }
  ner::NerResources resources;
  resources.triggers = ner::builtin_trigger_phrases();
  if (Status s = ner::load_anergazet(corpus_dir, &resources.gazetteer); !s.ok()) {
    std::cerr << "marsad train-ner: " << s.to_string() << "\n";
    return 1;
  }
  if (clusters_path != "none") {
    if (Status s = ner::WordClusters::load(clusters_path, &resources.clusters); !s.ok()) {
      std::cerr << "marsad train-ner: " << s.to_string() << " (or give --clusters none)\n";
      return 1;
    }
  }
  ner::NerCorpusSplit split;
  if (dev_fold < 0) {
    split = ner::split_ner_corpus(std::move(sentences), tuning);
  } else {
    // Cross-validation inside the training part: dev is its ninth number
    // `dev_fold`, train the other eight; the held-out part stays unseen.
    split = ner::split_ner_corpus(std::move(sentences), false);
    std::vector<ner::NerSentence> part = std::move(split.train);
    const size_t n = part.size();
    const size_t lo = n * dev_fold / 9, hi = n * (dev_fold + 1) / 9;
    split.train.clear();
    for (size_t i = 0; i < n; ++i) (i >= lo && i < hi ? split.dev : split.train).push_back(std::move(part[i]));
  }
  std::fprintf(stderr, "train-ner: %zu training sentences, %zu dev, %zu held out; %s decoding, %d epochs, %d model%s\n",
               split.train.size(), split.dev.size(), split.held_out.size(),
               options.mode == ner::DecodeMode::kGreedy ? "greedy" : "Viterbi", options.epochs, options.ensemble,
               options.ensemble == 1 ? "" : "s averaged");
  if (tuning) options.dev = &split.dev;
  options.on_epoch = [](const ner::NerEpochReport& r) {
    if (r.member > 0 && r.epoch == 1) std::fprintf(stderr, "ensemble member %d:\n", r.member + 1);
    std::fprintf(stderr, "epoch %2d: %zu tokens, %.2f%% mistagged, %zu features, %.1fs", r.epoch, r.tokens,
                 100.0 * r.token_errors / std::max<size_t>(1, r.tokens), r.features, r.seconds);
    if (r.has_dev) {
      std::fprintf(stderr, "; dev P %.2f R %.2f F1 %.2f", 100 * r.dev.precision(), 100 * r.dev.recall(),
                   100 * r.dev.f1());
    }
    std::fprintf(stderr, "\n");
  };
  ner::NerModel model;
  if (Status s = ner::train_ner_model(split.train, resources, options, &model); !s.ok()) {
    std::cerr << "marsad train-ner: " << s.to_string() << "\n";
    return 1;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "trained in %.1fs; %zu features kept\n", seconds, model.weights.size());
  if (!tuning || out_given) {
    if (Status s = model.save(out_path); !s.ok()) {
      std::cerr << "marsad train-ner: " << s.to_string() << "\n";
      return 1;
    }
    std::ifstream written(out_path, std::ios::binary | std::ios::ate);
    std::fprintf(stderr, "wrote %s (%lld bytes)\n", out_path.c_str(), static_cast<long long>(written.tellg()));
  }
  if (tuning) {
    // A tuning run reports the dev part only: the held-out part is for the
    // shipped model's figure, not for choosing settings.
    std::cout << "dev phrase scores (" << split.dev.size() << " sentences before the held-out part):\n"
              << ner::evaluate_ner_model(model, split.dev).report();
    return 0;
  }
  const ner::PhraseScorer scores = ner::evaluate_ner_model(model, split.held_out);
  std::cout << "held-out phrase scores (last 10% of " << corpus_dir << "/anercorp-train.txt, "
            << split.held_out.size() << " sentences):\n"
            << scores.report();
  return 0;
}

constexpr const char* kClustersUsage =
    "usage: marsad ner-clusters [--out FILE] [PATH...]\n"
    "Learns the NER model's word clusters from unlabeled news (titles and texts of\n"
    "the pages in PATH: files, folders or archives that `marsad` reads).\n"
    "  PATH          default: ../shared/corpus/saudinewsnet\n"
    "  --out FILE    default: data/models/ner-ar.clusters (then run `marsad train-ner`)\n";

int run_ner_clusters(const std::vector<std::string>& args) {
  std::string out_path = marsad::data_path("models/ner-ar.clusters");
  std::vector<std::string> inputs;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      std::cout << kClustersUsage;
      return 0;
    } else if (a == "--out" && i + 1 < args.size()) {
      out_path = args[++i];
    } else if (!a.empty() && a[0] == '-') {
      std::cerr << "marsad ner-clusters: unknown option '" << a << "'\n" << kClustersUsage;
      return 2;
    } else {
      inputs.push_back(a);
    }
  }
  if (inputs.empty()) inputs.push_back(ner::default_anercorp_dir() + "/../saudinewsnet");
  const auto start = std::chrono::steady_clock::now();
  ner::WordClusterBuilder builder;
  size_t problems = 0;
  const marsad::ReadStats stats = marsad::read_documents(
      inputs,
      [&](marsad::RawDoc&& doc) {
        builder.add_text(doc.title);
        builder.add_text(doc.text);
      },
      [&](const Status& problem) {
        if (++problems <= 5) std::cerr << "marsad ner-clusters: " << problem.to_string() << "\n";
      });
  if (stats.documents == 0) {
    std::cerr << "marsad ner-clusters: no documents read from the given paths\n";
    return 1;
  }
  std::fprintf(stderr, "ner-clusters: %zu documents, %zu tokens\n", stats.documents, builder.token_count());
  const ner::WordClusters clusters = builder.build(ner::WordClusterOptions{});
  if (Status s = clusters.save(out_path); !s.ok()) {
    std::cerr << "marsad ner-clusters: " << s.to_string() << "\n";
    return 1;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "wrote %s: %zu words clustered in %.1fs\n", out_path.c_str(), clusters.size(), seconds);
  return 0;
}

}  // namespace

MARSAD_COMMAND("ner-clusters", "learn the NER model's word clusters from unlabeled news", run_ner_clusters);
MARSAD_COMMAND("ner", "find named entities in Arabic text, or tag and score a CoNLL file", run_ner);
MARSAD_COMMAND("train-ner", "train the Arabic NER model on ANERcorp", run_train_ner);
