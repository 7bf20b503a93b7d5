// The limits on input: each broken limit is found before the parser runs, at its place.
#include "io/input_limits.hpp"

#include <gtest/gtest.h>

#include <string>

#include "io/toml_util.hpp"
#include "model/limits.hpp"

namespace {

const std::filesystem::path file = "f";

std::string repeat(std::string_view piece, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += piece;
  return out;
}

// "line:col message" of a diagnostic, or "none".
std::string where(const std::optional<hwk::Diagnostic>& d) {
  if (!d) return "none";
  return std::to_string(d->loc.line) + ":" + std::to_string(d->loc.col) + " " + d->message;
}

const int max = hwk::limits::max_nesting_depth;

TEST(TextProblem, InvalidUtf8IsFoundAtItsLineAndColumn) {
  EXPECT_EQ(where(hwk::text_problem("a = 1\nbé = \xff\n", file)), "2:6 the text is not valid UTF-8");
  EXPECT_EQ(where(hwk::text_problem("ok = \"é\"\n", file)), "none");
}

TEST(TextProblem, NulBytesAreNotText) {
  EXPECT_EQ(where(hwk::text_problem(std::string_view("a: 1\nb: x\0y\n", 12), file)), "2:5 the text holds a NUL byte");
}

TEST(TextProblem, ConflictMarkersComeFirst) {
  EXPECT_EQ(where(hwk::text_problem("<<<<<<< ours\n\xff\n=======\nb\n>>>>>>> theirs\n", file)).substr(0, 27), "1:1 unresolved merge confli");
}

TEST(YamlLimits, NestingDeeperThanTheLimitIsRefusedWhereItGoesTooDeep) {
  const std::string ok = repeat("[", max) + repeat("]", max);
  EXPECT_EQ(where(hwk::yaml_limit_problem(ok, file)), "none");
  const std::string flow = repeat("[", max + 1) + repeat("]", max + 1);
  EXPECT_EQ(where(hwk::yaml_limit_problem(flow, file)), "1:" + std::to_string(max + 1) + " nested 65 levels deep; hwk reads at most 64");
  // Far past yaml-cpp's own recursion guard: stopped by ours first, without recursing.
  EXPECT_NE(where(hwk::yaml_limit_problem(repeat("- ", 100000) + "x\n", file)), "none");
}

TEST(YamlLimits, AliasesAreRefusedSoNothingIsExpanded) {
  const std::string laughs = "a: &a [lol, lol]\nb: &b [*a, *a]\nc: [*b, *b]\n";
  EXPECT_EQ(where(hwk::yaml_limit_problem(laughs, file)), "2:8 YAML aliases (*name) are not allowed in hwk's files");
  EXPECT_EQ(where(hwk::yaml_limit_problem("a: &anchor 1\n", file)), "none");
}

TEST(YamlLimits, LongScalarsAreRefused) {
  const std::string at_limit = "a: " + std::string(hwk::limits::max_text_bytes, 'x') + "\n";
  EXPECT_EQ(where(hwk::yaml_limit_problem(at_limit, file)), "none");
  const std::string over = "a: b\nc: " + std::string(hwk::limits::max_text_bytes + 1, 'x') + "\n";
  EXPECT_EQ(where(hwk::yaml_limit_problem(over, file)), "2:4 a text value of 65537 bytes; hwk reads at most 64 KiB in one value");
}

TEST(YamlLimits, AKeyTwiceInOneMapIsFoundAtItsSecondPlace) {
  EXPECT_EQ(where(hwk::yaml_limit_problem("id: a\ntitle: T\nfields:\n  - {id: x, type: text}\nid: b\n", file)),
            "5:1 key 'id' appears twice in the same map");
  EXPECT_EQ(where(hwk::yaml_limit_problem("- {id: x, type: text, id: y}\n", file)), "1:23 key 'id' appears twice in the same map");
  // The same key in different maps, and a value equal to a key, are fine.
  EXPECT_EQ(where(hwk::yaml_limit_problem("a: {b: 1}\nc: {b: a}\nd: [a, a]\n", file)), "none");
}

TEST(TomlDepth, DottedKeysAndHeadersCountEachPart) {
  EXPECT_EQ(where(hwk::toml_depth_problem(repeat("a.", max - 1) + "a = 1\n", file)), "none");
  EXPECT_EQ(where(hwk::toml_depth_problem(repeat("a.", max) + "a = 1\n", file)),
            "1:" + std::to_string(2 * max) + " nested 65 levels deep; hwk reads at most 64");
  EXPECT_NE(where(hwk::toml_depth_problem("[" + repeat("a.", max) + "a]\n", file)), "none");
  // Keys under a header are as deep as the header and the key together.
  const std::string half = repeat("a.", max / 2);
  EXPECT_NE(where(hwk::toml_depth_problem("[" + half + "a]\n" + half + "b = 1\n", file)), "none");
  EXPECT_EQ(where(hwk::toml_depth_problem("[" + half + "a]\nb = 1\n[c]\n" + half + "b = 1\n", file)), "none");
}

TEST(TomlDepth, ArraysAndInlineTablesCountAndStringsDoNot) {
  EXPECT_NE(where(hwk::toml_depth_problem("x = " + repeat("[", max + 1) + "\n", file)), "none");
  EXPECT_NE(where(hwk::toml_depth_problem("x = " + repeat("{a=", max + 1) + "\n", file)), "none");
  EXPECT_EQ(where(hwk::toml_depth_problem("x = [[1, 2], {a.b = 'c.d'}]\ny = \"" + repeat("[.", 200) + "\"\n", file)), "none");
  EXPECT_EQ(where(hwk::toml_depth_problem("x = '''\n" + repeat("a.", 200) + "\n'''\n# " + repeat("{", 200) + "\n", file)), "none");
  EXPECT_EQ(where(hwk::toml_depth_problem("f = [" + repeat("1.5, ", 200) + "]\n", file)), "none");
}

TEST(TomlLength, LongStringsAnywhereAreFound) {
  const auto table = toml::parse("a = 1\n[[r]]\nnote = \"\"\"\n" + std::string(hwk::limits::max_text_bytes + 1, 'x') + "\"\"\"\n");
  EXPECT_EQ(where(hwk::toml_length_problem(table, file)), "3:8 a text value of 65537 bytes; hwk reads at most 64 KiB in one value");
}

TEST(ParseToml, RefusesWhatTheChecksFind) {
  EXPECT_THROW(hwk::parse_toml(repeat("a.", 100000) + "a = 1\n", file), hwk::Error);
  EXPECT_THROW(hwk::parse_toml("a = \"\xc3\"\n", file), hwk::Error);
  EXPECT_THROW(hwk::parse_toml("a = '" + std::string(hwk::limits::max_text_bytes + 1, 'x') + "'\n", file), hwk::Error);
}

}  // namespace
