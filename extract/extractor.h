// Extractor: finds actor–stance–topic triples in news documents.
//
// Rule-based and explainable: sentences are segmented (segmenter.h), stance
// cues found and their clauses read (clause.h), actors named and tracked
// through the document (actor_resolver.h: aliases, capitals, demonyms,
// pronouns, quotation speakers), topics put in canonical form
// (topic_phrase.h). All linguistic knowledge comes from the Lexicon's data
// files. Page junk (newsletter boxes, cookie notices, bios), questions and
// hypotheticals yield nothing; hedged statements get a lower confidence and
// are dropped below ExtractOptions::min_confidence.
//
// Extract() never fails: any text gives zero or more triples. An Extractor
// is immutable once built and may be used from several threads at once.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/triple.h"
#include "extract/lexicon.h"

namespace stancegraph {

struct ExtractOptions {
  double min_confidence = 0.5;      // triples below this are dropped
  size_t max_sentence_tokens = 200; // longer "sentences" (lists, tables) are skipped
};

struct ExtractCounts {
  size_t sentences = 0;
  size_t junk_sentences = 0;  // page junk, skipped
  size_t triples = 0;
  // Time spent, for the report of where a run's time goes: splitting into
  // sentences and tokens, and reading the sentences for stances.
  double segment_seconds = 0;
  double analyse_seconds = 0;

  ExtractCounts& operator+=(const ExtractCounts& other) {
    sentences += other.sentences;
    junk_sentences += other.junk_sentences;
    triples += other.triples;
    segment_seconds += other.segment_seconds;
    analyse_seconds += other.analyse_seconds;
    return *this;
  }
};

class Extractor {
 public:
  // `lexicon` must outlive the extractor.
  explicit Extractor(const Lexicon& lexicon, ExtractOptions options = {});

  // Triples of one document, in sentence order.
  std::vector<StanceTriple> Extract(const Document& document, ExtractCounts* counts = nullptr) const;

 private:
  const Lexicon& lexicon_;
  ExtractOptions options_;
};

}  // namespace stancegraph
