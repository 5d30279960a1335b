// N-Quads export: the RDF that the JSON-LD export writes (rdf_builder.h), as
// one triple per line in the default graph, for bulk loaders.
//
// IRIs are written in full; nodes without an @id get blank node labels
// numbered in the order the builder generates them (_:b0, _:b1, ...), which
// depends only on the graph's content. Lines are sorted byte-wise and
// repeated ones dropped, so the file is the same however the graph was
// built; the sort holds a bounded part of the lines in memory and spills
// the rest beside the output (sorted_lines.h). Strings are made valid UTF-8
// (bad bytes become U+FFFD, as in the JSON-LD) and escaped as RDF 1.1
// N-Triples allows (see AppendLiteralText for the one deliberate choice).
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <stdexcept>
#include <string_view>
#include <system_error>
#include <variant>

#include "core/utf8.h"
#include "export/atomic_file.h"
#include "export/exporters.h"
#include "export/rdf_builder.h"
#include "export/sorted_lines.h"
#include "export/stream_writer.h"

namespace stancegraph::exporters {
namespace {

using rdf::Node;
using rdf::Property;
using rdf::Value;

constexpr const char* kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

// `text` itself when it is valid UTF-8 (nearly always), else a mended copy
// kept in `*mended`.
std::string_view ValidUtf8(std::string_view text, std::string* mended) {
  if (IsValidUtf8(text)) return text;
  *mended = ToValidUtf8(text);
  return *mended;
}

void AppendUnicodeEscape(std::string& out, unsigned code_point) {
  char escape[8];
  std::snprintf(escape, sizeof escape, "\\u%04X", code_point);
  out += escape;
}

// Characters IRIREF does not allow, by byte: controls, space, <>"{}|^`\.
constexpr std::array<bool, 256> kForbiddenInIriRef = [] {
  std::array<bool, 256> forbidden{};
  for (size_t c = 0; c <= 0x20; ++c) forbidden[c] = true;
  for (char c : std::string_view("<>\"{}|^`\\")) forbidden[static_cast<unsigned char>(c)] = true;
  return forbidden;
}();

// <iri>, with the characters IRIREF does not allow percent-encoded. The
// builder makes no such IRI; this keeps a line parseable should one ever
// slip through.
void AppendIriRef(std::string& out, std::string_view iri) {
  std::string mended;
  out += '<';
  for (unsigned char c : ValidUtf8(iri, &mended)) {
    if (kForbiddenInIriRef[c]) {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      out += hex;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '>';
}

// A string literal's text between its quotes: \" \n \r \t, every other
// control character (C0, DEL, C1) as \uXXXX, the rest as UTF-8. The
// backslash is written \u005C rather than \\: both are RDF 1.1 N-Triples,
// but rdflib 6.1's N-Quads parser unescapes "\\n" as a backslash and a
// newline, and \u005C survives every parser.
void AppendLiteralText(std::string& out, std::string_view text) {
  std::string mended;
  const std::string_view valid = ValidUtf8(text, &mended);
  for (size_t i = 0; i < valid.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(valid[i]);
    switch (c) {
      case '"': out += "\\\""; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\\': AppendUnicodeEscape(out, c); continue;
      default: break;
    }
    if (c < 0x20 || c == 0x7F) {
      AppendUnicodeEscape(out, c);
    } else if (c == 0xC2 && i + 1 < valid.size() &&
               static_cast<unsigned char>(valid[i + 1]) <= 0x9F) {
      // U+0080..U+009F, encoded C2 80..C2 9F.
      AppendUnicodeEscape(out, static_cast<unsigned char>(valid[i + 1]));
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
}

// The canonical xsd:double form: one digit before the point, "E" and the
// exponent ("5.0E-1"), with the fewest digits that read back as `value`.
void AppendDoubleLexical(std::string& out, double value) {
  char buffer[64];
  const auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  if (error != std::errc()) throw std::logic_error("nquads: cannot format a double");
  const std::string_view text(buffer, static_cast<size_t>(end - buffer));  // "5e-01"
  const size_t e = text.find('e');
  const std::string_view mantissa = text.substr(0, e);
  out += mantissa;
  if (mantissa.find('.') == std::string_view::npos) out += ".0";
  std::string_view exponent = text.substr(e + 1);
  const bool negative = exponent.front() == '-';
  exponent.remove_prefix(1);  // the sign to_chars always writes
  exponent.remove_prefix(std::min(exponent.find_first_not_of('0'), exponent.size() - 1));
  out += 'E';
  if (negative) out += '-';
  out += exponent;
}

void AppendCount(std::string& out, uint64_t count) {
  char buffer[24];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, count);
  out.append(buffer, end);
}

// Turns each top-level node into its lines, which go to `lines`. The
// strings every line of a term needs are made once per term, and the line
// is built in one reused buffer.
class LineWriter {
 public:
  LineWriter(std::string_view base_iri, SortedLines& lines) : base_iri_(base_iri), lines_(lines) {
    AppendIriRef(rdf_type_, kRdfType);
    for (size_t i = 0; i < std::size(rdf::kTerms); ++i) {
      const rdf::Term& term = rdf::kTerms[i];
      AppendIri(term_iris_[i].predicate, term.id);
      // A literal's datatype is its term's coercion; strings without one are
      // xsd:string, which N-Triples writes without a datatype.
      if (term.type != nullptr && std::string_view(term.type) != "@id") {
        term_iris_[i].datatype = "^^";
        AppendIri(term_iris_[i].datatype, term.type);
      }
    }
  }

  void WriteNode(const Node& node) { WriteNode(node, SubjectOf(node)); }

 private:
  // What every line of one term holds.
  struct TermIris {
    std::string predicate;  // <iri>
    std::string datatype;   // ^^<iri> of its literals; empty for strings and IRIs
  };

  // `subject` is an IRIREF or a blank node label.
  void WriteNode(const Node& node, const std::string& subject) {
    for (const std::string& type : node.types) {
      object_.clear();
      AppendIri(object_, type);
      Line(subject, rdf_type_, object_);
    }
    for (const Property& property : node.properties) {
      const TermIris& term = term_iris_[static_cast<size_t>(property.term - rdf::kTerms)];
      for (const Value& value : property.values) {
        if (const auto* nested = std::get_if<std::shared_ptr<const Node>>(&value)) {
          // A blank node is numbered before the nodes nested in it: the
          // labels follow the order of the JSON-LD.
          const std::string nested_subject = SubjectOf(**nested);
          WriteNode(**nested, nested_subject);
          Line(subject, term.predicate, nested_subject);
        } else {
          object_.clear();
          AppendObject(object_, term, value);
          Line(subject, term.predicate, object_);
        }
      }
    }
  }

  void AppendIri(std::string& out, std::string_view compact) {
    expanded_.clear();
    rdf::AppendExpandedIri(expanded_, compact, base_iri_);
    AppendIriRef(out, expanded_);
  }

  // Its IRIREF, or a new blank node label.
  std::string SubjectOf(const Node& node) {
    if (node.id.empty()) return "_:b" + std::to_string(blank_nodes_++);
    std::string subject;
    AppendIri(subject, node.id);
    return subject;
  }

  void AppendObject(std::string& out, const TermIris& term, const Value& value) {
    if (const auto* iri = std::get_if<rdf::Iri>(&value)) {
      AppendIri(out, iri->text);
      return;
    }
    out += '"';
    if (const auto* text = std::get_if<std::string>(&value)) {
      AppendLiteralText(out, *text);
    } else if (const auto* count = std::get_if<uint64_t>(&value)) {
      AppendCount(out, *count);
    } else {
      AppendDoubleLexical(out, std::get<double>(value));
    }
    out += '"';
    out += term.datatype;
  }

  void Line(std::string_view subject, std::string_view predicate, std::string_view object) {
    line_.clear();
    line_.append(subject).append(" ").append(predicate).append(" ").append(object).append(" .\n");
    lines_.Add(line_);
  }

  std::string_view base_iri_;
  SortedLines& lines_;
  std::string rdf_type_;
  std::array<TermIris, std::size(rdf::kTerms)> term_iris_;
  size_t blank_nodes_ = 0;
  // Reused buffers: a line, an object, an IRI being expanded.
  std::string line_;
  std::string object_;
  std::string expanded_;
};

// Writes the N-Quads into `out`, spilling sorted runs into
// `spill_directory`; or returns a Problem with `where` empty.
std::optional<Problem> StreamNQuads(std::ostream& out, const StanceGraph& graph,
                                    const JsonLdOptions& options,
                                    const std::string& spill_directory) {
  if (std::optional<Problem> problem = rdf::OptionsProblem(options)) return problem;
  SortedLines lines(spill_directory);
  LineWriter writer(options.base_iri, lines);
  rdf::GenerateNodes(graph, options, [&writer](const Node& node) { writer.WriteNode(node); });
  return lines.WriteTo(out);
}

// Where a file's sorted runs go: its own directory, which must have room
// for the file anyway.
std::string DirectoryOf(const std::string& path) {
  const std::filesystem::path directory = std::filesystem::path(path).parent_path();
  return directory.empty() ? "." : directory.string();
}

}  // namespace

std::string NQuadsText(const StanceGraph& graph, const JsonLdOptions& options) {
  std::error_code error;
  const std::filesystem::path temporary = std::filesystem::temp_directory_path(error);
  const std::string spill_directory = error ? "/tmp" : temporary.string();
  return StreamedText(
      [&](std::ostream& out) { return StreamNQuads(out, graph, options, spill_directory); });
}

std::optional<Problem> WriteNQuads(const StanceGraph& graph, const std::string& path,
                                   const JsonLdOptions& options) {
  return WriteFileAtomically(path, [&](std::ostream& out) {
    return StreamNQuads(out, graph, options, DirectoryOf(path));
  });
}

}  // namespace stancegraph::exporters
