#include "extract/segmenter.h"

#include <array>

#include "extract/text.h"

namespace stancegraph {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Byte length of a bullet marker at the start of `line` ("• ", "- ", "* ",
// "· ", "▪ ", "– "), 0 if none.
size_t BulletLength(std::string_view line) {
  for (std::string_view marker : {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x80\x93",
                                  "-", "*", "\xE2\x97\x8F"}) {
    if (StartsWith(line, marker) && line.size() > marker.size() && line[marker.size()] == ' ') {
      return marker.size() + 1;
    }
  }
  return 0;
}

// Closing quotes and brackets that may follow a sentence's final mark.
size_t ClosingLength(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '"' || s[i] == '\'' || s[i] == ')' || s[i] == ']') return 1;
  if (StartsWith(s.substr(i), "\xE2\x80\x9D") || StartsWith(s.substr(i), "\xE2\x80\x99")) return 3;
  return 0;
}

// Length of a closing quote or bracket at the end of `s` (curly quotes
// count as the straight ones they fold to), 0 if none.
size_t TrailingCloserLength(std::string_view s) {
  if (s.empty()) return 0;
  const char last = s.back();
  if (last == '"' || last == '\'' || last == ')' || last == ']') return 1;
  // U+2018/U+2019 and U+201C/U+201D: E2 80 98/99/9C/9D.
  const unsigned char third = static_cast<unsigned char>(last);
  if (s.size() >= 3 && StartsWith(s.substr(s.size() - 3), "\xE2\x80") &&
      (third == 0x98 || third == 0x99 || third == 0x9C || third == 0x9D)) {
    return 3;
  }
  return 0;
}

// Whether a line ends with . ! ? : ; or an ellipsis, after any closing
// quotes and brackets. Looks at the end only: no folded copy of the line.
bool EndsSentence(std::string_view line) {
  std::string_view rest = Trim(line);
  while (size_t closer = TrailingCloserLength(rest)) rest.remove_suffix(closer);
  if (rest.empty()) return false;
  char last = rest.back();
  return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' ||
         EndsWith(rest, "\xE2\x80\xA6");
}

// Words that usually open a sentence: after an abbreviation that may end
// one ("... by the U.S. The move ..."), they mean it did.
bool IsSentenceOpener(std::string_view word, const Lexicon& lexicon) {
  std::string lower = LowerCase(word);
  return lexicon.Is(lower, kDeterminer | kSubjectPronoun | kConjunction | kSubordinator |
                               kPossessivePronoun) ||
         lower == "in" || lower == "on" || lower == "at" || lower == "for" || lower == "after";
}

// "J.D.", "U.N.": single letters each followed by a full stop.
bool IsInitials(std::string_view word) {
  if (word.size() < 4 || word.size() % 2) return false;
  for (size_t i = 0; i < word.size(); i += 2) {
    bool letter = (word[i] >= 'A' && word[i] <= 'Z') || (word[i] >= 'a' && word[i] <= 'z');
    if (!letter || word[i + 1] != '.') return false;
  }
  return true;
}

// Bytes that may end a sentence: . ! ? and the lead byte of "…".
constexpr std::array<bool, 256> kMayEndSentence = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : {'.', '!', '?', '\xE2'}) table[c] = true;
  return table;
}();

class LineSplitter {
 public:
  LineSplitter(std::string_view text, const Lexicon& lexicon) : text_(text), lexicon_(lexicon) {}

  // Splits text_[begin, end) (one logical line or paragraph) into sentences.
  void Split(size_t begin, size_t end, bool bullet, std::vector<SentenceSpan>* out) const {
    size_t start = begin;
    const char* bytes = text_.data();
    for (size_t i = begin; i < end; ++i) {
      // Most bytes end no sentence: one table test skips them.
      if (!kMayEndSentence[static_cast<unsigned char>(bytes[i])]) continue;
      char c = bytes[i];
      size_t mark = 0;
      if (c == '.' || c == '!' || c == '?') mark = 1;
      else if (c == '\xE2' && StartsWith(text_.substr(i, end - i), "\xE2\x80\xA6")) mark = 3;  // …
      if (mark == 0) continue;
      size_t after = i + mark;
      while (after < end && text_[after] == '.') ++after;  // "..."
      // The full stops after the first of a run end the same sentence or
      // none: the loop goes on past them, so that a run of a million dots
      // is read once, not a million times.
      const size_t run_last = after - 1;
      while (size_t closing = ClosingLength(text_.substr(0, end), after)) after += closing;
      EndSentenceIfHere(i, mark, after, end, bullet && start == begin, &start, out);
      i = run_last;
    }
    Add(start, end, !EndsSentence(text_.substr(start, end - start)), bullet && start == begin, out);
  }

 private:
  // When the mark at `i` (`mark` bytes, then closers up to `after`) ends
  // the sentence from `*start`, adds it and moves `*start` to the next one.
  void EndSentenceIfHere(size_t i, size_t mark, size_t after, size_t end, bool bullet,
                         size_t* start, std::vector<SentenceSpan>* out) const {
    if (after >= end || !IsSpace(text_[after])) return;
    size_t next = after;
    while (next < end && IsSpace(text_[next])) ++next;
    if (next >= end || !StartsNewSentence(next, end)) return;
    if (text_[i] == '.' && mark == 1 && after == i + 1 && !FullStopEnds(i, next, end)) return;
    Add(*start, after, false, bullet, out);
    *start = next;
  }

  bool StartsNewSentence(size_t i, size_t end) const {
    char c = text_[i];
    if (IsUpperAscii(c) || IsDigit(c) || c == '"' || c == '\'' || c == '(') return true;
    std::string_view rest = text_.substr(i, end - i);
    if (StartsWith(rest, "\xE2\x80\x9C") || StartsWith(rest, "\xE2\x80\x98")) return true;
    // Upper-case letters outside ASCII (É, Ö, Č...).
    return static_cast<unsigned char>(c) >= 0xC3 && !IsLowerAscii(c);
  }

  // Decides whether the full stop at `dot` ends a sentence, given the next
  // sentence would start at `next`.
  bool FullStopEnds(size_t dot, size_t next, size_t end) const {
    size_t word_begin = dot;
    while (word_begin > 0 && !IsSpace(text_[word_begin - 1]) && text_[word_begin - 1] != '(' &&
           text_[word_begin - 1] != '"') {
      --word_begin;
    }
    std::string_view word = text_.substr(word_begin, dot + 1 - word_begin);
    if (word.size() == 2 && IsUpperAscii(word[0])) return false;  // an initial: "J. Smith"
    bool may_end = false;
    if (IsInitials(word)) {
      may_end = true;  // "J.D. Vance", but "... in the U.N. The vote"
    } else if (!lexicon_.IsAbbreviation(LowerCase(word), &may_end)) {
      return true;
    }
    if (!may_end) return false;
    size_t next_end = next;
    while (next_end < end && !IsSpace(text_[next_end]) && text_[next_end] != ',') ++next_end;
    return IsSentenceOpener(text_.substr(next, next_end - next), lexicon_);
  }

  void Add(size_t begin, size_t end, bool headline, bool bullet,
           std::vector<SentenceSpan>* out) const {
    while (begin < end && IsSpace(text_[begin])) ++begin;
    while (end > begin && IsSpace(text_[end - 1])) --end;
    if (begin < end) out->push_back({begin, end, headline, bullet});
  }

  std::string_view text_;
  const Lexicon& lexicon_;
};

}  // namespace

size_t LineEnd(std::string_view text, size_t pos) {
  size_t eol = text.find('\n', pos);
  if (eol == std::string_view::npos) eol = text.size();
  // A CR right before the LF (or the end) stays in the line, as a space.
  const size_t cr = text.substr(pos, eol - pos).find('\r');
  if (cr != std::string_view::npos && pos + cr + 1 < eol) eol = pos + cr;
  return eol;
}

std::vector<SentenceSpan> SegmentSentences(std::string_view text, const Lexicon& lexicon) {
  std::vector<SentenceSpan> sentences;
  LineSplitter splitter(text, lexicon);
  // Gather lines into paragraphs: a line continues the previous one only
  // when that one did not end a sentence and this one starts in lower case
  // (text wrapped at a fixed width).
  size_t paragraph_begin = std::string_view::npos, paragraph_end = 0;
  size_t last_line_begin = 0;  // where the paragraph's last line starts
  bool paragraph_bullet = false;
  auto flush = [&] {
    if (paragraph_begin != std::string_view::npos) {
      splitter.Split(paragraph_begin, paragraph_end, paragraph_bullet, &sentences);
    }
    paragraph_begin = std::string_view::npos;
  };
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = LineEnd(text, pos);
    size_t line_begin = pos;
    pos = eol + 1;
    while (line_begin < eol && (text[line_begin] == ' ' || text[line_begin] == '\t')) ++line_begin;
    std::string_view line = text.substr(line_begin, eol - line_begin);
    if (Trim(line).empty()) { flush(); continue; }
    size_t bullet = BulletLength(line);
    bool continues = paragraph_begin != std::string_view::npos && bullet == 0 &&
                     IsLowerAscii(line[0]) &&
                     !EndsSentence(text.substr(last_line_begin, paragraph_end - last_line_begin));
    last_line_begin = line_begin + bullet;
    if (continues) {
      paragraph_end = eol;
      continue;
    }
    flush();
    paragraph_begin = line_begin + bullet;
    paragraph_end = eol;
    paragraph_bullet = bullet > 0;
  }
  flush();
  return sentences;
}

}  // namespace stancegraph
