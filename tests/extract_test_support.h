// Helpers shared by the extractor's tests.
#pragma once

#include <variant>

#include "extract/lexicon.h"

namespace stancegraph {

// The built-in lexicon, loaded once; a Problem would throw
// std::bad_variant_access and fail the test.
inline const Lexicon& BuiltInLexicon() {
  static const Lexicon lexicon = std::get<Lexicon>(Lexicon::Load());
  return lexicon;
}

}  // namespace stancegraph
