// Explaining a refused command line: the closest command or option at every level, and the hint
// for a schedule of several words.
#include "cli/parse_errors.hpp"

#include <gtest/gtest.h>

namespace {

struct Parsed {
  hwk::Diagnostic d;
  bool refused = false;
};

// Parses `args` with a small hwk-like application: template list|show, and log with --set and
// a positional ARGS of at most two words.
Parsed parse(std::vector<std::string> args) {
  CLI::App app{"test", "hwk"};
  app.require_subcommand(1);
  CLI::App* templ = app.add_subcommand("template");
  templ->require_subcommand(1);
  templ->add_subcommand("list");
  templ->add_subcommand("show");
  CLI::App* log = app.add_subcommand("log");
  std::vector<std::string> words, sets;
  std::string schedule;
  log->add_option("ARGS", words)->expected(1, 2)->type_name("[CLIENT] ASSIGNMENT");
  log->add_option("--set", sets);
  log->add_option("--schedule", schedule);
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    return {hwk::explain_parse_error(app, e, args), true};
  }
  return {};
}

TEST(ParseErrors, ANestedCommandGetsTheClosestOne) {
  const Parsed p = parse({"template", "lst"});
  ASSERT_TRUE(p.refused);
  EXPECT_EQ(p.d.message, "unknown command 'template lst'");
  EXPECT_EQ(p.d.hint, "did you mean 'template list'?");
}

TEST(ParseErrors, ACommandThatNeedsACommandNamesThem) {
  const Parsed p = parse({"template"});
  ASSERT_TRUE(p.refused);
  EXPECT_EQ(p.d.message, "'hwk template' needs a command: list or show");
}

TEST(ParseErrors, AnOptionGetsTheClosestOfItsCommand) {
  const Parsed p = parse({"log", "c-0042", "--sett=x"});
  ASSERT_TRUE(p.refused);
  EXPECT_EQ(p.d.message, "unknown option '--sett' for 'hwk log'");
  EXPECT_EQ(p.d.hint, "did you mean '--set'?");
}

TEST(ParseErrors, ASchedulePhraseNotQuotedIsToldHowToQuoteIt) {
  const Parsed p = parse({"log", "c-0042", "--schedule", "mon", "wed", "fri"});
  ASSERT_TRUE(p.refused);
  EXPECT_EQ(p.d.message, "too many arguments: at most 2 ([CLIENT] ASSIGNMENT), 3 given");  // --schedule took "mon"
  EXPECT_EQ(p.d.hint, "a schedule of several words is one argument: quote it, as in --schedule 'mon wed fri'");
  const Parsed q = parse({"log", "a", "b", "c"});
  ASSERT_TRUE(q.refused);
  EXPECT_EQ(q.d.hint, "run 'hwk log --help' for usage");
}

}  // namespace
