// Micro-benchmarks of the extractor's hot loops (Google Benchmark): the
// segmenter, the tokenizer, lexicon lookups, the page-junk search, the JSON
// Lines reader and writer, and Extractor::Extract on realistic news documents.
//
// The text is the four articles of samples/ (scraped-news shape: headlines,
// bylines, cookie notices, bullets, quotes, "U.S."), read at start-up; set
// STANCEGRAPH_BENCH_TEXT to a colon-separated list of .txt files to use
// others. Every benchmark reports bytes/s of text (SetBytesProcessed) and,
// where it makes sense, items/s (sentences, tokens, lookups, documents).
//
//   build-bench/bench/micro_benchmarks --benchmark_min_time=0.5
//
// Built only with -DSTANCEGRAPH_BENCHMARKS=ON and Debian's libbenchmark-dev.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <utility>
#include <string>
#include <variant>
#include <vector>

#include "core/document.h"
#include "core/document_jsonl.h"
#include "core/triple_jsonl.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/segmenter.h"
#include "extract/text.h"
#include "extract/tokenizer.h"

namespace stancegraph {
namespace {

struct Corpus {
  explicit Corpus(Lexicon loaded) : lexicon(std::move(loaded)) {}
  Lexicon lexicon;
  std::vector<Document> documents;
  size_t bytes = 0;
  std::vector<std::string> sentences;   // every sentence of every document
  size_t sentence_bytes = 0;
  std::vector<std::string> words;       // every token's lower form, in text order
  size_t word_bytes = 0;
  std::string jsonl;                    // the documents as JSON Lines
  std::vector<StanceTriple> triples;    // what the extractor finds in them
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "micro_benchmarks: cannot read " << path << "\n";
    std::exit(2);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> TextPaths() {
  std::vector<std::string> paths;
  if (const char* env = std::getenv("STANCEGRAPH_BENCH_TEXT"); env != nullptr && *env != '\0') {
    std::string list = env;
    size_t start = 0;
    while (start <= list.size()) {
      size_t end = list.find(':', start);
      if (end == std::string::npos) end = list.size();
      if (end > start) paths.push_back(list.substr(start, end - start));
      start = end + 1;
    }
    return paths;
  }
  const std::string samples = std::string(STANCEGRAPH_SOURCE_DIR) + "/samples/";
  for (const char* name : {"01-vilnius-membership-debate.txt", "02-security-guarantees.txt",
                           "03-washington-summit.txt", "04-kremlin-ceasefire-terms.txt"}) {
    paths.push_back(samples + name);
  }
  return paths;
}

const Corpus& TheCorpus() {
  static const Corpus* corpus = [] {
    std::variant<Lexicon, Problem> loaded = Lexicon::Load();
    if (auto* problem = std::get_if<Problem>(&loaded)) {
      std::cerr << "micro_benchmarks: " << problem->ToString() << "\n";
      std::exit(2);
    }
    auto* c = new Corpus(std::move(std::get<Lexicon>(loaded)));
    for (const std::string& path : TextPaths()) {
      Document document;
      document.id = path;
      document.text = ReadFile(path);
      document.date = FindDateLine(document.text);
      c->bytes += document.text.size();
      c->jsonl += DocumentToJsonLine(document) + "\n";
      for (const SentenceSpan& span : SegmentSentences(document.text, c->lexicon)) {
        c->sentences.emplace_back(document.text.substr(span.begin, span.end - span.begin));
        c->sentence_bytes += span.end - span.begin;
      }
      c->documents.push_back(std::move(document));
    }
    for (const std::string& sentence : c->sentences) {
      const TokenizedText tokenized = Tokenize(sentence, c->lexicon);
      for (const Token& token : tokenized.tokens) {
        c->words.emplace_back(token.lower);
        c->word_bytes += token.lower.size();
      }
    }
    Extractor extractor(c->lexicon);
    for (const Document& document : c->documents) {
      for (StanceTriple& triple : extractor.Extract(document)) c->triples.push_back(std::move(triple));
    }
    return c;
  }();
  return *corpus;
}

// Sentence splitting of whole documents.
void BM_Segmenter(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  size_t sentences = 0;
  for (auto _ : state) {
    for (const Document& document : c.documents) {
      std::vector<SentenceSpan> spans = SegmentSentences(document.text, c.lexicon);
      sentences += spans.size();
      benchmark::DoNotOptimize(spans.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(sentences));
  state.counters["sentences"] = static_cast<double>(c.sentences.size());
}
BENCHMARK(BM_Segmenter);

// Tokens of every sentence (each token looked up in the lexicon once, as
// the tokenizer does).
void BM_Tokenizer(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  size_t tokens = 0;
  // One buffer for the lower-case forms, as the extractor keeps one per document.
  size_t longest = 0;
  for (const std::string& sentence : c.sentences) longest = std::max(longest, sentence.size());
  std::string lower_text(longest, '\0');
  for (auto _ : state) {
    for (const std::string& sentence : c.sentences) {
      std::vector<Token> t = Tokenize(sentence, c.lexicon, lower_text);
      tokens += t.size();
      benchmark::DoNotOptimize(t.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.sentence_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(tokens));
}
BENCHMARK(BM_Tokenizer);

// Lexicon::Lookup (word classes and cue forms in one hash lookup) of every
// token of the text, hits and misses in their natural mix.
void BM_LexiconLookup(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const std::string& word : c.words) {
      WordInfo info = c.lexicon.Lookup(word);
      benchmark::DoNotOptimize(info);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.word_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.words.size()));
}
BENCHMARK(BM_LexiconLookup);

// The actor resolver's lookups: known actor, capital, demonym, abbreviation.
void BM_LexiconNames(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const std::string& word : c.words) {
      benchmark::DoNotOptimize(c.lexicon.FindActor(word));
      benchmark::DoNotOptimize(c.lexicon.StateOfCapital(word));
      benchmark::DoNotOptimize(c.lexicon.StateOfDemonym(word));
      bool may_end = false;
      benchmark::DoNotOptimize(c.lexicon.IsAbbreviation(word, &may_end));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.word_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.words.size() * 4));
}
BENCHMARK(BM_LexiconNames);

// The page-junk search (PhraseSet) over every sentence, lower-cased as the
// extractor gives it (which searches only sentences holding a junk word).
void BM_JunkPhrases(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  std::vector<std::string> lower_sentences;
  for (const std::string& sentence : c.sentences) lower_sentences.push_back(LowerCaseFoldQuotes(sentence));
  size_t junk = 0;
  for (auto _ : state) {
    for (const std::string& sentence : lower_sentences) junk += c.lexicon.ContainsJunkPhrase(sentence);
  }
  benchmark::DoNotOptimize(junk);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.sentence_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.sentences.size()));
}
BENCHMARK(BM_JunkPhrases);

// The whole extractor on each document. With ->Threads(2) one Extractor is
// shared by two threads: in-process scaling, no I/O.
void BM_Extract(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  static const Extractor* extractor = new Extractor(TheCorpus().lexicon);
  ExtractCounts counts;
  for (auto _ : state) {
    for (const Document& document : c.documents) {
      std::vector<StanceTriple> triples = extractor->Extract(document, &counts);
      benchmark::DoNotOptimize(triples.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.documents.size()));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(counts.sentences), benchmark::Counter::kIsRate);
  state.counters["triples/doc"] = benchmark::Counter(
      static_cast<double>(counts.triples) / static_cast<double>(state.iterations() * c.documents.size()),
      benchmark::Counter::kAvgThreads);
}
BENCHMARK(BM_Extract)->Threads(1)->Threads(2)->UseRealTime();

// Reading JSON Lines documents (parse, UTF-8 check) from memory.
void BM_ReadDocuments(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  size_t documents = 0;
  for (auto _ : state) {
    std::istringstream in(c.jsonl);
    ReadCounts counts = ReadDocuments(
        {"-"}, in, [&](Document&& document) { benchmark::DoNotOptimize(document.text.data()); },
        [](const Problem&) {});
    documents += counts.documents;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.jsonl.size()));
  state.SetItemsProcessed(static_cast<int64_t>(documents));
}
BENCHMARK(BM_ReadDocuments);

// Writing the triples found as JSON Lines.
void BM_WriteTriples(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  size_t bytes = 0;
  for (auto _ : state) {
    for (const StanceTriple& triple : c.triples) {
      std::string line = TripleToJsonLine(triple);
      bytes += line.size() + 1;
      benchmark::DoNotOptimize(line.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.triples.size()));
}
BENCHMARK(BM_WriteTriples);

}  // namespace
}  // namespace stancegraph

BENCHMARK_MAIN();
