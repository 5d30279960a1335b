// TopicMemory: the topics a document has named so far, so that later
// references to them get the same canonical name.
//
// "The government unveiled a pension reform. Unions rejected the plan." ->
// unions oppose "pension reform". A short definite or demonstrative phrase
// ("the proposal", "such guarantees", "this plan") refers back when an
// earlier topic has the same head noun (singular and plural alike), or when
// its head is a general word for a proposal ("proposal", "plan", "idea":
// topic_noun in word_classes.tsv) and a topic was put forward ("unveiled",
// "proposed": introduce_verb) in the last three sentences, or, after
// "this"/"that"/"such", was named in this sentence or the one before;
// otherwise it stays as written ("proposal") rather than guess. "it" and
// "this" take the latest topic that is a thing rather than an activity or
// something undone ("them" mostly means people and is left alone).
// One memory per document.
#pragma once

#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "extract/sentence.h"

namespace stancegraph {

class TopicMemory {
 public:
  explicit TopicMemory(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // Called before each sentence of the document is read.
  void StartSentence() { ++sentence_; }

  // Records a topic named by `span` of `sentence` under `canonical`;
  // `introduced` when it was put forward ("unveiled a reform") rather than
  // the object of a stance.
  void Remember(const Sentence& sentence, Span span, const std::string& canonical, bool activity,
                bool introduced = false);

  // The canonical name of the earlier topic `span` refers back to, or ""
  // when it names a topic of its own (or nothing earlier fits).
  std::string Antecedent(const Sentence& sentence, Span span) const;

  // Head noun of a topic phrase in singular form: "bans on plastics" -> "ban".
  std::string Head(const Sentence& sentence, Span span) const;

 private:
  struct Named {
    std::string canonical;
    std::string head;
    bool activity = false;
    bool introduced = false;
    size_t sentence = 0;
  };

  const Lexicon& lexicon_;
  std::vector<Named> named_;  // most recent last
  size_t sentence_ = 0;
};

}  // namespace stancegraph
