// GraphMlColumn: one GraphML attribute (a <key> and its <data> values), as
// the boost::dynamic_property_map that boost::write_graphml reads.
//
// Boost's own adaptor (dynamic_properties::property) turns values into text
// with an std::ostringstream, which gets three things wrong for our readers
// (Boost 1.74, checked in boost/graph/graphml.hpp and
// boost/property_map/dynamic_property_map.hpp):
//   - doubles keep only 6 significant digits (a mean confidence of
//     0.7333333333333334 would be written 0.733333);
//   - the global C++ locale applies, so a program that sets one could write
//     "0,8" or "1.234" and Gephi would reject the number;
//   - booleans come out as "1"/"0", which Gephi and yEd (Java's
//     Boolean.parseBoolean) read as false.
// And the writer only escapes & < > " ' (property_tree's
// encode_char_entities): control characters and invalid UTF-8 would reach
// the file and make it malformed XML.
// So each column formats its own values: strings through XmlText, integers
// and doubles with std::to_chars (shortest text that reads back as the same
// number, no locale), booleans as "true"/"false". Private to export/.
#pragma once

#include <boost/make_shared.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/throw_exception.hpp>
#include <concepts>
#include <string>
#include <string_view>
#include <typeinfo>

namespace stancegraph::exporters {

// `text` as XML 1.0 character data: valid UTF-8 (ToValidUtf8), every
// character XML 1.0 cannot carry (control characters other than tab, line
// feed and carriage return; U+FFFE, U+FFFF) replaced by U+FFFD, and CR LF
// or a lone CR turned into LF, which is what any XML parser would read them
// as anyway. The markup characters are left for the writer to escape.
std::string XmlText(std::string_view text);

// A value as the text of a <data> element. Locale-independent.
std::string GraphMlValueText(const std::string& value);  // XmlText
std::string GraphMlValueText(int value);
// Shortest round-trip decimal ("0.8", "0.7333333333333334", "1e+06");
// non-finite values as "NaN", "Infinity", "-Infinity", which both Java's
// Double.parseDouble and Python's float() accept.
std::string GraphMlValueText(double value);
std::string GraphMlValueText(bool value);  // "true" / "false"

// The C++ types write_graphml declares as GraphML's string, int, double and
// boolean (it names the attr.type after typeid of the column's value).
template <typename Value>
concept GraphMlValue = std::same_as<Value, std::string> || std::same_as<Value, int> ||
                       std::same_as<Value, double> || std::same_as<Value, bool>;

// The column of one member of the bundled records of `Graph`: vertex records
// when `Descriptor` is its vertex_descriptor, edge records when it is its
// edge_descriptor. Read-only; `graph` must outlive the column.
template <typename Graph, typename Descriptor, typename Record, GraphMlValue Value>
class GraphMlColumn final : public boost::dynamic_property_map {
 public:
  GraphMlColumn(const Graph& graph, Value Record::*member) : graph_(graph), member_(member) {}

  boost::any get(const boost::any& key) override { return Read(key); }
  std::string get_string(const boost::any& key) override { return GraphMlValueText(Read(key)); }
  void put(const boost::any&, const boost::any&) override {
    BOOST_THROW_EXCEPTION(boost::dynamic_const_put_error());
  }
  const std::type_info& key() const override { return typeid(Descriptor); }
  const std::type_info& value() const override { return typeid(Value); }

 private:
  const Value& Read(const boost::any& key) const {
    return graph_[boost::any_cast<Descriptor>(key)].*member_;
  }

  const Graph& graph_;
  Value Record::*member_;
};

// Adds the column `name` for `member` of the records keyed by `Descriptor`.
template <typename Descriptor, typename Graph, typename Record, GraphMlValue Value>
void AddGraphMlColumn(boost::dynamic_properties& properties, const std::string& name,
                      const Graph& graph, Value Record::*member) {
  properties.insert(name, boost::make_shared<GraphMlColumn<Graph, Descriptor, Record, Value>>(
                              graph, member));
}

}  // namespace stancegraph::exporters
