#include "extract/document_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "core/input_files.h"
#include "core/json_line_guard.h"
#include "core/utf8.h"
#include "extract/document_ids.h"
#include "extract/segmenter.h"
#include "extract/text.h"
#include "extract/text_cleanup.h"

namespace stancegraph {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// ---------------------------------------------------------------------------
// Small text helpers

bool IsSpace(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool IsBlank(std::string_view text) { return std::all_of(text.begin(), text.end(), IsSpace); }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

void StripBom(std::string* text) {
  if (std::string_view(*text).substr(0, kBom.size()) == kBom) text->erase(0, kBom.size());
}

// "No such file or directory" -> "no such file or directory".
std::string ErrorText(const std::error_code& error) { return SentenceToProblemText(error.message()); }

std::string ErrnoText(int error, const char* fallback) {
  return error != 0 ? ErrorText(std::error_code(error, std::generic_category())) : fallback;
}

// Makes `bytes` valid UTF-8 without copying it when it already is.
std::string MakeValidUtf8(std::string bytes, size_t* replaced) {
  *replaced = 0;
  if (IsValidUtf8(bytes)) return bytes;
  return ToValidUtf8(bytes, replaced);
}

std::string CutMessage(size_t total, size_t kept) {
  return "document is " + std::to_string(total) + " bytes; only the first " +
         std::to_string(kept) + " were read (--max-document-bytes)";
}

std::string ReplacedMessage(size_t replaced) {
  return "invalid UTF-8 replaced by U+FFFD (" + std::to_string(replaced) +
         (replaced == 1 ? " sequence)" : " sequences)");
}

std::string BinaryMessage(size_t nul_offset) {
  return "binary file (NUL byte at offset " + std::to_string(nul_offset) + "), skipped";
}

// Appends the rest of `in` to `out`, but no more than `limit` bytes in
// all; the rest is read and counted in `*total` (out's size included).
// Returns 0, or the errno of a failed read (or EIO when the stream failed
// without one).
int ReadAll(std::istream& in, std::string* out, size_t limit, size_t* total) {
  std::array<char, size_t{64} * 1024> buffer;
  errno = 0;
  *total = out->size();
  while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
    const size_t read = static_cast<size_t>(in.gcount());
    *total += read;
    if (out->size() < limit) out->append(buffer.data(), std::min(read, limit - out->size()));
  }
  if (!in.bad()) return 0;
  return errno != 0 ? errno : EIO;
}

// How many leading bytes of a JSON line RapidJSON skips as a byte order
// mark when it parses from memory: each of EF, BB, BF in turn, if there.
// Parsing in place skips none, so the reader skips them itself (a BOM
// before a later line was always accepted) and adds them to error offsets.
size_t SkippedBomBytes(std::string_view line) {
  size_t skipped = 0;
  for (unsigned char mark : {0xEF, 0xBB, 0xBF}) {
    if (skipped < line.size() && static_cast<unsigned char>(line[skipped]) == mark) ++skipped;
  }
  return skipped;
}

// ---------------------------------------------------------------------------
// Dates

struct Date {
  int year;
  int month;
  int day;
};

bool IsValidDate(const Date& d) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > kDays[d.month - 1]) return false;
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  return d.month != 2 || d.day <= 28 || leap;
}

std::string IsoDate(const Date& d) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year, d.month, d.day);
  return text;
}

// Digits at text[from, from+count) as a number, or -1.
int Digits(std::string_view text, size_t from, size_t count) {
  if (from + count > text.size()) return -1;
  int value = 0;
  for (size_t i = from; i < from + count; ++i) {
    if (!IsDigit(text[i])) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// "2024-07-09", possibly followed by anything ("T10:00:00Z").
std::optional<Date> IsoPrefix(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const Date date{Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2)};
  if (date.year < 0 || !IsValidDate(date)) return std::nullopt;
  return date;
}

// Month from an English name or an abbreviation of at least three letters
// ("jul", "sept"); `word` is lower case.
std::optional<int> MonthNumber(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3) return std::nullopt;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i].substr(0, word.size()) == word) return static_cast<int>(i) + 1;
  }
  return std::nullopt;
}

// "10", "3rd".
std::optional<int> DayNumber(std::string_view word) {
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix) {
      word.remove_suffix(suffix.size());
      break;
    }
  }
  if (word.empty() || word.size() > 2) return std::nullopt;
  const int day = Digits(word, 0, word.size());
  return day >= 1 && day <= 31 ? std::optional<int>(day) : std::nullopt;
}

std::optional<int> YearNumber(std::string_view word) {
  const int year = word.size() == 4 ? Digits(word, 0, 4) : -1;
  return year >= 1000 ? std::optional<int>(year) : std::nullopt;
}

// A word of a candidate date line: lower case, with surrounding punctuation
// and trailing full stops removed ("Updated:" -> "updated", "Jul." -> "jul").
struct Word {
  std::string text;
  bool ends_sentence = false;  // a '.', '!' or '?' was removed from its end
};

bool RemovePrefix(std::string_view* token, std::string_view prefix) {
  if (token->substr(0, prefix.size()) != prefix) return false;
  token->remove_prefix(prefix.size());
  return true;
}

bool RemoveSuffix(std::string_view* token, std::string_view suffix) {
  if (token->size() < suffix.size() || token->substr(token->size() - suffix.size()) != suffix) {
    return false;
  }
  token->remove_suffix(suffix.size());
  return true;
}

std::string_view TrimPunctuation(std::string_view token, bool* ends_sentence) {
  constexpr std::string_view kAscii = ",;:|()[]\"'*-/";
  // — – · •
  static constexpr std::string_view kMultibyte[] = {"\xE2\x80\x94", "\xE2\x80\x93", "\xC2\xB7",
                                                    "\xE2\x80\xA2"};
  bool trimmed = true;
  while (trimmed && !token.empty()) {
    trimmed = false;
    for (size_t i = 0; i < kAscii.size(); ++i) {
      trimmed |= RemovePrefix(&token, kAscii.substr(i, 1));
      trimmed |= RemoveSuffix(&token, kAscii.substr(i, 1));
    }
    for (std::string_view p : kMultibyte) {
      trimmed |= RemovePrefix(&token, p);
      trimmed |= RemoveSuffix(&token, p);
    }
    for (std::string_view stop : {".", "!", "?"}) {
      if (RemoveSuffix(&token, stop)) *ends_sentence = trimmed = true;
    }
  }
  return token;
}

std::vector<Word> SplitWords(std::string_view line) {
  std::vector<Word> words;
  size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && IsSpace(line[pos])) ++pos;
    size_t end = pos;
    while (end < line.size() && !IsSpace(line[end])) ++end;
    if (end > pos) {
      Word word;
      word.text = LowerCase(TrimPunctuation(line.substr(pos, end - pos), &word.ends_sentence));
      words.push_back(std::move(word));
    }
    pos = end;
  }
  return words;
}

// "14:02", "5:00", "10:00:00", "5pm", "5:00pm", "5:00 p.m" (the suffix may
// also stand alone as its own word, see IsFillerWord).
bool IsTime(std::string_view word) {
  size_t i = 0;
  while (i < word.size() && i < 2 && IsDigit(word[i])) ++i;
  if (i == 0) return false;
  bool has_minutes = false;
  while (i + 3 <= word.size() && word[i] == ':' && Digits(word, i + 1, 2) >= 0) {
    i += 3;
    has_minutes = true;
  }
  const std::string_view suffix = word.substr(i);
  const bool meridiem = suffix == "am" || suffix == "pm" || suffix == "a.m" || suffix == "p.m";
  return (has_minutes && (suffix.empty() || meridiem)) || meridiem;
}

// "+0000", "+02:00", "utc+2".
bool IsZoneOffset(std::string_view word) {
  if (word.substr(0, 3) == "utc" || word.substr(0, 3) == "gmt") word.remove_prefix(3);
  if (word.size() < 2 || word.size() > 6 || (word[0] != '+' && word[0] != '-')) return false;
  return std::all_of(word.begin() + 1, word.end(), [](char c) { return IsDigit(c) || c == ':'; });
}

// Words that commonly surround a date in a dateline and say nothing else.
bool IsFillerWord(std::string_view word) {
  static constexpr std::string_view kFiller[] = {
      "published", "updated", "posted",    "first",    "last",   "modified", "date",   "dated",
      "on",        "at",      "by",        "am",       "pm",     "a.m",      "p.m",    "gmt",
      "utc",       "z",       "et",        "est",      "edt",    "ct",       "cst",    "cdt",
      "mt",        "mst",     "mdt",       "pt",       "pst",    "pdt",      "bst",    "cet",
      "cest",      "eet",     "eest",      "ist",      "jst",    "aest",     "aedt",   "msk",
      "monday",    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
      "tue",       "tues",    "wed",       "thu",      "thur",   "thurs",    "fri",    "sat",
      "sun"};
  return std::find(std::begin(kFiller), std::end(kFiller), word) != std::end(kFiller) ||
         IsTime(word) || IsZoneOffset(word);
}

struct DateMatch {
  Date date;
  size_t words;  // how many words the date spans
};

// A date starting at words[i]: "2024-07-09[T...]", "July 10, 2023" or
// "10 July 2023". Numeric day/month orders (07/10/2023) are ambiguous
// between countries and deliberately not recognised.
std::optional<DateMatch> MatchDate(const std::vector<Word>& words, size_t i) {
  const std::string& first = words[i].text;
  if (std::optional<Date> iso = IsoPrefix(first); iso && (first.size() == 10 || first[10] == 't')) {
    return DateMatch{*iso, 1};
  }
  if (i + 2 >= words.size()) return std::nullopt;
  const std::string& second = words[i + 1].text;
  const std::optional<int> year = YearNumber(words[i + 2].text);
  if (!year) return std::nullopt;
  std::optional<int> month = MonthNumber(first);
  std::optional<int> day = DayNumber(second);
  if (!month || !day) {
    month = MonthNumber(second);
    day = DayNumber(first);
  }
  if (!month || !day) return std::nullopt;
  const Date date{*year, *month, *day};
  if (!IsValidDate(date)) return std::nullopt;
  return DateMatch{date, 3};
}

// The ISO date of a line that is (mostly) a date: a date, filler words
// (weekday, time, zone, "Published", "Updated"), and at most a few other
// words, fewer than the recognised ones ("By Jane Doe | July 10, 2023",
// "Vilnius, July 10, 2023"). A sentence that merely mentions a date ("The
// summit opened on July 10, 2023 in Vilnius.") is not a date line.
std::optional<std::string> ParseDateLine(std::string_view line) {
  constexpr size_t kMaxBytes = 120;
  constexpr int kMaxOtherWords = 3;
  line = Trim(line);
  if (line.size() > kMaxBytes) return std::nullopt;
  const std::vector<Word> words = SplitWords(line);
  std::optional<Date> found;
  int recognised = 0;
  int other = 0;
  bool ends_like_sentence = false;
  for (size_t i = 0; i < words.size();) {
    if (words[i].text.empty()) {  // a dash or bar on its own
      ++i;
      continue;
    }
    if (std::optional<DateMatch> match = MatchDate(words, i)) {
      if (!found) found = match->date;  // later dates ("Updated ...") are filler
      recognised += static_cast<int>(match->words);
      ends_like_sentence = false;
      i += match->words;
      continue;
    }
    const bool filler = IsFillerWord(words[i].text);
    if (filler) {
      ++recognised;
    } else {
      ++other;
    }
    ends_like_sentence = !filler && words[i].ends_sentence;
    ++i;
  }
  if (!found || other > kMaxOtherWords || other >= recognised || ends_like_sentence) {
    return std::nullopt;
  }
  return IsoDate(*found);
}

// The JSON Lines `date` field: ISO dates (and timestamps) keep their date
// part; anything else goes through the date line parser.
std::optional<std::string> NormalizeDate(std::string_view value) {
  if (std::optional<Date> iso = IsoPrefix(value)) return IsoDate(*iso);
  return ParseDateLine(value);
}

// ---------------------------------------------------------------------------
// JSON Lines records

// ---------------------------------------------------------------------------
// The reader

class Reader {
 public:
  Reader(const std::function<void(Document&&)>& on_document,
         const std::function<void(const Problem&)>& on_problem, const ReadOptions& options)
      : on_document_(on_document),
        on_problem_(on_problem),
        standard_input_(options.standard_input),
        options_(options) {}

  bool Stopped() const { return options_.stop && options_.stop(); }

  void Read(const std::string& input, std::istream& standard_input) {
    if (input == "-") {
      ReadStandardInput(standard_input);
    } else {
      ReadPath(input);
    }
  }

  const ReadCounts& counts() const { return counts_; }

 private:
  void Report(std::string where, std::string message) {
    ++counts_.problems;
    on_problem_(Problem{std::move(where), std::move(message)});
  }

  // `line`: of the JSON Lines stream `where` names, 0 for a text document.
  void Emit(Document&& document, const std::string& where, size_t line) {
    if (Stopped()) return;
    const std::optional<std::string> first =
        line == 0 ? ids_.SeenInTextFile(document.id)
                  : ids_.SeenInJsonLines(document.id, where.substr(0, where.rfind(':')), line);
    if (first) {
      return Report(where, "duplicate document id " + QuoteForProblem(document.id) +
                               ", first seen at " + *first + " (skipped)");
    }
    ++counts_.documents;
    on_document_(std::move(document));
  }

  void ReadPath(const std::string& path) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error) return Report(path, ErrorText(error));
    if (fs::is_directory(status)) return ReadDirectory(path);
    ReadFile(path);
  }

  // Everything that is not a directory is read as a file, so pipes and
  // process substitutions (`<(zcat news.txt.gz)`) work as inputs.
  void ReadFile(const std::string& path) {
    if (fs::path(path).extension() == ".jsonl") {
      ReadJsonLinesFile(path);
    } else {
      ReadTextFile(path);
    }
  }

  void ReadDirectory(const std::string& directory) {
    const size_t problems = counts_.problems;
    const std::vector<std::string> files =
        ListInputFiles(directory, {".txt", ".jsonl"},
                       [&](const Problem& problem) { Report(problem.where, problem.message); });
    if (files.empty() && counts_.problems == problems) {
      return Report(directory, "no .txt or .jsonl files");
    }
    for (const std::string& file : files) {
      if (Stopped()) return;
      ReadFile(file);
    }
  }

  bool Open(const std::string& path, std::ifstream* in) {
    errno = 0;
    in->open(path, std::ios::binary);
    if (!in->is_open()) {
      Report(path, ErrnoText(errno, "cannot open file"));
      return false;
    }
    ++counts_.inputs;
    return true;
  }

  void ReadTextFile(const std::string& path) {
    std::ifstream in;
    if (!Open(path, &in)) return;
    std::string bytes;
    size_t total = 0;
    if (int error = ReadAll(in, &bytes, options_.max_document_bytes, &total)) {
      return Report(path, "read error: " + ErrnoText(error, ""));
    }
    UseText(path, std::move(bytes), total);
  }

  void ReadJsonLinesFile(const std::string& path) {
    std::ifstream in;
    if (!Open(path, &in)) return;
    ReadJsonLines(in, path, 1);
  }

  // JSON Lines if the first non-blank byte is `{`, else one text document.
  // Only the blank prefix is read ahead; it is given back to a text document
  // so that offsets still count from the first byte after the BOM.
  void ReadStandardInput(std::istream& in) {
    ++counts_.inputs;
    if (standard_input_ == StandardInput::kJsonLines) return ReadJsonLines(in, "-", 1);
    std::string prefix;
    if (in.peek() == static_cast<unsigned char>(kBom[0])) {
      std::array<char, 3> head{};
      in.read(head.data(), head.size());
      prefix.assign(head.data(), static_cast<size_t>(in.gcount()));
      if (prefix == kBom) prefix.clear();
    }
    if (prefix.empty() && standard_input_ == StandardInput::kGuess) {
      while (IsSpace(in.peek())) prefix += static_cast<char>(in.get());
      if (in.peek() == '{') {
        const size_t newlines = static_cast<size_t>(std::count(prefix.begin(), prefix.end(), '\n'));
        return ReadJsonLines(in, "-", 1 + newlines);
      }
    }
    std::string bytes = std::move(prefix);
    size_t total = 0;
    if (int error = ReadAll(in, &bytes, options_.max_document_bytes, &total)) {
      return Report("-", "read error: " + ErrnoText(error, ""));
    }
    UseText("-", std::move(bytes), total);
  }

  // `bytes`: the first of `total` bytes of a text.
  void UseText(const std::string& id, std::string bytes, size_t total) {
    if (std::optional<size_t> nul = BinaryNulOffset(bytes)) return Report(id, BinaryMessage(*nul));
    if (total > bytes.size()) {
      bytes.resize(DocumentCutPoint(bytes));
      Report(id, CutMessage(total, bytes.size()));
    }
    StripBom(&bytes);
    size_t replaced = 0;
    Document document;
    document.text = MakeValidUtf8(std::move(bytes), &replaced);
    if (replaced > 0) Report(id, ReplacedMessage(replaced));
    Clean(id, &document.text);
    if (IsBlank(document.text)) return Report(id, "empty document");
    document.id = id;
    document.date = FindDateLine(document.text);
    Emit(std::move(document), id, 0);
  }

  // The text of a document after decoding, as extract/text_cleanup.h says.
  // `other_nul_bytes`: those already replaced in the record's other fields,
  // so that a line is reported once.
  void Clean(const std::string& where, std::string* text, size_t other_nul_bytes = 0) {
    const TextCleanup cleanup = CleanText(text);
    const size_t nul_bytes = cleanup.nul_bytes + other_nul_bytes;
    if (nul_bytes > 0) Report(where, "NUL bytes replaced by U+FFFD (" + std::to_string(nul_bytes) + ")");
    if (cleanup.html) ++counts_.html_converted;
  }

  void ReadJsonLines(std::istream& in, const std::string& name, size_t line_number) {
    // The lines of the first kBinaryProbeBytes wait until they are known not
    // to be a binary file's, which is skipped whole.
    std::vector<std::string> head;
    size_t head_bytes = 0;
    std::string line;
    errno = 0;
    while (head_bytes < kBinaryProbeBytes && std::getline(in, line)) {
      if (std::optional<size_t> nul = BinaryNulOffset(line);
          nul && head_bytes + *nul < kBinaryProbeBytes) {
        return Report(name, BinaryMessage(head_bytes + *nul));
      }
      head_bytes += line.size() + 1;
      head.push_back(std::move(line));
    }
    bool first = true;
    const auto use = [&](std::string* next) {
      if (first) StripBom(next);
      first = false;
      ReadJsonLine(name + ":" + std::to_string(line_number), line_number, next);
      ++line_number;
    };
    for (std::string& held : head) {
      if (Stopped()) return;
      use(&held);
    }
    while (!Stopped() && std::getline(in, line)) use(&line);
    if (in.bad()) Report(name, "read error: " + ErrnoText(errno, "input/output error"));
  }

  // Takes `line` by pointer so that the caller's buffer keeps its capacity
  // from one line to the next.
  void ReadJsonLine(const std::string& where, size_t line_number, std::string* line) {
    if (IsBlank(*line)) return;
    // A NUL byte is never JSON, and parsing in place would take it for the
    // end of the line (and ignore whatever follows).
    if (const size_t nul = line->find('\0'); nul != std::string::npos) {
      return Report(where, "invalid JSON at offset " + std::to_string(nul) + ": NUL byte");
    }
    // Repair the bytes first, so that one bad byte in a text costs a U+FFFD
    // rather than the whole record.
    size_t replaced = 0;
    *line = MakeValidUtf8(std::move(*line), &replaced);
    if (replaced > 0) Report(where, ReplacedMessage(replaced));
    // Then what RapidJSON itself would get wrong (core/json_line_guard.h).
    const JsonLineScan scan = ScanJsonLine(*line);
    if (scan.depth > kMaxJsonDepth) {
      return Report(where, "JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                               " levels at offset " + std::to_string(scan.depth_offset));
    }
    if (scan.lone_surrogates > 0) {
      Report(where, LoneSurrogatesMessage(ReplaceLoneSurrogateEscapes(line)));
    }

    // Parsed in place: strings are unescaped inside the line rather than
    // copied out, and the few values of a record come from json_pool_, so a
    // line costs no heap allocation. RapidJSON's check of the encoding is
    // left out: the line is valid UTF-8 by now.
    json_pool_.Clear();
    rapidjson::Document json(&json_pool_);
    const size_t bom = SkippedBomBytes(*line);
    json.ParseInsitu(line->data() + bom);
    if (json.HasParseError()) {
      return Report(where, "invalid JSON at offset " + std::to_string(json.GetErrorOffset() + bom) +
                               ": " + SentenceToProblemText(rapidjson::GetParseError_En(json.GetParseError())));
    }
    if (!json.IsObject()) return Report(where, "not a JSON object");

    Document document;
    if (!RequiredString(json, "id", where, &document.id) ||
        !RequiredString(json, "text", where, &document.text)) {
      return;
    }
    std::string date;
    OptionalString(json, "date", where, &date);
    OptionalString(json, "source", where, &document.source);
    OptionalString(json, "title", where, &document.title);
    OptionalString(json, "speaker", where, &document.speaker);
    if (!date.empty()) {
      std::optional<std::string> iso = NormalizeDate(date);
      if (!iso) Report(where, "unrecognized date " + QuoteForProblem(date) + " (ignored)");
      document.date = iso.value_or("");
    }
    // `\u0000` escapes decode to NUL bytes: the same U+FFFD as in a text file.
    size_t nul_bytes = 0;
    for (std::string* field :
         {&document.id, &document.source, &document.title, &document.speaker}) {
      nul_bytes += ReplaceNulBytes(field);
    }
    Clean(where, &document.text, nul_bytes);
    if (IsBlank(document.text)) return Report(where, "empty document");
    if (document.text.size() > options_.max_document_bytes) {
      const size_t total = document.text.size();
      document.text.resize(
          DocumentCutPoint(std::string_view(document.text).substr(0, options_.max_document_bytes)));
      Report(where, CutMessage(total, document.text.size()));
    }
    Emit(std::move(document), where, line_number);
  }

  // A record without a usable `id` or `text` is skipped.
  bool RequiredString(const rapidjson::Value& object, const char* name, const std::string& where,
                      std::string* out) {
    const auto member = object.FindMember(name);
    if (member == object.MemberEnd()) {
      Report(where, std::string("missing string field `") + name + "`");
      return false;
    }
    if (!member->value.IsString()) {
      Report(where, std::string("field `") + name + "` is not a string");
      return false;
    }
    out->assign(member->value.GetString(), member->value.GetStringLength());
    if (out->empty()) {
      Report(where, std::string("field `") + name + "` is empty");
      return false;
    }
    return true;
  }

  // A wrong optional field costs only that field. null counts as absent:
  // many exporters write missing values that way.
  void OptionalString(const rapidjson::Value& object, const char* name, const std::string& where,
                      std::string* out) {
    const auto member = object.FindMember(name);
    if (member == object.MemberEnd() || member->value.IsNull()) return;
    if (!member->value.IsString()) {
      return Report(where, std::string("field `") + name + "` is not a string (ignored)");
    }
    out->assign(member->value.GetString(), member->value.GetStringLength());
  }

  const std::function<void(Document&&)>& on_document_;
  const std::function<void(const Problem&)>& on_problem_;
  const StandardInput standard_input_;
  const ReadOptions& options_;
  ReadCounts counts_;
  DocumentIds ids_;
  // Memory for the values of one JSON line (its strings stay in the line).
  alignas(8) std::array<char, 4096> json_pool_buffer_;
  rapidjson::MemoryPoolAllocator<> json_pool_{json_pool_buffer_.data(), json_pool_buffer_.size()};
};

}  // namespace

ReadCounts ReadDocuments(const std::vector<std::string>& inputs, std::istream& standard_input,
                         const std::function<void(Document&&)>& on_document,
                         const std::function<void(const Problem&)>& on_problem,
                         const ReadOptions& options) {
  Reader reader(on_document, on_problem, options);
  for (const std::string& input : inputs) {
    if (reader.Stopped()) break;
    reader.Read(input, standard_input);
  }
  return reader.counts();
}

ReadCounts ReadDocuments(const std::vector<std::string>& inputs, std::istream& standard_input,
                         const std::function<void(Document&&)>& on_document,
                         const std::function<void(const Problem&)>& on_problem,
                         StandardInput standard_input_format) {
  ReadOptions options;
  options.standard_input = standard_input_format;
  return ReadDocuments(inputs, standard_input, on_document, on_problem, options);
}

std::string FindDateLine(std::string_view text) {
  constexpr size_t kLinesScanned = 6;
  size_t scanned = 0;
  size_t pos = 0;
  while (pos < text.size() && scanned < kLinesScanned) {
    const size_t end = LineEnd(text, pos);
    const std::string_view line = Trim(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) continue;
    ++scanned;
    if (std::optional<std::string> date = ParseDateLine(line)) return *date;
  }
  return "";
}

}  // namespace stancegraph
