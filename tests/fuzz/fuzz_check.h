// What the fuzz targets share: a check that turns a broken promise of the
// code under test into a crash libFuzzer records (with the input that made
// it), and the built-in lexicon, loaded once per process.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <variant>

#include "extract/lexicon.h"

// Not assert(): the fuzz build may define NDEBUG, and these checks are the
// point of the target.
#define FUZZ_CHECK(condition)                                                   \
  do {                                                                          \
    if (!(condition)) {                                                         \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__,     \
                   #condition);                                                 \
      std::abort();                                                             \
    }                                                                           \
  } while (false)

namespace stancegraph {

inline const Lexicon& FuzzLexicon() {
  static const Lexicon lexicon = std::get<Lexicon>(Lexicon::Load());
  return lexicon;
}

}  // namespace stancegraph
