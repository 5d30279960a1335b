// Printing an evaluation report (report.h).
#include "extract/evaluation/report.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/utf8.h"

namespace stancegraph::evaluation {
namespace {

// On one line: line breaks and tabs become spaces.
std::string OneLine(std::string_view text) {
  std::string out(text);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return out;
}

std::string Fixed3(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", value);
  return text;
}

// `text` padded with spaces to `width` code points, on the left or the right.
std::string Pad(const std::string& text, size_t width, bool left_align) {
  const size_t length = CodePointCount(text);
  const std::string fill(length < width ? width - length : 0, ' ');
  return left_align ? text + fill : fill + text;
}

void PrintTagTable(const std::vector<TagFigures>& tags, std::ostream& out) {
  size_t tag_width = 3;
  for (const TagFigures& tag : tags) tag_width = std::max(tag_width, CodePointCount(tag.tag));
  const char* const kHeaders[] = {"gold", "found", "predicted", "correct", "P", "R", "F1"};
  const size_t kWidths[] = {7, 7, 11, 9, 7, 7, 7};
  out << "  " << Pad("tag", tag_width, true);
  for (size_t i = 0; i < 7; ++i) out << Pad(kHeaders[i], kWidths[i], false);
  out << "\n";
  for (const TagFigures& tag : tags) {
    const Figures& f = tag.figures;
    const std::string cells[] = {std::to_string(f.gold),
                                 std::to_string(f.found),
                                 std::to_string(f.predicted),
                                 std::to_string(f.correct),
                                 Fixed3(f.Precision()),
                                 Fixed3(f.Recall()),
                                 Fixed3(f.F1())};
    out << "  " << Pad(OneLine(tag.tag), tag_width, true);
    for (size_t i = 0; i < 7; ++i) out << " " << Pad(cells[i], kWidths[i] - 1, false);
    out << "\n";
  }
}

}  // namespace

void PrintReport(const EvaluationReport& report, std::string_view name, bool show,
                 std::ostream& out) {
  if (show) {
    for (const MissedTriple& miss : report.missed) {
      out << "missed  " << OneLine(miss.doc) << ": (" << OneLine(miss.actor) << ", "
          << StanceName(miss.stance) << ", " << OneLine(miss.topic) << ")  evidence: \""
          << OneLine(miss.evidence) << "\"\n";
    }
    for (const StanceTriple& wrong : report.wrong) {
      out << "wrong   " << OneLine(wrong.doc) << ": (" << OneLine(wrong.actor) << ", "
          << StanceName(wrong.stance) << ", " << OneLine(wrong.topic) << ")  cue: \""
          << OneLine(wrong.cue) << "\"  sentence: \"" << OneLine(wrong.sentence) << "\"\n";
    }
  }
  const Figures& f = report.overall;
  out << "gold " << OneLine(name) << ": documents=" << report.documents
      << " predicted=" << f.predicted << " correct=" << f.correct << " found=" << f.found << "/"
      << f.gold << " precision=" << Fixed3(f.Precision()) << " recall=" << Fixed3(f.Recall())
      << " F1=" << Fixed3(f.F1()) << "\n";
  if (!report.tags.empty()) PrintTagTable(report.tags, out);
}

}  // namespace stancegraph::evaluation
