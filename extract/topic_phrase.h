// TopicPhrase: the canonical name of a topic from the words that state it.
//
// "the new spending rules" -> "new spending rules"; "its aid to Sudan" after
// "double" -> "doubling aid to Sudan"; "Sweden ’s accession" ->
// "Sweden's accession". Leading determiners, quantifiers and possessive
// pronouns go, common words are lower-cased, names keep their capitals
// (in Title Case headlines only known names do). Negative words that change
// what the topic is ("no sanctions") are kept: they are never merged with
// their opposite.
#pragma once

#include <string>

#include "extract/lexicon.h"
#include "extract/sentence.h"

namespace stancegraph {

// `activity` (a gerund, may be empty) is put before the phrase.
std::string CanonicalTopic(const Sentence& sentence, Span span, const std::string& activity,
                           const Lexicon& lexicon);

// True when a token should keep its capitals in a canonical name.
bool IsProperWord(const Sentence& sentence, size_t index, const Lexicon& lexicon);

}  // namespace stancegraph
