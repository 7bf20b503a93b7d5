// The completion engine: what `hwk _complete line` (cmd_complete.cpp) prints for a command line,
// read from the command tree and the practice.
#include "cli/completion.hpp"

#include <date/tz.h>

#include <algorithm>
#include <map>
#include <set>

#include "cli/when_arg.hpp"
#include "io/client_data.hpp"
#include "io/log_reader.hpp"
#include "io/plan_reader.hpp"
#include "io/template_catalog.hpp"
#include "io/template_reader.hpp"
#include "model/ids.hpp"
#include "model/record_id.hpp"
#include "model/template.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

// The type names that say what an option's value or an argument is (WHEN, whose values are its
// named forms, is read in LineCompleter::values).
const std::map<std::string, std::string, std::less<>> kind_of_metavariable = {
    {"CLIENT", "client"}, {"TEMPLATE", "template"}, {"ASSIGNMENT", "assignment"}, {"RECORD-ID", "record"}, {"STEP", "step"}, {"FIELD=VALUE", "field"},
    {"TZ", "zone"},       {"LANGUAGE", "language"}, {"DIR", "directory"},         {"URL", "directory"},    {"FILE", "file"}, {"PATH", "file"},
};

std::vector<std::string> split_on(std::string_view s, char sep) {
  std::vector<std::string> out;
  for (std::size_t at = 0;;) {
    const auto end = s.find(sep, at);
    out.emplace_back(s.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
    if (end == std::string_view::npos) return out;
    at = end + 1;
  }
}

bool takes_value(const CLI::Option* o) { return o->get_items_expected_max() > 0; }
bool repeatable(const CLI::Option* o) { return o->get_expected_max() > 1; }
bool shown(const CLI::Option* o) { return !o->get_group().empty() && (!o->get_lnames().empty() || !o->get_snames().empty()); }

// An option's validators (CLI11 gives them one index at a time).
std::vector<CLI::Validator*> validators(CLI::Option* o) {
  std::vector<CLI::Validator*> out;
  try {
    for (int i = 0;; ++i) out.push_back(o->get_validator(i));
  } catch (const CLI::OptionNotFound&) {
  }
  return out;
}

// The type name as declared, without the validators' descriptions CLI11 appends to it.
std::string metavariable(CLI::Option* o) {
  std::string name = o->get_type_name();
  for (CLI::Validator* v : validators(o)) {
    const std::string d = ":" + v->get_description();
    if (d.size() > 1 && name.ends_with(d)) name.resize(name.size() - d.size());
  }
  return name;
}

// The option named by `word` ("--format", "-o") in `app` or, as CLI11's fallthrough accepts it
// there too, in a command above it.
CLI::Option* find_option(CLI::App* app, std::string_view word) {
  for (; app; app = app->get_parent()) {
    for (CLI::Option* o : app->get_options()) {
      const auto& names = word.starts_with("--") ? o->get_lnames() : o->get_snames();
      const std::string_view bare = word.substr(word.starts_with("--") ? 2 : 1);
      if (std::find(names.begin(), names.end(), bare) != names.end()) return o;
    }
  }
  return nullptr;
}

// Help text cut to what fits beside a candidate: up to the first ": ", " (", "; " or line end,
// when that leaves more than a word; else its first 60 characters or so.
std::string short_description(std::string text) {
  std::replace(text.begin(), text.end(), '\t', ' ');
  std::size_t cut = std::string::npos;
  for (const char* stop : {": ", " (", "; ", "\n"}) cut = std::min(cut, text.find(stop));
  if (cut != std::string::npos && text.substr(0, cut).find(' ') != std::string::npos) return text.substr(0, cut);
  std::replace(text.begin(), text.end(), '\n', ' ');
  if (text.size() > 60) text = text.substr(0, text.rfind(' ', 60)) + "…";
  return text;
}

// A few whole numbers, from "0-4".
std::vector<std::string> numbers(std::string_view range) {
  const auto dash = range.find('-');
  if (dash == std::string_view::npos) return {};
  const auto from = parse_integer(range.substr(0, dash)), to = parse_integer(range.substr(dash + 1));
  if (!from || !to || *to < *from || *to - *from > 20) return {};
  std::vector<std::string> out;
  for (auto n = *from; n <= *to; ++n) out.push_back(std::to_string(n));
  return out;
}

// The values an option's validators accept, when they are few: an IsMember set ("{a,b}"), the
// keys of a CheckedTransformer ("{a->x,b->y}"), a Range of up to 21 numbers ("INT in [1 - 20]").
// Each is checked against the validator itself, so a description of another form gives nothing.
std::vector<std::string> validator_values(CLI::Option* o) {
  std::vector<std::string> out;
  for (CLI::Validator* v : validators(o)) {
    const std::string d = v->get_description();
    std::vector<std::string> words;
    if (d.starts_with("{") && d.ends_with("}")) {
      for (auto w : split_on(std::string_view(d).substr(1, d.size() - 2), ',')) words.push_back(w.substr(0, w.find("->")));
    } else if (const auto at = d.find(" in ["); at != std::string::npos && d.ends_with("]")) {
      std::string range = d.substr(at + 5, d.size() - at - 6);
      range.erase(std::remove(range.begin(), range.end(), ' '), range.end());
      words = numbers(range);
    }
    for (auto& w : words) {
      std::string copy = w;
      if (!w.empty() && (*v)(copy).empty()) out.push_back(w);
    }
  }
  return out;
}

// One positional word of a command's signature: "[CLIENT]" is optional, "FILE..." repeated.
struct Slot {
  std::string word;
  bool optional = false;
  bool repeated = false;
};

// The arguments a command takes, in order: a positional named ARGS says them in its type name
// ("[CLIENT] ASSIGNMENT"); any other is one word, its name (TEMPLATE, FILE).
std::vector<Slot> signature(CLI::App& app) {
  std::vector<Slot> slots;
  for (CLI::Option* o : app.get_options()) {
    if (!o->get_positional() || !o->get_lnames().empty() || !o->get_snames().empty()) continue;
    const std::string name = o->get_name();
    if (name == "ARGS") {
      for (auto w : split_on(metavariable(o), ' ')) {
        Slot s;
        if (w.starts_with("[") && w.ends_with("]")) w = w.substr(1, w.size() - 2), s.optional = true;
        if (w.ends_with("...")) w.resize(w.size() - 3), s.repeated = true;
        s.word = w;
        if (!w.empty()) slots.push_back(s);
      }
    } else {
      slots.push_back({name, !o->get_required(), repeatable(o)});
    }
  }
  return slots;
}

// The ways the given arguments fill the signature: what each way has named (CLIENT, ASSIGNMENT,
// TEMPLATE…) and the slots the next word may fill. A word fills CLIENT only when it is a client,
// and an optional CLIENT is left out only when the practice implies one.
struct Reading {
  std::map<std::string, std::string> named;
  std::vector<std::size_t> next;
};

void read_arguments(const std::vector<Slot>& slots, const std::vector<std::string>& args, std::size_t i, std::size_t j,
                    std::map<std::string, std::string> named, CompletionSource& source, std::vector<Reading>& out) {
  const auto may_skip = [&](std::size_t k) { return slots[k].optional && (slots[k].word != "CLIENT" || source.has_implied_client()); };
  if (j == args.size()) {
    Reading r{named, {}};
    for (std::size_t k = i; k < slots.size(); ++k) {
      r.next.push_back(k);
      if (!may_skip(k)) break;
    }
    out.push_back(std::move(r));
    return;
  }
  if (i >= slots.size()) return;
  const Slot& s = slots[i];
  const bool is_client = s.word == "CLIENT" && source.is_client(args[j]);
  if (s.word != "CLIENT" || is_client) {
    auto with = named;
    with[s.word] = args[j];
    read_arguments(slots, args, s.repeated ? i : i + 1, j + 1, with, source, out);
  }
  if (!is_client && may_skip(i)) read_arguments(slots, args, i + 1, j, named, source, out);
}

class LineCompleter {
 public:
  LineCompleter(CLI::App& root, CompletionSource& source) : app_(&root), source_(source) {}

  std::vector<Completion> complete(const std::vector<std::string>& words) {
    if (words.empty()) return {};
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      if (!take(words[i])) return {};
    }
    const std::string& word = words.back();
    if (pending_) return values(pending_, word, "");
    if (!only_args_ && word.starts_with("--") && word.find('=') != std::string::npos) {
      const std::string name = word.substr(0, word.find('='));
      CLI::Option* o = find_option(app_, name);
      return o && takes_value(o) ? values(o, word.substr(name.size() + 1), name + "=") : std::vector<Completion>{};
    }
    if (!only_args_ && word.starts_with("-") && word.size() > 2 && !word.starts_with("--")) {
      CLI::Option* o = find_option(app_, word.substr(0, 2));
      if (o && takes_value(o)) return values(o, word.substr(2), word.substr(0, 2));
    }
    if (!only_args_ && word.starts_with("-")) return options();
    return arguments();
  }

 private:
  // Reads one word before the cursor; false when the line names no command hwk has.
  bool take(const std::string& w) {
    if (pending_) {
      pending_ = nullptr;
      return true;
    }
    if (!only_args_ && w == "--") {
      only_args_ = true;
      return true;
    }
    if (!only_args_ && w.starts_with("-") && w.size() > 1) {
      const bool is_long = w.starts_with("--");
      const std::string name = is_long ? w.substr(0, w.find('=')) : w.substr(0, 2);
      if (CLI::Option* o = find_option(app_, name)) {
        used_.insert(o);
        if (takes_value(o) && (is_long ? w.find('=') == std::string::npos : w.size() == 2)) pending_ = o;
      }
      return true;
    }
    if (args_.empty() && !subcommands().empty()) {
      for (CLI::App* sub : app_->get_subcommands([](CLI::App*) { return true; })) {
        if (sub->get_name() == w) {
          app_ = sub;
          used_.clear();
          return true;
        }
      }
      return false;
    }
    args_.push_back(w);
    return true;
  }

  std::vector<CLI::App*> subcommands() {
    return app_->get_subcommands([](CLI::App* sub) { return !sub->get_group().empty(); });
  }

  std::vector<Completion> options() {
    std::set<const CLI::Option*> left_out;
    for (const CLI::Option* o : used_) {
      if (!repeatable(o)) left_out.insert(o);
      for (const CLI::Option* x : o->get_excludes()) left_out.insert(x);
    }
    std::vector<Completion> out;
    for (CLI::Option* o : app_->get_options()) {
      if (!shown(o) || left_out.count(o)) continue;
      const std::string about = short_description(o->get_description());
      for (const auto& s : o->get_snames()) out.push_back({"option", "-" + s, about});
      for (const auto& l : o->get_lnames()) out.push_back({"option", "--" + l, about});
    }
    return out;
  }

  // The next argument: a subcommand, or what the signature's next slots take; where no argument
  // can come, the options.
  std::vector<Completion> arguments() {
    std::vector<Completion> out;
    if (args_.empty() && !subcommands().empty()) {
      for (CLI::App* sub : subcommands()) out.push_back({"command", sub->get_name(), sub->get_description()});
      return out;
    }
    const auto slots = signature(*app_);
    std::vector<Reading> readings;
    read_arguments(slots, args_, 0, 0, {}, source_, readings);
    bool any = false;
    for (const auto& r : readings) {
      for (const std::size_t k : r.next) {
        any = true;
        const auto kind = kind_of_metavariable.find(slots[k].word);
        if (kind == kind_of_metavariable.end()) continue;
        for (auto& c : dynamic(kind->second, r.named, "")) {
          if (slots[k].repeated && std::find(args_.begin(), args_.end(), c.word) != args_.end()) continue;
          out.push_back(std::move(c));
        }
      }
    }
    return any ? out : options();
  }

  // The values of option `o`, for the word `typed` after `prefix` ("--format=", "-o" or "").
  std::vector<Completion> values(CLI::Option* o, const std::string& typed, const std::string& prefix) {
    const std::string meta = metavariable(o);
    std::vector<std::string> fixed = validator_values(o);
    if (fixed.empty()) fixed = numbers(meta);
    if (fixed.empty() && meta == "WHEN" && !o->get_lnames().empty()) {
      for (const auto w : when_names_for("--" + o->get_lnames().front())) fixed.emplace_back(w);
    }
    std::vector<Completion> out;
    for (const auto& v : fixed) out.push_back({"value", prefix + v, ""});
    if (!out.empty()) return out;
    const auto kind = kind_of_metavariable.find(meta);
    if (kind == kind_of_metavariable.end()) return {};
    if (kind->second == "field" && typed.find('=') != std::string::npos) return {};  // the value is the user's
    std::vector<Reading> readings;
    read_arguments(signature(*app_), args_, 0, 0, {}, source_, readings);
    return dynamic(kind->second, readings.empty() ? std::map<std::string, std::string>{} : readings.front().named, prefix);
  }

  std::vector<Completion> dynamic(const std::string& kind, const std::map<std::string, std::string>& named, const std::string& prefix) {
    if (kind == "file" || kind == "directory") return {{kind, prefix, ""}};
    std::vector<Completion> out;
    for (const auto& id : source_.ids(kind, named)) out.push_back({kind, prefix + id + (kind == "field" ? "=" : ""), ""});
    return out;
  }

  CLI::App* app_;
  CompletionSource& source_;
  std::vector<std::string> args_;
  std::set<const CLI::Option*> used_;
  CLI::Option* pending_ = nullptr;
  bool only_args_ = false;
};

// A word that can go into a command line as it is: printable, without blanks or quotes.
bool plain_word(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c > ' ' && c < 127 && c != '\'' && c != '"' && c != '\\'; });
}

// The practice's ids. A candidate goes into the user's command line: only an id, which cannot
// hold an escape sequence, a space or a newline; anything else a broken file holds is left out.
class PracticeSource : public CompletionSource {
 public:
  explicit PracticeSource(const Context& ctx) : ctx_(ctx), practice_(ctx.practice ? &*ctx.practice : nullptr) {}

  bool is_client(const std::string& word) override {
    const auto ids = clients();
    return std::find(ids.begin(), ids.end(), word) != ids.end();
  }

  bool has_implied_client() override {
    try {
      return practice_ && (practice_->implied_client(), true);
    } catch (const std::exception&) {
      return false;
    }
  }

  std::vector<std::string> ids(const std::string& kind, const std::map<std::string, std::string>& named) override {
    try {
      std::vector<std::string> out;
      for (auto& id : all_ids(kind, named)) {
        if (kind == "zone" ? plain_word(id) : kind == "language" ? is_language_code(id) : kind == "record" ? is_record_id(id) : is_valid_id(id)) {
          out.push_back(std::move(id));
        }
      }
      return out;
    } catch (const std::exception&) {
      return {};
    }
  }

 private:
  std::vector<std::string> clients() {
    if (!clients_) clients_ = practice_ ? practice_->client_ids() : std::vector<std::string>{};
    return *clients_;
  }

  std::vector<std::string> all_ids(const std::string& kind, const std::map<std::string, std::string>& named) {
    const auto get = [&](const char* word) { return named.count(word) ? named.at(word) : std::string(); };
    std::vector<std::string> out;
    if (kind == "client") return clients();
    if (kind == "template" || kind == "language") {
      const auto templates = available_templates(practice_, ctx_.builtin_templates);
      for (const auto& e : templates) {
        if (kind == "template") out.push_back(e.id);
        if (kind == "language" && e.id == get("TEMPLATE")) {
          for (const auto& [code, translation] : load_template(e.path).translations) out.push_back(code);
        }
      }
      return out;
    }
    if (kind == "zone") {
      const auto& db = date::get_tzdb();
      for (const auto& z : db.zones) out.push_back(z.name());
      std::sort(out.begin(), out.end());
      return out;
    }
    if (!practice_) return out;
    const std::string client_id = get("CLIENT");
    const ClientDir client = is_valid_id(client_id) ? practice_->client(client_id) : practice_->implied_client();
    std::vector<Diagnostic> ignored;
    if (kind == "record") {
      // Practice records, oldest first, each once.
      auto records = read_client_log(client, ignored);
      std::stable_sort(records.begin(), records.end(), [](const Record& x, const Record& y) { return x.at < y.at; });
      std::set<std::string> seen;
      for (const auto& r : records) {
        if (r.kind == RecordKind::practice && seen.insert(r.id).second) out.push_back(r.id);
      }
      return out;
    }
    const auto data = read_client_data(client, ignored);
    if (kind == "assignment") {
      for (const auto& a : data.plan.assignments) out.push_back(a.id);
    } else if (kind == "step") {
      if (const auto* a = data.plan.find_assignment(get("ASSIGNMENT"))) {
        for (const auto& s : a->steps) out.push_back(s.id);
      }
    } else if (kind == "field") {
      if (const auto* t = data.template_for(get("ASSIGNMENT"))) {
        for (const auto& f : t->fields) out.push_back(f.id);
      }
    }
    return out;
  }

  const Context& ctx_;
  const Practice* practice_;
  std::optional<std::vector<std::string>> clients_;
};

}  // namespace

std::unique_ptr<CompletionSource> practice_completion_source(const Context& ctx) { return std::make_unique<PracticeSource>(ctx); }

std::vector<Completion> complete_line(CLI::App& root, const std::vector<std::string>& words, CompletionSource& source) {
  return LineCompleter(root, source).complete(words);
}

}  // namespace hwk
