// SVG export: rendered in-process by gvc.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/utf8.h"
#include "export/exporters.h"
#include "tests/export_test_support.h"

namespace stancegraph::exporters {
namespace {

using stancegraph::testing::GraphOf;
using stancegraph::testing::ReadFile;
using stancegraph::testing::SampleTriples;
using stancegraph::testing::TempDir;
using stancegraph::testing::Triple;

size_t Count(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

TEST(SvgExportTest, WritesAnSvgDocumentWithNodeNamesAndTitles) {
  TempDir dir;
  std::string path = dir.File("graph.svg");
  StanceGraph graph = GraphOf(SampleTriples());
  std::optional<Problem> problem = WriteSvg(graph, path);
  ASSERT_FALSE(problem) << problem->ToString();

  std::string svg = ReadFile(path);
  EXPECT_EQ(svg.rfind("<?xml", 0), 0u) << svg.substr(0, 80);
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("</svg>"), std::string::npos);
  for (const char* name : {"France", "Germany", "Hungary", "security guarantees", "sanctions",
                           "supports ×2", "Legend"}) {
    EXPECT_NE(svg.find(std::string(">") + name + "<"), std::string::npos) << name;
  }
  // Graphviz writes a <title> for the graph, each node and each edge.
  EXPECT_NE(svg.find("<title>stancegraph</title>"), std::string::npos);
  EXPECT_NE(svg.find("<title>actor/france</title>"), std::string::npos);
  EXPECT_GE(Count(svg, "<title>"), 1 + graph.ActorCount() + graph.TopicCount() +
                                       graph.EdgeCount());
  // Oppose edges are dashed; evidence shows up as a tooltip.
  EXPECT_NE(svg.find("stroke-dasharray"), std::string::npos);
  EXPECT_NE(svg.find("Hungary rejects security guarantees."), std::string::npos);
}

TEST(SvgExportTest, EscapesMarkupInNames) {
  TempDir dir;
  std::string path = dir.File("graph.svg");
  StanceGraph graph = GraphOf({Triple("A <b> & \"C\"", ActorType::kGroup, Stance::kSupport,
                                      "x", "d", "A <b> & \"C\" back x.")});
  ASSERT_FALSE(WriteSvg(graph, path));
  std::string svg = ReadFile(path);
  EXPECT_NE(svg.find("A &lt;b&gt; &amp; &quot;C&quot;"), std::string::npos);
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
}

// Graphviz decodes character references in labels: "&#1;" in a name once
// reached the SVG as a raw U+0001 and "&#xD800;" as a surrogate, and no XML
// reader took the file (found by hostile_cli_test.cc). Names show as written.
TEST(SvgExportTest, ReferencesAndControlCharactersInNamesStayText) {
  TempDir dir;
  std::string path = dir.File("graph.svg");
  StanceGraph graph = GraphOf(
      {Triple("Q &#1; &amp; &#xD800; AT&T", ActorType::kGroup, Stance::kSupport, "x", "d", "s."),
       Triple("ctl \x01 bell\x07 esc\x1B", ActorType::kGroup, Stance::kOppose, "x", "d", "s.")});
  ASSERT_FALSE(WriteSvg(graph, path));
  std::string svg = ReadFile(path);
  EXPECT_NE(svg.find("title=\"Q &amp;#1; &amp;amp; &amp;#xD800; AT&amp;T — "), std::string::npos) << svg;
  EXPECT_NE(svg.find(">ctl \xEF\xBF\xBD bell\xEF\xBF\xBD esc\xEF\xBF\xBD<"), std::string::npos);
  for (unsigned char c : svg) {
    EXPECT_TRUE(c >= 0x20 || c == '\n' || c == '\t' || c == '\r') << static_cast<int>(c);
  }
  EXPECT_TRUE(IsValidUtf8(svg));
}

TEST(SvgExportTest, EmptyGraphRendersTheLegend) {
  TempDir dir;
  std::string path = dir.File("empty.svg");
  ASSERT_FALSE(WriteSvg(StanceGraph{}, path));
  std::string svg = ReadFile(path);
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find(">Legend<"), std::string::npos);
}

TEST(SvgExportTest, RepeatedWritesGiveTheSameFile) {
  TempDir dir;
  std::vector<StanceTriple> triples = SampleTriples();
  ASSERT_FALSE(WriteSvg(GraphOf(triples), dir.File("a.svg")));
  std::reverse(triples.begin(), triples.end());
  ASSERT_FALSE(WriteSvg(GraphOf(triples), dir.File("b.svg")));
  EXPECT_EQ(ReadFile(dir.File("a.svg")), ReadFile(dir.File("b.svg")));
}

TEST(SvgExportTest, WriteSvgToAMissingDirectoryNamesThePathAndWritesNothing) {
  TempDir dir;
  std::string path = dir.File("missing/graph.svg");
  std::optional<Problem> problem = WriteSvg(GraphOf(SampleTriples()), path);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->where, path);
  EXPECT_NE(problem->ToString().find(path), std::string::npos);
  EXPECT_TRUE(dir.Entries().empty());
}

}  // namespace
}  // namespace stancegraph::exporters
