#include "util/json.hpp"

#include <gtest/gtest.h>

TEST(Json, StringEscapesWhatATerminalWouldActOn) {
  EXPECT_EQ(hwk::json_string("a\"b\\c\nd\x1b[31m"), "\"a\\\"b\\\\c\\nd\\u001b[31m\"");
  EXPECT_EQ(hwk::json_string("\xc2\x9b"
                             "2J \xe2\x80\xae"
                             "x \xe2\x81\xa6"
                             "y \xd8\x9c"),
            "\"\\u009b2J \\u202ex \\u2066y \\u061c\"");
  EXPECT_EQ(hwk::json_string("Grüße – 😊"), "\"Grüße – 😊\"");  // other text stays as it is
}

TEST(Json, WriterPutsCommasOnlyBetweenValues) {
  hwk::JsonWriter w;
  w.begin_object().member("id", "c-0042").member("n", 3).member("ok", true).key("none").null();
  w.key("list").begin_array().value("a").begin_object().end_object().begin_array().end_array().value(-1).end_array();
  w.member("maybe", std::optional<int>{}).member("some", std::optional<std::string>{"x"}).end_object();
  EXPECT_EQ(w.str(), R"({"id":"c-0042","n":3,"ok":true,"none":null,"list":["a",{},[],-1],"maybe":null,"some":"x"})");
}

TEST(Json, KeysAreEscapedLikeValues) {
  hwk::JsonWriter w;
  w.begin_object().member("a\"b\n", "\x1b").end_object();
  EXPECT_EQ(w.str(), R"({"a\"b\n":"\u001b"})");
}

TEST(Json, TopLevelValuesMakeACommaSeparatedListThatRawAddsToAnArray) {
  hwk::JsonWriter part;
  part.begin_object().member("x", 1).end_object().begin_object().member("x", 2).end_object();
  EXPECT_EQ(part.str(), R"({"x":1},{"x":2})");
  hwk::JsonWriter w;
  w.begin_array().raw("").raw(part.str()).raw("").raw(R"({"x":3})").end_array();
  EXPECT_EQ(w.str(), R"([{"x":1},{"x":2},{"x":3}])");  // an empty part adds nothing, not a comma
}

TEST(Json, StringsWritesAnArrayOfStrings) {
  hwk::JsonWriter w;
  w.strings({}).strings({"a", "b"});
  EXPECT_EQ(w.str(), R"([],["a","b"])");
}
