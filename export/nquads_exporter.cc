// N-Quads export: the RDF document (rdf_document.h) that the JSON-LD export
// writes, as one triple per line in the default graph, for bulk loaders.
//
// IRIs are written in full; nodes without an @id get blank node labels
// numbered in document order (_:b0, _:b1, ...), which depends only on the
// graph's content. Lines are sorted byte-wise and repeated ones dropped, so
// the file is the same however the graph was built. Strings are made valid
// UTF-8 (bad bytes become U+FFFD, as in the JSON-LD) and escaped as RDF 1.1
// N-Triples allows (see EscapeLiteral for the one deliberate choice).
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <stdexcept>
#include <string_view>
#include <system_error>
#include <variant>
#include <vector>

#include "core/utf8.h"
#include "export/atomic_file.h"
#include "export/exporters.h"
#include "export/rdf_document.h"

namespace stancegraph::exporters {
namespace {

using rdf::Document;
using rdf::Node;
using rdf::Property;
using rdf::Value;

constexpr const char* kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

std::string Utf8(std::string_view text) {
  return IsValidUtf8(text) ? std::string(text) : ToValidUtf8(text);
}

void AppendUnicodeEscape(std::string& out, unsigned code_point) {
  char escape[8];
  std::snprintf(escape, sizeof escape, "\\u%04X", code_point);
  out += escape;
}

// <iri>, with the characters IRIREF does not allow (controls, space,
// <>"{}|^`\) percent-encoded. The builder makes no such IRI; this keeps a
// line parseable should one ever slip through.
std::string IriRef(std::string_view iri) {
  std::string out = "<";
  for (unsigned char c : Utf8(iri)) {
    if (c <= 0x20 ||
        std::string_view("<>\"{}|^`\\").find(static_cast<char>(c)) != std::string_view::npos) {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      out += hex;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + ">";
}

// A string literal's text between its quotes: \" \n \r \t, every other
// control character (C0, DEL, C1) as \uXXXX, the rest as UTF-8. The
// backslash is written \u005C rather than \\: both are RDF 1.1 N-Triples,
// but rdflib 6.1's N-Quads parser unescapes "\\n" as a backslash and a
// newline, and \u005C survives every parser.
std::string EscapeLiteral(std::string_view text) {
  const std::string valid = Utf8(text);
  std::string out;
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
  return out;
}

// The canonical xsd:double form: one digit before the point, "E" and the
// exponent ("5.0E-1"), with the fewest digits that read back as `value`.
std::string DoubleLexical(double value) {
  char buffer[64];
  const auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  if (error != std::errc()) throw std::logic_error("nquads: cannot format a double");
  const std::string_view text(buffer, static_cast<size_t>(end - buffer));  // "5e-01"
  const size_t e = text.find('e');
  std::string mantissa(text.substr(0, e));
  if (mantissa.find('.') == std::string::npos) mantissa += ".0";
  std::string_view exponent = text.substr(e + 1);
  const bool negative = exponent.front() == '-';
  exponent.remove_prefix(1);  // the sign to_chars always writes
  exponent.remove_prefix(std::min(exponent.find_first_not_of('0'), exponent.size() - 1));
  return mantissa + "E" + (negative ? "-" : "") + std::string(exponent);
}

// Collects the lines of a document's nodes.
class LineWriter {
 public:
  explicit LineWriter(std::string base_iri) : base_iri_(std::move(base_iri)) {}

  // `subject` is an IriRef or a blank node label.
  void WriteNode(const Node& node, const std::string& subject) {
    for (const std::string& type : node.types) Line(subject, IriRef(kRdfType), Iri(type));
    for (const Property& property : node.properties) {
      const std::string predicate = Iri(property.term->id);
      for (const Value& value : property.values) {
        Line(subject, predicate, Object(*property.term, value));
      }
    }
  }

  std::string Subject(const Node& node) { return node.id.empty() ? NewBlank() : Iri(node.id); }

  // Sorted, repeated lines dropped.
  std::string Text() {
    std::sort(lines_.begin(), lines_.end());
    lines_.erase(std::unique(lines_.begin(), lines_.end()), lines_.end());
    std::string text;
    for (const std::string& line : lines_) text += line;
    return text;
  }

 private:
  std::string Iri(std::string_view compact) const {
    return IriRef(rdf::ExpandIri(compact, base_iri_));
  }

  std::string NewBlank() { return "_:b" + std::to_string(blank_nodes_++); }

  // A literal's datatype is its term's coercion; strings without one are
  // xsd:string, which N-Triples writes without a datatype.
  std::string Literal(const rdf::Term& term, std::string_view lexical) const {
    std::string literal = "\"" + EscapeLiteral(lexical) + "\"";
    if (term.type != nullptr) literal += "^^" + Iri(term.type);
    return literal;
  }

  std::string Object(const rdf::Term& term, const Value& value) {
    if (const auto* iri = std::get_if<rdf::Iri>(&value)) return Iri(iri->text);
    if (const auto* text = std::get_if<std::string>(&value)) return Literal(term, *text);
    if (const auto* count = std::get_if<uint64_t>(&value)) {
      return Literal(term, std::to_string(*count));
    }
    if (const auto* number = std::get_if<double>(&value)) {
      return Literal(term, DoubleLexical(*number));
    }
    const Node& nested = *std::get<std::shared_ptr<const Node>>(value);
    const std::string subject = Subject(nested);
    WriteNode(nested, subject);
    return subject;
  }

  void Line(const std::string& subject, const std::string& predicate, const std::string& object) {
    lines_.push_back(subject + " " + predicate + " " + object + " .\n");
  }

  std::string base_iri_;
  std::vector<std::string> lines_;
  size_t blank_nodes_ = 0;
};

// The N-Quads text, or a Problem with `where` empty.
std::variant<std::string, Problem> RenderNQuads(const StanceGraph& graph,
                                                const JsonLdOptions& options) {
  std::variant<Document, Problem> built = rdf::BuildDocument(graph, options);
  if (auto* problem = std::get_if<Problem>(&built)) return *problem;
  const Document& document = std::get<Document>(built);
  LineWriter writer(document.base_iri);
  for (const Node& node : document.nodes) writer.WriteNode(node, writer.Subject(node));
  return writer.Text();
}

}  // namespace

std::string NQuadsText(const StanceGraph& graph, const JsonLdOptions& options) {
  std::variant<std::string, Problem> text = RenderNQuads(graph, options);
  if (auto* problem = std::get_if<Problem>(&text)) throw std::invalid_argument(problem->message);
  return std::get<std::string>(std::move(text));
}

std::optional<Problem> WriteNQuads(const StanceGraph& graph, const std::string& path,
                                   const JsonLdOptions& options) {
  std::variant<std::string, Problem> text = RenderNQuads(graph, options);
  if (auto* problem = std::get_if<Problem>(&text)) return Problem{path, problem->message};
  return WriteFileAtomically(path, std::get<std::string>(text));
}

}  // namespace stancegraph::exporters
