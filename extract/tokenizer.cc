#include "extract/tokenizer.h"

#include <array>

#include "extract/lexicon.h"
#include "extract/text.h"

namespace stancegraph {
namespace {

constexpr bool IsAsciiAlpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Length of the UTF-8 sequence starting with `lead` (input is valid UTF-8).
size_t SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  return 4;
}

// Multibyte punctuation we split on: curly quotes, dashes, ellipsis, bullets.
enum class Mark { kNone, kOpenQuote, kCloseQuote, kApostrophe, kDash, kOther };

Mark MultibyteMark(std::string_view s, size_t i) {
  if (i + 1 >= s.size()) return Mark::kNone;
  unsigned char a = s[i], b = s[i + 1];
  if (a == 0xC2 && (b == 0xAB || b == 0xBB)) return Mark::kOther;  // « » (2 bytes)
  if (i + 2 >= s.size()) return Mark::kNone;
  unsigned char c = s[i + 2];
  if (a == 0xE2 && b == 0x80) {
    if (c == 0x9C || c == 0x98) return c == 0x98 ? Mark::kApostrophe : Mark::kOpenQuote;
    if (c == 0x9D) return Mark::kCloseQuote;
    if (c == 0x99) return Mark::kApostrophe;
    if (c == 0x93 || c == 0x94) return Mark::kDash;             // – —
    if (c == 0xA6 || c == 0xA2) return Mark::kOther;            // … •
  }
  return Mark::kNone;
}

// ASCII letters and digits, as a table: IsWordByte runs for every byte of
// the text, and one load beats four range tests.
constexpr std::array<bool, 128> kAsciiWordBytes = [] {
  std::array<bool, 128> table{};
  for (int c = 0; c < 128; ++c) table[c] = IsAsciiAlpha(c) || IsDigit(c);
  return table;
}();

bool IsWordByte(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) return kAsciiWordBytes[c];
  bool no_break_space = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0;
  return MultibyteMark(s, i) == Mark::kNone && !no_break_space;
}

// Length in bytes of a currency sign at `i` ($, £, €, ¥), else 0.
size_t CurrencySignAt(std::string_view s, size_t i) {
  if (s[i] == '$') return 1;
  unsigned char lead = s[i];
  if (lead != 0xC2 && lead != 0xE2) return 0;  // every sign below starts so
  for (std::string_view sign : {"\u00a3", "\u20ac", "\u00a5"}) {
    if (s.substr(i, sign.size()) == sign) return sign.size();
  }
  return 0;
}

// A currency sign followed by a digit.
bool CurrencyAmountAt(std::string_view s, size_t i) {
  size_t sign = CurrencySignAt(s, i);
  return sign > 0 && i + sign < s.size() && IsDigit(static_cast<unsigned char>(s[i + sign]));
}

bool IsApostropheAt(std::string_view s, size_t i, size_t* length) {
  if (s[i] == '\'') { *length = 1; return true; }
  if (MultibyteMark(s, i) == Mark::kApostrophe) { *length = 3; return true; }
  return false;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, const Lexicon& lexicon, std::span<char> lower_text)
      : s_(text), lexicon_(lexicon), lower_text_(lower_text) {}

  std::vector<Token> Run() {
    tokens_.reserve(s_.size() / 4 + 4);  // news averages five to six bytes a token
    size_t i = 0;
    while (i < s_.size()) {
      unsigned char c = s_[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { ++i; continue; }
      if (c == 0xC2 && i + 1 < s_.size() && static_cast<unsigned char>(s_[i + 1]) == 0xA0) {
        i += 2;  // no-break space
        continue;
      }
      if (IsWordByte(s_, i) || CurrencyAmountAt(s_, i)) { i = Word(i); continue; }
      i = Punctuation(i);
    }
    return std::move(tokens_);
  }

 private:
  // A word runs over letters, digits, inner hyphens, inner apostrophes and
  // the full stops of abbreviations; "n't" and "'s" are split off after.
  size_t Word(size_t begin) {
    size_t i = begin;
    size_t currency = CurrencyAmountAt(s_, i) ? CurrencySignAt(s_, i) : 0;
    bool has_digit_start = IsDigit(static_cast<unsigned char>(s_[i])) || currency > 0;
    i += currency;  // "£2.5", "$40": one number token
    while (i < s_.size()) {
      if (IsWordByte(s_, i)) { i += SequenceLength(s_[i]); continue; }
      char c = s_[i];
      bool next_is_word = i + 1 < s_.size() && IsWordByte(s_, i + 1);
      if ((c == '-' || c == '&') && next_is_word) { ++i; continue; }
      // "EU–Mercosur": an en dash between letters joins like a hyphen.
      if (MultibyteMark(s_, i) == Mark::kDash && static_cast<unsigned char>(s_[i + 2]) == 0x93 &&
          i + 3 < s_.size() && IsWordByte(s_, i + 3) && !has_digit_start) {
        i += 3;
        continue;
      }
      // "OPEC+", "G7+": a plus right after a word, before a space or mark.
      if (c == '+' && !has_digit_start && i > begin &&
          (i + 1 >= s_.size() || !IsWordByte(s_, i + 1))) {
        ++i;
        break;
      }
      // "3%", "15%": the percent sign belongs to its number.
      if (c == '%' && has_digit_start) {
        ++i;
        break;
      }
      if (has_digit_start && (c == ',' || c == '.') && i + 1 < s_.size() &&
          IsDigit(static_cast<unsigned char>(s_[i + 1]))) {
        ++i;
        continue;
      }
      if (c == '.' && (IsAbbreviationDot(begin, i) ||
                       lexicon_.IsAbbreviation(LowerCase(s_.substr(begin, i + 1 - begin)), nullptr))) {
        ++i;
        continue;
      }
      size_t apostrophe = 0;
      if (IsApostropheAt(s_, i, &apostrophe) && i + apostrophe < s_.size() &&
          IsWordByte(s_, i + apostrophe)) {
        i += apostrophe;
        continue;
      }
      break;
    }
    Emit(begin, i, has_digit_start ? TokenKind::kNumber : TokenKind::kWord);
    SplitClitics();
    // A plural possessive: "farmers’ union" -> "farmers" + "’".
    size_t apostrophe = 0;
    if (i < s_.size() && IsApostropheAt(s_, i, &apostrophe) && i > begin &&
        (s_[i - 1] == 's' || s_[i - 1] == 'S') &&
        (i + apostrophe >= s_.size() || s_[i + apostrophe] == ' ')) {
      Emit(i, i + apostrophe, TokenKind::kPossessive);
      i += apostrophe;
    }
    return i;
  }

  // "U.S." / "e.g.": a full stop between single letters, or closing a run of
  // single letters separated by full stops.
  bool IsAbbreviationDot(size_t word_begin, size_t dot) const {
    bool letter_before = dot > word_begin && IsAsciiAlpha(s_[dot - 1]) &&
                         (dot - 1 == word_begin || s_[dot - 2] == '.');
    if (!letter_before) return false;
    if (dot + 1 < s_.size() && IsAsciiAlpha(s_[dot + 1])) {
      return dot + 2 >= s_.size() || s_[dot + 2] == '.';
    }
    return dot - 1 > word_begin;  // final dot of "U.S."; not of "I."
  }

  // "don't" -> "do" "n't"; "Kyiv's" -> "Kyiv" "'s".
  void SplitClitics() {
    Token& t = tokens_.back();
    std::string_view lower = t.lower;
    if (EndsWith(lower, "n't") && lower.size() > 3) {
      size_t cut = t.text.size() - (t.text.size() - FindApostrophe(t.text)) - 1;
      Split(cut, TokenKind::kWord);
    } else if (EndsWith(lower, "'s") && lower.size() > 2) {
      Split(FindApostrophe(t.text), TokenKind::kPossessive);
    } else if ((EndsWith(lower, "'re") || EndsWith(lower, "'ll") || EndsWith(lower, "'ve")) &&
               lower.size() > 3) {
      Split(FindApostrophe(t.text), TokenKind::kWord);
    }
  }

  static size_t FindApostrophe(std::string_view text) {
    for (size_t i = text.size(); i-- > 0;) {
      if (text[i] == '\'') return i;
      // ’ (U+2019) or ‘ (U+2018) typed for an apostrophe
      if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
          static_cast<unsigned char>(text[i + 1]) == 0x80 &&
          (static_cast<unsigned char>(text[i + 2]) == 0x99 ||
           static_cast<unsigned char>(text[i + 2]) == 0x98)) {
        return i;
      }
    }
    return text.size();
  }

  // Splits the last token at byte `cut` of its text.
  void Split(size_t cut, TokenKind second_kind) {
    Token whole = tokens_.back();
    tokens_.pop_back();
    Emit(whole.begin, whole.begin + cut, whole.kind);
    Emit(whole.begin + cut, whole.end, second_kind);
  }

  size_t Punctuation(size_t i) {
    size_t length = SequenceLength(s_[i]);
    Mark mark = MultibyteMark(s_, i);
    TokenKind kind = TokenKind::kPunctuation;
    if (mark == Mark::kOpenQuote) kind = TokenKind::kOpenQuote;
    else if (mark == Mark::kCloseQuote) kind = TokenKind::kCloseQuote;
    else if (s_[i] == '"') kind = StraightQuoteKind(i);
    else if (mark == Mark::kOther && static_cast<unsigned char>(s_[i]) == 0xC2) length = 2;
    // "..." is one token.
    if (s_[i] == '.') {
      while (i + length < s_.size() && s_[i + length] == '.') ++length;
    }
    Emit(i, i + length, kind);
    return i + length;
  }

  // A straight quote opens when it follows a space or opening bracket.
  TokenKind StraightQuoteKind(size_t i) const {
    bool after_space = i == 0 || s_[i - 1] == ' ' || s_[i - 1] == '(' || s_[i - 1] == '\n' ||
                       s_[i - 1] == '\t';
    return after_space ? TokenKind::kOpenQuote : TokenKind::kCloseQuote;
  }

  void Emit(size_t begin, size_t end, TokenKind kind) {
    const std::string_view text = s_.substr(begin, end - begin);
    unsigned char first = text.empty() ? 0 : text[0];
    // Latin capitals with diacritics (Č, Ö, É...) start with C3 80-9E or C4-C5 even bytes.
    bool latin_capital = first == 0xC3 && text.size() > 1 &&
                         static_cast<unsigned char>(text[1]) < 0x9F;
    const bool capitalized = kind == TokenKind::kWord && (IsUpper(first) || latin_capital);
    size_t letters = 0, upper = 0;
    for (unsigned char c : text) {
      if (IsAsciiAlpha(c)) { ++letters; upper += IsUpper(c); }
    }
    const bool all_caps = kind == TokenKind::kWord && letters >= 2 && upper == letters;
    // Built in place: a Token is large, and moving one in would copy its
    // lower-case string once more.
    Token& t = tokens_.emplace_back();
    t.text = text;
    char* lower = lower_text_.data() + begin;
    t.lower = std::string_view(lower, LowerCaseFoldQuotesTo(text, lower));
    t.begin = begin;
    t.end = end;
    t.kind = kind;
    t.capitalized = capitalized;
    t.all_caps = all_caps;
    if (kind == TokenKind::kWord || kind == TokenKind::kNumber) {
      WordInfo info = lexicon_.Lookup(t.lower);
      t.classes = info.classes;
      t.cues = info.cues;
    }
  }

  std::string_view s_;
  const Lexicon& lexicon_;
  std::span<char> lower_text_;
  std::vector<Token> tokens_;
};

}  // namespace

std::vector<Token> Tokenize(std::string_view text, const Lexicon& lexicon, std::span<char> lower_text) {
  return Tokenizer(text, lexicon, lower_text.first(text.size())).Run();
}

TokenizedText Tokenize(std::string_view text, const Lexicon& lexicon) {
  TokenizedText tokenized;
  tokenized.lower_text = std::make_unique_for_overwrite<char[]>(text.size());
  tokenized.tokens = Tokenize(text, lexicon, {tokenized.lower_text.get(), text.size()});
  return tokenized;
}

}  // namespace stancegraph
