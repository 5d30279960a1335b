// link_grammar_ratio: stancegraph's extractor beside Link Grammar parsing
// every sentence of the same text, on one thread each.
//
//   link_grammar_ratio --input ungdc.jsonl [--megabytes 1] [--max-seconds 60]
//
// The sample is the first --megabytes of document text of --input (JSON
// Lines documents or .txt files, read as `stancegraph` reads them). Its
// sentences are those of stancegraph's segmenter, so both sides see the same
// sentences. stancegraph: Extractor::Extract on every document of the sample
// (segmenting, tokenizing, clause reading, actors, topics), repeated for at
// least a second. Link Grammar 5.x, tuned as ../shared/NLP.md measured it:
// English dictionary, max_parse_time 1 s, linkage_limit 100, no spell
// guessing, repeatable_rand; a complete parse first, and when none is found
// a "panic" re-parse (short_length 6, all_short_connectors, islands_ok,
// null count 1..N) as the link-parser program does; the first linkage is
// built (that is where the links are read). Sentences are parsed in a fixed
// pseudo-random order until --max-seconds, so a capped run is a fair sample;
// the time for the whole sample is then extrapolated from the bytes parsed
// and marked as such. Dictionary loading is timed apart.
//
// Built only with -DSTANCEGRAPH_BENCHMARKS=ON when pkg-config finds
// link-grammar (Debian: liblink-grammar-dev, link-grammar-dictionaries-en).
#include <link-grammar/link-includes.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <numeric>
#include <random>
#include <string>
#include <variant>
#include <vector>

#include "core/document.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/segmenter.h"

namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

int Usage(const char* message) {
  if (message != nullptr) std::cerr << "link_grammar_ratio: " << message << "\n";
  std::cerr << "usage: link_grammar_ratio --input FILE [--megabytes X] [--max-seconds S] [--language en]\n";
  return 2;
}

// Link Grammar's messages: errors and warnings to stderr, but not the notes
// about the dictionary's locale (en_US.UTF-8 is often not installed; it
// falls back to C.UTF-8, which is fine) nor Info/Debug chatter.
void QuietErrors(lg_errinfo* error, void*) {
  if (error->severity >= lg_Info) return;
  if (error->text != nullptr && std::strstr(error->text, "locale") != nullptr) return;
  std::fprintf(stderr, "link-grammar: %s: %s", error->severity_label, error->text);
}

size_t Words(const std::string& sentence) {
  size_t words = 0;
  bool in_word = false;
  for (char c : sentence) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

int main(int argc, char** argv) {
  std::string input;
  std::string language = "en";
  double megabytes = 1.0;
  double max_seconds = 60.0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (arg == "--input" && (v = value())) {
      input = v;
    } else if (arg == "--megabytes" && (v = value())) {
      megabytes = std::atof(v);
    } else if (arg == "--max-seconds" && (v = value())) {
      max_seconds = std::atof(v);
    } else if (arg == "--language" && (v = value())) {
      language = v;
    } else if (arg == "-h" || arg == "--help") {
      return Usage(nullptr);
    } else {
      return Usage(("bad option " + arg).c_str());
    }
  }
  if (input.empty() || megabytes <= 0 || max_seconds <= 0) return Usage("--input is required");

  // The sample: the first documents up to --megabytes of text.
  std::variant<stancegraph::Lexicon, stancegraph::Problem> loaded = stancegraph::Lexicon::Load();
  if (auto* problem = std::get_if<stancegraph::Problem>(&loaded)) {
    std::cerr << "link_grammar_ratio: " << problem->ToString() << "\n";
    return 2;
  }
  const stancegraph::Lexicon& lexicon = std::get<stancegraph::Lexicon>(loaded);
  const size_t limit = static_cast<size_t>(megabytes * 1e6);
  std::vector<stancegraph::Document> documents;
  size_t bytes = 0;
  stancegraph::ReadDocuments(
      {input}, std::cin,
      [&](stancegraph::Document&& document) {
        if (bytes >= limit) return;
        bytes += document.text.size();
        documents.push_back(std::move(document));
      },
      [](const stancegraph::Problem& problem) {
        std::cerr << "link_grammar_ratio: " << problem.ToString() << "\n";
      });
  std::vector<std::string> sentences;
  size_t words = 0;
  for (const stancegraph::Document& document : documents) {
    for (const stancegraph::SentenceSpan& span : stancegraph::SegmentSentences(document.text, lexicon)) {
      std::string sentence = document.text.substr(span.begin, span.end - span.begin);
      std::replace(sentence.begin(), sentence.end(), '\n', ' ');
      words += Words(sentence);
      sentences.push_back(std::move(sentence));
    }
  }
  if (sentences.empty()) return Usage("no sentences in the sample");
  std::printf("sample: %s, first %zu documents, %.2f MB of text, %zu sentences, %zu words\n",
              input.c_str(), documents.size(), bytes / 1e6, sentences.size(), words);

  // stancegraph on the sample, one thread, repeated for at least a second.
  const stancegraph::Extractor extractor(lexicon);
  size_t rounds = 0, triples = 0;
  const Clock::time_point sg_start = Clock::now();
  do {
    for (const stancegraph::Document& document : documents) triples += extractor.Extract(document).size();
    ++rounds;
  } while (Since(sg_start) < 1.0);
  const double sg_seconds = Since(sg_start) / static_cast<double>(rounds);

  // Link Grammar.
  lg_error_set_handler(QuietErrors, nullptr);
  const Clock::time_point load_start = Clock::now();
  Dictionary dictionary = dictionary_create_lang(language.c_str());
  if (dictionary == nullptr) {
    std::cerr << "link_grammar_ratio: no Link Grammar dictionary for '" << language
              << "' (Debian: link-grammar-dictionaries-en)\n";
    return 2;
  }
  const double load_seconds = Since(load_start);
  Parse_Options options = parse_options_create();
  parse_options_set_verbosity(options, 0);
  parse_options_set_max_parse_time(options, 1);
  parse_options_set_linkage_limit(options, 100);
  parse_options_set_spell_guess(options, 0);
  parse_options_set_repeatable_rand(options, true);
  parse_options_set_islands_ok(options, false);
  parse_options_set_min_null_count(options, 0);
  parse_options_set_max_null_count(options, 0);
  Parse_Options panic = parse_options_create();
  parse_options_set_verbosity(panic, 0);
  parse_options_set_max_parse_time(panic, 1);
  parse_options_set_linkage_limit(panic, 100);
  parse_options_set_spell_guess(panic, 0);
  parse_options_set_repeatable_rand(panic, true);
  parse_options_set_short_length(panic, 6);
  parse_options_set_all_short_connectors(panic, true);
  parse_options_set_islands_ok(panic, true);
  parse_options_set_min_null_count(panic, 1);

  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), std::mt19937_64(20240901));

  size_t parsed = 0, parsed_bytes = 0, parsed_words = 0, complete = 0, panicked = 0, unparsed = 0,
         timeouts = 0;
  double worst = 0;
  const Clock::time_point lg_start = Clock::now();
  for (size_t index : order) {
    if (Since(lg_start) >= max_seconds) break;
    const std::string& text = sentences[index];
    const Clock::time_point one = Clock::now();
    Sentence sentence = sentence_create(text.c_str(), dictionary);
    if (sentence == nullptr) continue;
    if (sentence_split(sentence, options) < 0) {
      sentence_delete(sentence);
      ++unparsed;
      continue;
    }
    int linkages = sentence_parse(sentence, options);
    if (parse_options_timer_expired(options)) ++timeouts;
    bool used_panic = false;
    if (linkages > 0) {
      ++complete;
    } else {
      used_panic = true;
      parse_options_set_max_null_count(panic, sentence_length(sentence));
      linkages = sentence_parse(sentence, panic);
      if (parse_options_timer_expired(panic)) ++timeouts;
      ++panicked;
    }
    if (linkages > 0) {
      Linkage linkage = linkage_create(0, sentence, used_panic ? panic : options);
      if (linkage != nullptr) linkage_delete(linkage);
    } else {
      ++unparsed;
    }
    sentence_delete(sentence);
    worst = std::max(worst, Since(one));
    ++parsed;
    parsed_bytes += text.size();
    parsed_words += Words(text);
  }
  const double lg_measured = Since(lg_start);
  const bool capped = parsed < sentences.size();
  const double lg_seconds =
      capped ? lg_measured * static_cast<double>(bytes) / static_cast<double>(std::max<size_t>(parsed_bytes, 1))
             : lg_measured;
  parse_options_delete(panic);
  parse_options_delete(options);
  dictionary_delete(dictionary);

  const double sg_mbs = bytes / 1e6 / sg_seconds;
  const double lg_mbs = bytes / 1e6 / lg_seconds;
  std::printf("stancegraph Extractor::Extract, 1 thread: %.3f s for the sample (%zu rounds), %zu triples\n",
              sg_seconds, rounds, triples / rounds);
  std::printf("Link Grammar %s, 1 thread: dictionary load %.2f s; parsed %zu of %zu sentences (%zu words) in %.1f s%s;\n"
              "  %zu complete parses, %zu panic re-parses, %zu without linkage, %zu timeouts, worst sentence %.0f ms\n",
              linkgrammar_get_version(), load_seconds, parsed, sentences.size(), parsed_words, lg_measured,
              capped ? " (time cap reached)" : "", complete, panicked, unparsed, timeouts, worst * 1000);
  std::printf("\n%-34s %12s %12s %10s %12s\n", "", "seconds", "sentences/s", "words/s", "MB/s");
  std::printf("%-34s %12.3f %12.0f %10.0f %12.3f\n", "stancegraph (extractor)", sg_seconds,
              sentences.size() / sg_seconds, words / sg_seconds, sg_mbs);
  std::printf("%-34s %11.1f%s %12.1f %10.0f %12.4f\n",
              capped ? "Link Grammar (extrapolated)" : "Link Grammar", lg_seconds, capped ? "*" : " ",
              sentences.size() / lg_seconds, words / lg_seconds, lg_mbs);
  std::printf("ratio: stancegraph is %.0fx faster than Link Grammar parsing every sentence\n", sg_mbs / lg_mbs);
  if (capped) {
    std::printf("* Link Grammar parsed a random %.0f%% of the sentences (%.2f MB) within --max-seconds %.0f;\n"
                "  its time for the whole sample is measured time x sample bytes / bytes parsed.\n",
                100.0 * parsed / sentences.size(), parsed_bytes / 1e6, max_seconds);
  }
  return 0;
}
