#include "cli/triple_input.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>
#include <variant>
#include <vector>

#include "cli/commands.h"
#include "cli/graph_output.h"
#include "cli/identity.h"
#include "cli/progress.h"
#include "core/input_files.h"
#include "core/triple_jsonl.h"
#include "extract/lexicon.h"

namespace stancegraph::cli {
namespace {

namespace fs = std::filesystem;

void Report(const Problem& problem, std::ostream& err, TripleInputCounts* counts) {
  err << "stancegraph: " << problem.ToString() << "\n";
  ++counts->problems;
}

// --strict: reading ends at the first problem.
bool Stopped(const Options& options, const TripleInputCounts& counts) {
  return options.strict && counts.problems > 0;
}

std::string ErrorText(const std::error_code& error) {
  return SentenceToProblemText(error.message());
}

// Applies the date range and passes the triple on.
TripleSink Filtered(const Options& options, const TripleSink& on_triple,
                    TripleInputCounts* counts) {
  return [&options, &on_triple, counts](StanceTriple&& triple) {
    if (!options.query.dates.Contains(triple.date)) {
      ++counts->outside_dates;
      return;
    }
    ++counts->kept;
    on_triple(std::move(triple));
  };
}

void ReadTripleStream(const Options& options, std::istream& stream, const std::string& name,
                      const TripleSink& sink, std::ostream& err, TripleInputCounts* counts) {
  ++counts->triple_files;
  const TripleReadCounts read = ReadTripleLines(
      stream, name, sink, [&](const Problem& problem) { Report(problem, err, counts); },
      [&] { return Stopped(options, *counts); });
  counts->triple_lines += read.triples;
}

void ReadTripleFile(const Options& options, const std::string& path, const TripleSink& sink,
                    std::ostream& err, TripleInputCounts* counts) {
  errno = 0;
  std::ifstream file(path, std::ios::binary);
  if (!file.is_open()) {
    const int error = errno;
    std::error_code exists_error;
    const bool exists = fs::exists(path, exists_error);
    // Worded as the document reader words it ("permission denied").
    const std::string reason =
        !exists      ? "no such file or directory"
        : error != 0 ? ErrorText(std::error_code(error, std::generic_category()))
                     : "cannot open file";
    Report(Problem{path, reason}, err, counts);
    return;
  }
  ReadTripleStream(options, file, path, sink, err, counts);
}

// A directory's triple files (and text files, `with_txt`), listed as the
// document reader lists them (core/input_files.h).
std::vector<std::string> ListFiles(const std::string& path, bool with_txt, std::ostream& err,
                                   TripleInputCounts* counts) {
  const size_t problems = counts->problems;
  std::vector<std::string> extensions = {".jsonl"};
  if (with_txt) extensions.push_back(".txt");
  std::vector<std::string> files = ListInputFiles(
      path, extensions, [&](const Problem& problem) { Report(problem, err, counts); });
  if (files.empty() && counts->problems == problems) {
    Report(Problem{path, with_txt ? "no .txt or .jsonl files" : "no .jsonl triple files"}, err,
           counts);
  }
  return files;
}

// The first non-blank line of `text` (CR and a BOM dropped).
std::string FirstRecord(std::istream& in) {
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (first && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    first = false;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) return line;
  }
  return "";
}

// A triple record, or a damaged one that still looks like a triple rather
// than a document (so that its problem is reported as a triple's).
bool IsTripleRecord(const std::string& line) {
  StanceTriple triple;
  if (!TripleFromJsonLine(line, &triple)) return true;
  return line.find("\"actor\"") != std::string::npos &&
         line.find("\"sentence\"") != std::string::npos &&
         line.find("\"text\"") == std::string::npos;
}

bool EndsWithJsonl(const std::string& path) {
  return path.size() >= 6 && path.compare(path.size() - 6, 6, ".jsonl") == 0;
}

}  // namespace

TripleInputCounts ReadTripleInputs(const Options& options, std::istream& in, std::ostream& err,
                                   const TripleSink& on_triple) {
  TripleInputCounts counts;
  const TripleSink sink = Filtered(options, on_triple, &counts);
  for (const std::string& input : options.inputs) {
    if (Stopped(options, counts)) break;
    std::error_code error;
    if (input.empty()) {
      Report(Problem{"\"\"", "empty path"}, err, &counts);
    } else if (input == "-") {
      ReadTripleStream(options, in, "-", sink, err, &counts);
    } else if (fs::is_directory(input, error)) {
      for (const std::string& file : ListFiles(input, false, err, &counts)) {
        if (Stopped(options, counts)) break;
        ReadTripleFile(options, file, sink, err, &counts);
      }
    } else {
      ReadTripleFile(options, input, sink, err, &counts);
    }
  }
  return counts;
}

bool ReadAnyInputs(const Options& options, std::istream& in, std::ostream& err,
                   const TripleSink& on_triple, TripleInputCounts* counts) {
  const TripleSink sink = Filtered(options, on_triple, counts);
  // Triple files are read here; everything else is left to the document
  // reader. Directories are listed here as the reader would list them, so
  // that a directory of triple files can be queried too.
  std::vector<std::string> inputs;
  for (const std::string& input : options.inputs) {
    if (Stopped(options, *counts)) return true;
    std::error_code error;
    if (!input.empty() && input != "-" && fs::is_directory(input, error)) {
      const std::vector<std::string> files = ListFiles(input, true, err, counts);
      inputs.insert(inputs.end(), files.begin(), files.end());
    } else {
      inputs.push_back(input);
    }
  }
  std::vector<std::string> documents;
  std::istringstream standard_input;
  bool standard_input_is_documents = false;
  for (const std::string& input : inputs) {
    if (Stopped(options, *counts)) return true;
    if (input.empty()) {
      Report(Problem{"\"\"", "empty path"}, err, counts);
    } else if (input == "-") {
      // Standard input is read once: held, looked at, then handed on.
      std::string text(std::istreambuf_iterator<char>(in), {});
      std::istringstream probe(text);
      if (IsTripleRecord(FirstRecord(probe))) {
        std::istringstream stream(text);
        ReadTripleStream(options, stream, "-", sink, err, counts);
      } else {
        standard_input.str(std::move(text));
        standard_input_is_documents = true;
        documents.push_back(input);
      }
    } else if (EndsWithJsonl(input)) {
      std::ifstream probe(input, std::ios::binary);
      if (probe.is_open() && IsTripleRecord(FirstRecord(probe))) {
        ReadTripleFile(options, input, sink, err, counts);
      } else {
        documents.push_back(input);  // documents, or a problem the reader reports
      }
    } else {
      documents.push_back(input);
    }
  }
  if (documents.empty() || Stopped(options, *counts)) return true;

  std::variant<Lexicon, Problem> loaded = Lexicon::Load(options.lexicon_additions);
  if (auto* problem = std::get_if<Problem>(&loaded)) {
    err << "stancegraph: " << problem->ToString() << "\n";
    return false;
  }
  const Lexicon& lexicon = std::get<Lexicon>(loaded);
  const Extractor extractor(lexicon, ExtractorOptions(options));
  Progress progress(err);
  size_t bytes = 0;
  size_t seen = 0;
  size_t reported = 0;
  const ReadCounts read = ReadDocuments(
      documents, standard_input_is_documents ? static_cast<std::istream&>(standard_input) : in,
      [&](Document&& document) {
        bytes += document.text.size();
        for (StanceTriple& triple : extractor.Extract(document, &counts->extracted)) {
          sink(std::move(triple));
        }
        progress.Update(++seen, bytes, counts->extracted.triples);
      },
      [&](const Problem& problem) {
        err << "stancegraph: " << problem.ToString() << "\n";
        ++reported;
      },
      DocumentReadOptions(options, [&] { return options.strict && reported > 0; }));
  counts->documents.inputs += read.inputs;
  counts->documents.documents += read.documents;
  counts->documents.problems += read.problems;
  counts->documents.html_converted += read.html_converted;
  counts->problems += read.problems;
  return true;
}

void PrintInputCounts(const char* command, const TripleInputCounts& counts,
                      const Options& options, std::ostream& err) {
  std::vector<std::string> parts;
  if (counts.documents.documents > 0 || counts.triple_files == 0) {
    parts.push_back(DocumentCount(counts.documents));
    parts.push_back(Counted(counts.extracted.triples, "triple") + " extracted");
  }
  if (counts.triple_files > 0) {
    parts.push_back(Counted(counts.triple_files, "triple file"));
    parts.push_back(Counted(counts.triple_lines, "triple") + " read");
  }
  err << "stancegraph " << command << ": ";
  for (size_t i = 0; i < parts.size(); ++i) err << (i ? ", " : "") << parts[i];
  if (options.query.dates.active()) {
    err << " (" << counts.outside_dates << " undated or outside --since/--until, left out)";
  }
  err << "\n";
  if (counts.problems) err << Counted(counts.problems, "input problem") << " reported above\n";
}

int ReadQueryGraph(const Options& options, std::istream& in, std::ostream& err,
                   StanceGraph* graph, TripleInputCounts* counts) {
  const std::optional<Ontology> ontology = LoadOntologyOption(options, err);
  if (!ontology) return kUsage;
  *graph = NewGraph(*ontology);
  if (!ReadAnyInputs(options, in, err, [&](StanceTriple&& triple) { graph->Add(triple); },
                     counts)) {
    return kUsage;
  }
  // --strict: no report, and no --explain-merges file.
  if (Stopped(options, *counts)) return kInputSkipped;
  return ResolveIdentities(options, *ontology, graph, err);
}

int FinishQueryReport(const char* command, const TripleInputCounts& counts,
                      const Options& options, std::ostream& out, std::ostream& err) {
  out.flush();
  if (!out) {
    err << "stancegraph: standard output: write failed\n";
    return kOutputFailed;
  }
  if (!options.quiet) PrintInputCounts(command, counts, options, err);
  return counts.problems ? kInputSkipped : kOk;
}

}  // namespace stancegraph::cli
