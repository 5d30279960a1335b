#include "extract/morphology.h"

#include <algorithm>
#include <iterator>

#include "extract/text.h"

namespace stancegraph {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Ends consonant-vowel-consonant ("ban", "commit"): the final consonant may
// double before -ed/-ing. English doubles only under stress, which spelling
// does not show, so callers generate both variants.
bool EndsConsonantVowelConsonant(std::string_view w) {
  if (w.size() < 3) return false;
  char a = w[w.size() - 3], b = w[w.size() - 2], c = w.back();
  return !IsVowel(a) && IsVowel(b) && !IsVowel(c) && c != 'w' && c != 'x' && c != 'y';
}

// Runs of vowels: a rough count of syllables ("scrap" 1, "offer" 2).
size_t VowelGroups(std::string_view w) {
  size_t groups = 0;
  bool in_vowel = false;
  for (char c : w) {
    bool vowel = IsVowel(c);
    groups += vowel && !in_vowel;
    in_vowel = vowel;
  }
  return groups;
}

}  // namespace

VerbForms InflectVerb(std::string_view base) {
  std::string w(base);
  VerbForms forms;
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
      EndsWith(w, "sh") || EndsWith(w, "o")) {
    forms.third_person.push_back(w + "es");
  } else if (w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    forms.third_person.push_back(w.substr(0, w.size() - 1) + "ies");
  } else {
    forms.third_person.push_back(w + "s");
  }
  if (w.back() == 'e') {
    forms.past.push_back(w + "d");
  } else if (w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    forms.past.push_back(w.substr(0, w.size() - 1) + "ied");
  } else {
    forms.past.push_back(w + "ed");
  }
  forms.gerund.push_back(Gerund(w));
  if (EndsConsonantVowelConsonant(w)) {
    forms.past.push_back(w + w.back() + "ed");
    forms.gerund.push_back(w + w.back() + "ing");
  }
  return forms;
}

std::string Gerund(std::string_view base) {
  std::string w(base);
  if (EndsWith(w, "ie")) return w.substr(0, w.size() - 2) + "ying";
  if (w.size() > 2 && w.back() == 'e' && !EndsWith(w, "ee") && !EndsWith(w, "ye") &&
      !EndsWith(w, "oe")) {
    return w.substr(0, w.size() - 1) + "ing";
  }
  // One-syllable CVC verbs double ("stop" -> "stopping", "scrap" ->
  // "scrapping"), as do the common two-syllable ones stressed at the end;
  // others do not ("offer" -> "offering", "visit" -> "visiting").
  static const char* stressed_final[] = {"begin", "commit", "admit", "submit", "permit", "omit",
                                         "regret", "prefer", "refer", "transfer", "defer", "deter",
                                         "occur", "control", "patrol", "equip", "forget", "compel",
                                         "expel", "propel", "rebel", "acquit", "upset", "outbid"};
  bool stressed = std::any_of(std::begin(stressed_final), std::end(stressed_final),
                              [&](const char* v) { return w == v; });
  if (EndsConsonantVowelConsonant(w) && (VowelGroups(w) == 1 || stressed)) return w + w.back() + "ing";
  return w + "ing";
}

std::string PluralNoun(std::string_view singular) {
  std::string w(singular);
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "ch") || EndsWith(w, "sh")) return w + "es";
  if (w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    return w.substr(0, w.size() - 1) + "ies";
  }
  return w + "s";
}

std::string SingularNoun(std::string_view word) {
  std::string w(word);
  if (w.size() <= 3 || w.back() != 's') return w;
  if (EndsWith(w, "ss") || EndsWith(w, "us") || EndsWith(w, "is")) return w;
  if (EndsWith(w, "ies")) return w.substr(0, w.size() - 3) + "y";
  if (EndsWith(w, "sses") || EndsWith(w, "ches") || EndsWith(w, "shes") || EndsWith(w, "xes") ||
      EndsWith(w, "zes")) {
    return w.substr(0, w.size() - 2);
  }
  return w.substr(0, w.size() - 1);
}

}  // namespace stancegraph
