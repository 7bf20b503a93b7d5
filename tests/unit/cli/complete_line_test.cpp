// What `hwk _complete line` answers, read from a small hwk-like command tree: options as declared
// (used ones left out), values from validators and type names (WHEN's named forms among them), and
// the next argument of a signature whose CLIENT may be left out.
#include <gtest/gtest.h>

#include "cli/completion.hpp"

namespace {

using hwk::Completion;

// Two clients, c-1 (with assignment a-1, whose fields are f and g) and c-2; c-1 is implied when
// `implied` is set.
class FakeSource : public hwk::CompletionSource {
 public:
  bool implied = false;
  bool is_client(const std::string& w) override { return w == "c-1" || w == "c-2"; }
  bool has_implied_client() override { return implied; }
  std::vector<std::string> ids(const std::string& kind, const std::map<std::string, std::string>& named) override {
    const std::string client = named.count("CLIENT") ? named.at("CLIENT") : implied ? "c-1" : "";
    if (kind == "client") return {"c-1", "c-2"};
    if (kind == "template") return {"t-1"};
    if (kind == "language" && named.count("TEMPLATE") && named.at("TEMPLATE") == "t-1") return {"de", "fr"};
    if (kind == "record" && client == "c-1") return {"r-1"};
    if (kind == "assignment" && client == "c-1") return {"a-1"};
    if (kind == "field" && client == "c-1" && named.count("ASSIGNMENT") && named.at("ASSIGNMENT") == "a-1") return {"f", "g"};
    return {};
  }
};

struct Tree {
  CLI::App app{"test", "hwk"};
  std::vector<std::string> args, sets, files;
  std::string color, format, status, output, id, language, amends, since, until, week;
  int quality = 0;
  bool no_input = false, back = false;

  Tree() {
    app.add_option("-C", files)->type_name("DIR");
    app.add_option("--color", color)->check(CLI::IsMember({"auto", "never"}));
    CLI::App* log = app.add_subcommand("log", "Record a practice");
    log->add_option("ARGS", args)->type_name("[CLIENT] [ASSIGNMENT]");
    log->add_option("--set", sets, "A field's value")->type_name("FIELD=VALUE");
    log->add_option("--status", status, "How it went")->check(CLI::IsMember({"done", "skipped"}));
    log->add_option("--quality", quality)->type_name("0-2");
    log->add_flag("--no-input", no_input, "Never prompt");
    auto* to = log->add_option("-o,--output", output, "Write to FILE")->type_name("FILE");
    log->add_flag("--back", back)->excludes(to);
    log->add_option("--amends", amends)->type_name("RECORD-ID");
    CLI::App* show = app.add_subcommand("show", "Show a template");
    show->add_option("TEMPLATE", id)->required();
    show->add_option("--lang", language)->type_name("LANGUAGE");
    CLI::App* summary = app.add_subcommand("summary", "Adherence");
    summary->add_option("--since", since)->type_name("WHEN");
    summary->add_option("--until", until)->type_name("WHEN");
    summary->add_option("--week", week)->type_name("WHEN");
    CLI::App* hidden = app.add_subcommand("_hidden");
    hidden->group("");
  }

  std::vector<std::string> words(std::vector<std::string> line, bool implied = false) {
    FakeSource source;
    source.implied = implied;
    std::vector<std::string> out;
    for (const auto& c : hwk::complete_line(app, line, source)) out.push_back(c.kind + " " + c.word);
    return out;
  }
};

using Words = std::vector<std::string>;

TEST(CompleteLine, CommandsLeaveTheHiddenOnesOut) {
  Tree t;
  EXPECT_EQ(t.words({""}), (Words{"command log", "command show", "command summary"}));
  EXPECT_EQ(t.words({"-C", "p", ""}), (Words{"command log", "command show", "command summary"}));
  EXPECT_EQ(t.words({"nosuch", ""}), Words{});
}

TEST(CompleteLine, OptionsAsDeclaredWithoutTheUsedOnesAndTheExcluded) {
  Tree t;
  EXPECT_EQ(t.words({"log", "--status", "done", "--back", "-"}),
            (Words{"option -h", "option --help", "option --set", "option --quality", "option --no-input", "option --amends"}));
  EXPECT_EQ(t.words({"log", "--set", "f=1", "--"}).size(), 10u);  // --set may be repeated
}

TEST(CompleteLine, ValuesFromValidatorsAndTypeNames) {
  Tree t;
  EXPECT_EQ(t.words({"--color", ""}), (Words{"value auto", "value never"}));
  EXPECT_EQ(t.words({"log", "--status=d"}), (Words{"value --status=done", "value --status=skipped"}));
  EXPECT_EQ(t.words({"log", "--quality", ""}), (Words{"value 0", "value 1", "value 2"}));
  EXPECT_EQ(t.words({"log", "-o", ""}), (Words{"file "}));
  EXPECT_EQ(t.words({"log", "--output=x"}), (Words{"file --output="}));
  EXPECT_EQ(t.words({"-C", ""}), (Words{"directory "}));
  EXPECT_EQ(t.words({"--color", "never", "log", "c-1", ""}), (Words{"assignment a-1"}));  // a global option's value
}

TEST(CompleteLine, IdsOfTheKindTheTypeNameSays) {
  Tree t;
  EXPECT_EQ(t.words({"show", ""}), (Words{"template t-1"}));
  EXPECT_EQ(t.words({"show", "t-1", "--lang", ""}), (Words{"language de", "language fr"}));
  EXPECT_EQ(t.words({"log", "c-1", "--amends", ""}), (Words{"record r-1"}));
}

TEST(CompleteLine, TheNamedFormsOfWhenThatTheOptionTakes) {
  Tree t;
  EXPECT_EQ(t.words({"summary", "--since", ""}),
            (Words{"value last-session", "value this-week", "value last-week", "value this-month", "value last-month"}));
  EXPECT_EQ(t.words({"summary", "--until=la"}),
            (Words{"value --until=this-week", "value --until=last-week", "value --until=this-month", "value --until=last-month"}));
  EXPECT_EQ(t.words({"summary", "--week", ""}), (Words{"value this-week", "value last-week"}));
}

TEST(CompleteLine, TheClientMayBeLeftOutOnlyWhenOneIsImplied) {
  Tree t;
  EXPECT_EQ(t.words({"log", ""}), (Words{"client c-1", "client c-2"}));
  EXPECT_EQ(t.words({"log", ""}, true), (Words{"client c-1", "client c-2", "assignment a-1"}));
  EXPECT_EQ(t.words({"log", "c-1", ""}), (Words{"assignment a-1"}));
}

TEST(CompleteLine, FieldsOfTheAssignmentOnTheLine) {
  Tree t;
  EXPECT_EQ(t.words({"log", "c-1", "a-1", "--set", ""}), (Words{"field f=", "field g="}));
  EXPECT_EQ(t.words({"log", "a-1", "--set", ""}, true), (Words{"field f=", "field g="}));
  EXPECT_EQ(t.words({"log", "c-1", "a-1", "--set", "f="}), Words{});
}

TEST(CompleteLine, OptionsWhereNoArgumentCanCome) {
  Tree t;
  const Words after = t.words({"log", "c-1", "a-1", ""});
  ASSERT_FALSE(after.empty());
  EXPECT_EQ(after.front(), "option -h");
  EXPECT_EQ(t.words({"log", "--", "-"}), (Words{"client c-1", "client c-2"}));
}

}  // namespace
