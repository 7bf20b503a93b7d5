// hwk-bench-generate: writes a deterministic practice of N clients and Y years of history through
// hwk's own formats (plans, template copies, per-writer monthly logs), and the same records as a
// ledger journal, for the benchmark in tests/bench/run and the generator's own test.
//
//   hwk-bench-generate --out DIR [--clients N] [--years Y] [--seed S] [--ledger FILE]
//                      [--templates DIR] [--end YYYY-MM-DD]
//
// The same arguments always give the same bytes. Records follow hwk's own expansion of each
// assignment's schedule (most occurrences answered, some partial, skipped or missed), sessions
// follow a weekly, fortnightly or monthly rhythm, and a few records are amended.
#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "io/log_format.hpp"
#include "io/plan_text.hpp"
#include "io/template_reader.hpp"
#include "io/toml_util.hpp"
#include "model/field_value.hpp"
#include "model/record.hpp"
#include "model/record_id.hpp"
#include "schedule/occurrences.hpp"
#include "schedule/schedule.hpp"
#include "util/time.hpp"

namespace fs = std::filesystem;
using namespace hwk;

namespace {

// A small, portable PRNG (splitmix64): the standard distributions differ between libraries.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  int between(int lo, int hi) { return lo + below(hi - lo + 1); }
  double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
  bool chance(double p) { return unit() < p; }
  template <typename T>
  const T& pick(const std::vector<T>& v) {
    return v[static_cast<std::size_t>(below(static_cast<int>(v.size())))];
  }
  // An index drawn with the given weights.
  std::size_t weighted(const std::vector<int>& weights) {
    int total = 0;
    for (int w : weights) total += w;
    int r = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (r < weights[i]) return i;
      r -= weights[i];
    }
    return weights.size() - 1;
  }

 private:
  std::uint64_t state_;
};

struct Options {
  fs::path out;
  fs::path ledger;
  fs::path templates = HWK_SOURCE_TEMPLATES_DIR;
  int clients = 1000;
  int years = 2;
  std::uint64_t seed = 42;
  date::year_month_day end = date::year{2026} / date::November / date::day{20};
};

const std::vector<std::string> zones = {
    "America/New_York",    "America/New_York",    "America/New_York", "America/Chicago",  "America/Chicago",  "America/Denver",
    "America/Los_Angeles", "America/Los_Angeles", "America/St_Johns", "Europe/London",    "Europe/London",    "Europe/Berlin",
    "Europe/Madrid",       "Europe/Paris",        "Asia/Kolkata",     "Australia/Sydney", "Pacific/Auckland", "UTC"};

struct ScheduleChoice {
  std::string phrase;
  int times;  // how many times of day it takes (0: none)
  int weight;
};
const std::vector<ScheduleChoice> schedules = {
    {"daily", 1, 5},        {"daily", 0, 3},        {"weekdays", 1, 4},    {"mon wed fri", 1, 10},  {"tue thu", 1, 10},
    {"every 2 days", 1, 5}, {"every 3 days", 0, 5}, {"3 per week", 0, 12}, {"3 per week", 1, 4},    {"2 per week", 0, 12},
    {"4 per month", 0, 6},  {"2 per day", 2, 1},    {"weekends", 1, 4},    {"weekly on sun", 1, 8}, {"as needed", 0, 6},
};

const std::vector<std::string> texts = {"Team meeting ran late",
                                        "Call with my sister",
                                        "Crowded train home",
                                        "Deadline moved up",
                                        "Waiting for test results",
                                        "Argument about chores",
                                        "Quiet evening at home",
                                        "Walk in the park",
                                        "Job interview tomorrow",
                                        "Presentation at work",
                                        "Neighbour's party",
                                        "Doctor's appointment",
                                        "Woke up at 4 and could not sleep",
                                        "Lunch with an old friend",
                                        "Email from my manager",
                                        "They think I'm useless",
                                        "I will fail again",
                                        "Nobody wants me there",
                                        "Something bad will happen"};
const std::vector<std::string> reflections = {"My shoulders dropped after a few breaths.",
                                              "Writing it down made it look less certain.",
                                              "Harder than I expected, but I stayed with it.",
                                              "I noticed the urge pass after ten minutes.",
                                              "Felt silly at first, then calmer.",
                                              "I did it even though I did not feel like it.",
                                              "The worry came back later but was weaker.",
                                              "Easier in the morning than at night.",
                                              "I caught the thought before it spiralled.",
                                              "I want to try it at work next time.",
                                              "Not much change today.",
                                              "Better than yesterday."};
const std::vector<std::string> reasons = {"worked late", "felt unwell", "forgot",       "kids were sick",
                                          "too tired",   "travelling",  "had visitors", "ran out of time"};
const std::vector<std::string> goals = {"Feel calmer before meetings", "Sleep through the night",     "Get back to things that matter",
                                        "Worry less about work",       "Go to the supermarket alone", "Stand up for myself"};

std::string two(unsigned n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02u", n);
  return buf;
}

// A value a person could have typed for `f`, read by hwk's own input parser.
std::optional<FieldValue> make_value(const Field& f, Random& rng) {
  std::string input;
  switch (f.type) {
    case FieldType::text:
      input = rng.pick(texts);
      break;
    case FieldType::scale: {
      const long long lo = static_cast<long long>(f.min.value_or(0)), hi = static_cast<long long>(f.max.value_or(10));
      const long long step = f.step > 0 ? static_cast<long long>(f.step) : 1;
      input = std::to_string(lo + step * rng.below(static_cast<int>((hi - lo) / step + 1)));
      break;
    }
    case FieldType::likert:
      input = std::to_string(rng.between(1, static_cast<int>(std::max<std::size_t>(f.points.size(), 1))));
      break;
    case FieldType::choice:
      input = rng.pick(f.options);
      break;
    case FieldType::checklist:
      input = f.items.empty() ? "" : f.items[0] + (f.items.size() > 1 && rng.chance(0.5) ? ", " + f.items[1] : "");
      break;
    case FieldType::number: {
      const double lo = f.min.value_or(0), hi = f.max.value_or(lo + 10);
      input = std::to_string(static_cast<long long>(lo + (hi - lo) * rng.unit()));
      break;
    }
    case FieldType::duration: {
      long long lo = f.min_duration ? f.min_duration->count() / 60 : 1;
      long long hi = f.max_duration ? f.max_duration->count() / 60 : 60;
      lo = std::max<long long>(lo, 1);
      hi = std::max(hi, lo);
      input = std::to_string(lo + static_cast<long long>(static_cast<double>(hi - lo) * rng.unit())) + "m";
      break;
    }
    case FieldType::time:
      input = two(static_cast<unsigned>(rng.between(6, 23))) + ":" + two(static_cast<unsigned>(rng.below(4) * 15));
      break;
    case FieldType::yesno:
      input = rng.chance(0.5) ? "yes" : "no";
      break;
  }
  std::string error;
  auto v = parse_field_input(f, input, error);
  if (!v || !field_value_problem(f, *v).empty()) return std::nullopt;
  return v;
}

struct TemplateSource {
  Template tmpl;
  std::string text;
};

struct Generated {
  std::string client;
  Zone zone = nullptr;
  std::string zone_name;
  std::vector<Record> records;
  std::map<std::string, std::string> writer_of;  // record id → writer
};

class Generator {
 public:
  Generator(const Options& o, std::vector<TemplateSource> templates) : o_(o), rng_(o.seed), templates_(std::move(templates)) {
    end_day_ = date::sys_days{o.end};
    start_day_ = date::sys_days{date::year_month_day{o.end.year() - date::years{o.years}, o.end.month(), o.end.day()}};
    now_ = Instant{end_day_.time_since_epoch() + std::chrono::hours(18)};
    for (int i = 0; i < std::max(2, o.clients / 200); ++i) clinicians_.push_back(writer());
  }

  void run() {
    ::umask(077);
    fs::create_directories(o_.out / "templates");
    fs::create_directories(o_.out / "clients");
    write(o_.out / "hwk.toml",
          "# hwk practice settings. This file marks the root of the practice repository.\n"
          "name = \"Benchmark practice\"\ntimezone = \"America/New_York\"\nweek_start = \"monday\"\n"
          "\n[crisis]\nen = \"If you might hurt yourself, call 988 now. Or go to the nearest emergency room.\"\n");
    write(o_.out / ".gitignore", ".hwk/\n.hwk-tmp-*\n");
    std::ofstream ledger;
    if (!o_.ledger.empty()) ledger.open(o_.ledger, std::ios::binary);
    const int width = o_.clients >= 10000 ? 5 : 4;
    for (int i = 1; i <= o_.clients; ++i) {
      char id[16];
      std::snprintf(id, sizeof id, "c-%0*d", width, i);
      const Generated g = client(id);
      records_ += g.records.size();
      if (ledger) write_journal(ledger, g);
    }
    std::cerr << "generated " << o_.clients << " clients, " << records_ << " records, " << files_ << " files, " << bytes_ / (1024 * 1024) << " MB in "
              << o_.out.string() << "\n";
  }

 private:
  std::string writer() {
    std::array<std::uint8_t, 5> b{};
    for (auto& x : b) x = static_cast<std::uint8_t>(rng_.next());
    return make_writer_id(b);
  }

  std::string record_id(Instant recorded) {
    RecordIdRandom r{};
    for (auto& x : r) x = static_cast<std::uint8_t>(rng_.next());
    return make_record_id(static_cast<std::uint64_t>(recorded.time_since_epoch().count()) * 1000 + static_cast<std::uint64_t>(rng_.below(1000)), r);
  }

  void write(const fs::path& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary);
    f << text;
    if (!f) throw std::runtime_error("cannot write " + path.string());
    ++files_;
    bytes_ += text.size();
  }

  Generated client(const std::string& id) {
    Generated g;
    g.client = id;
    g.zone_name = rng_.pick(zones);
    g.zone = find_zone(g.zone_name);
    const fs::path dir = o_.out / "clients" / id;
    fs::create_directories(dir / "templates");
    fs::create_directories(dir / "log");
    write(dir / ".gitignore", ".hwk/\n.hwk-tmp-*\n");

    // When the client started and, for some, finished.
    const int span = static_cast<int>((end_day_ - start_day_).count());
    const LocalDay first = rng_.chance(0.5) ? start_day_ : start_day_ + date::days{rng_.below(span * 3 / 4)};
    const LocalDay last = rng_.chance(0.15) ? first + date::days{rng_.below(static_cast<int>((end_day_ - first).count()))} : end_day_;
    const std::string own_writer = rng_.chance(0.12) ? writer() : "";
    const std::string clinician = rng_.pick(clinicians_);

    // Sessions: a weekday, a time, and a rhythm.
    const int rhythm = std::vector<int>{7, 14, 28}[rng_.weighted({25, 55, 20})];
    const std::chrono::minutes session_time = std::chrono::hours(rng_.between(8, 18));
    std::vector<LocalTime> held;
    for (LocalDay d = first + date::days{rng_.below(7)}; d < last; d += date::days{rhythm}) {
      if (rng_.chance(0.9)) held.push_back(LocalTime{d.time_since_epoch() + session_time});
    }
    std::vector<LocalTime> planned;
    if (last == end_day_) {
      LocalDay d = held.empty() ? end_day_ : LocalDay{std::chrono::floor<date::days>(held.back().time_since_epoch())};
      while (d <= end_day_) d += date::days{rhythm};
      planned.push_back(LocalTime{d.time_since_epoch() + session_time});
    }

    // Assignments on one to three tracks, each a run of assignments of 6 to 20 weeks.
    std::string plan = "# Homework plan for " + id +
                       ". Written by people; hwk only appends to it.\n"
                       "# See hwk-plan(5) for every key.\n\n";
    plan += "client = " + toml_quote(id) + "\nname = " + toml_quote("Client " + id.substr(2)) + "\ntimezone = " + toml_quote(g.zone_name) + "\n";
    plan += "goals = [" + toml_quote(rng_.pick(goals)) + "]\n";
    plan += "sessions = [";
    for (std::size_t i = 0; i < planned.size(); ++i) plan += (i ? ", " : "") + date::format("%FT%T", planned[i]);
    plan += "]\n";
    std::map<std::string, int> used;
    std::map<std::string, const TemplateSource*> copies;
    const int tracks = 1 + static_cast<int>(rng_.weighted({55, 35, 10}));
    for (int t = 0; t < tracks; ++t) {
      for (LocalDay from = first + date::days{t * 7}; from < last;) {
        const LocalDay to = from + date::days{rng_.between(16, 52) * 7};
        const TemplateSource& src = templates_[rng_.weighted(template_weights())];
        const ScheduleChoice& sc = schedules[rng_.weighted(schedule_weights())];
        NewAssignment na;
        const int n = ++used[src.tmpl.id];
        na.id = n == 1 ? src.tmpl.id : src.tmpl.id + "-" + std::to_string(n);
        na.template_id = src.tmpl.id;
        na.template_version = src.tmpl.version;
        na.schedule = sc.phrase;
        if (sc.times >= 1) na.times.push_back(two(static_cast<unsigned>(rng_.between(7, 21))) + ":" + (rng_.chance(0.5) ? "00" : "30"));
        if (sc.times >= 2) na.times.insert(na.times.begin(), "07:30");
        if (sc.times >= 2 && na.times[1] <= na.times[0]) na.times[1] = "21:00";
        na.start = format_date(date::year_month_day{from});
        const bool open = to >= last;
        if (!open) na.end = format_date(date::year_month_day{to});
        na.goal = rng_.pick(goals);
        na.why = "Practice between sessions is how the skill carries over into daily life";
        plan += "\n" + assignment_block(na);
        copies[src.tmpl.id + ".v" + std::to_string(src.tmpl.version) + ".yaml"] = &src;
        practice(g, na, src.tmpl, std::min(open ? last : to, last), own_writer.empty() ? clinician : own_writer);
        from = to + date::days{1};
      }
    }
    write(dir / "plan.toml", plan);
    for (const auto& [name, src] : copies) write(dir / "templates" / name, src->text);

    for (const auto& s : held) {
      Record r;
      r.kind = RecordKind::session;
      r.at = resolve_local(s, g.zone);
      if (r.at > now_) continue;
      r.recorded = std::min(now_, r.at + std::chrono::minutes(rng_.between(50, 300)));
      r.id = record_id(r.recorded);
      g.writer_of[r.id] = clinician;
      g.records.push_back(std::move(r));
    }
    write_logs(dir, g);
    return g;
  }

  std::vector<int> template_weights() const {
    std::vector<int> w;
    for (const auto& t : templates_)
      w.push_back(t.tmpl.id == "thought-record" || t.tmpl.id == "paced-breathing" || t.tmpl.id == "behavioural-activation" ? 6 : 2);
    return w;
  }
  static std::vector<int> schedule_weights() {
    std::vector<int> w;
    for (const auto& s : schedules) w.push_back(s.weight);
    return w;
  }

  // Practice records of one assignment from its start up to `until`.
  void practice(Generated& g, const NewAssignment& na, const Template& t, LocalDay until, const std::string& writer) {
    Assignment a;
    a.id = na.id;
    a.schedule = std::get<Schedule>(parse_schedule(na.schedule));
    for (const auto& time : na.times) a.times.push_back(*parse_clock_time(time));
    a.start = parse_date(na.start);
    if (!na.end.empty()) a.end = parse_date(na.end);
    const LocalDay first{*a.start};
    std::vector<Instant> times;  // when practice happened
    auto day_time = [&](LocalDay d) {
      return resolve_local(LocalTime{d.time_since_epoch() + std::chrono::minutes(rng_.between(8 * 60, 21 * 60))}, g.zone);
    };
    if (a.schedule.kind == Schedule::Kind::quota) {
      for (const auto& p : quota_periods(a, first, until, g.zone, 1)) {
        const int days = static_cast<int>((p.last - p.first).count()) + 1;
        for (int k = 0; k < p.expected; ++k) {
          const LocalDay d = p.first + date::days{rng_.below(days)};
          times.push_back(a.times.empty()
                              ? day_time(d)
                              : resolve_local(LocalTime{d.time_since_epoch() + a.times[static_cast<std::size_t>(k) % a.times.size()]}, g.zone));
        }
      }
    } else if (a.schedule.kind == Schedule::Kind::as_needed) {
      for (LocalDay d = first; d <= until; d += date::days{1}) {
        if (rng_.chance(0.2)) times.push_back(day_time(d));
      }
    } else {
      for (const auto& o : occurrences_between(a, first, until, g.zone, {})) {
        times.push_back(o.time ? o.at + std::chrono::minutes(rng_.between(0, 90)) : day_time(o.day));
      }
    }
    for (const Instant at : times) {
      const double roll = rng_.unit();
      if (roll >= 0.5 || at > now_ - std::chrono::minutes(5)) continue;  // missed
      Record r;
      r.kind = RecordKind::practice;
      r.at = at;
      r.recorded = std::min(now_, at + std::chrono::minutes(rng_.between(1, 240)));
      r.assignment = a.id;
      r.template_id = t.id;
      r.template_version = t.version;
      r.status = roll < 0.39 ? Status::done : roll < 0.44 ? Status::partial : Status::skipped;
      if (r.status == Status::skipped) {
        r.reason = rng_.pick(reasons);
      } else {
        for (const auto& f : t.fields) {
          if (!(f.required && r.status == Status::done) && !rng_.chance(0.15)) continue;
          if (auto v = make_value(f, rng_)) r.values.emplace_back(f.id, std::move(*v));
        }
        if (auto implied = status_contradiction(r, t)) {  // "did not do it" is not done, as hwk log records it
          r.status = implied->status;
          if (r.status == Status::skipped) r.reason = rng_.pick(reasons);
        }
        if (!record_problems(r, t).empty()) {
          r.status = Status::skipped;
          r.values.clear();
          r.reason = rng_.pick(reasons);
        }
        if (rng_.chance(0.25)) r.reflection = rng_.pick(reflections);
      }
      r.id = record_id(r.recorded);
      g.writer_of[r.id] = writer;
      if (rng_.chance(0.003) && r.recorded + std::chrono::hours(1) < now_) {
        Record fix = r;
        fix.amends = r.id;
        fix.recorded = r.recorded + std::chrono::hours(1);
        fix.note = "corrected the status";
        fix.status = Status::done;
        fix.reason.clear();
        if (record_problems(fix, t).empty() && !status_contradiction(fix, t)) {
          fix.id = record_id(fix.recorded);
          g.writer_of[fix.id] = writer;
          g.records.push_back(std::move(fix));
        }
      }
      g.records.push_back(std::move(r));
    }
  }

  void write_logs(const fs::path& dir, Generated& g) {
    std::stable_sort(g.records.begin(), g.records.end(), [](const Record& x, const Record& y) { return x.recorded < y.recorded; });
    std::map<std::pair<date::year_month, std::string>, std::string> files;
    for (const auto& r : g.records) {
      const auto d = local_date(r.at, g.zone);
      const auto key = std::pair{d.year() / d.month(), g.writer_of[r.id]};
      auto& text = files[key];
      if (text.empty()) text = log_file_header(g.client, key.first, key.second);
      text += format_record(r, g.zone);
    }
    for (const auto& [key, text] : files) write(dir / "log" / log_file_name(key.first, key.second), text);
  }

  // The same records as ledger transactions: a count per client, assignment and status, each
  // numeric value as an amount, text as metadata.
  static void write_journal(std::ofstream& out, const Generated& g) {
    std::string text;
    for (const auto& r : g.records) {
      text += date::format("%Y/%m/%d", local_date(r.at, g.zone)) + " * " + g.client + " " +
              (r.kind == RecordKind::session ? std::string("session") : r.assignment) + "\n";
      text += "    ; id: " + r.id + "\n";
      if (!r.reflection.empty()) text += "    ; reflection: " + r.reflection + "\n";
      if (!r.reason.empty()) text += "    ; reason: " + r.reason + "\n";
      if (r.kind == RecordKind::session) {
        text += "    Sessions:" + g.client + "    1 sess\n";
      } else {
        text += "    Practice:" + g.client + ":" + r.assignment + ":" + status_name(r.status) + "    1 rec\n";
        for (const auto& [key, v] : r.values) {
          if (const auto* i = std::get_if<long long>(&v)) {
            text += "    Ratings:" + g.client + ":" + r.assignment + ":" + key + "    " + std::to_string(*i) + " pts\n";
          } else if (const auto* d = std::get_if<double>(&v)) {
            text += "    Ratings:" + g.client + ":" + r.assignment + ":" + key + "    " + std::to_string(*d) + " pts\n";
          } else if (const auto* s = std::get_if<std::string>(&v)) {
            text += "    ; text-" + key + ": " + *s + "\n";  // ledger gives some keys ("value") a meaning
          }
        }
      }
      text += "    Expected\n\n";
    }
    out << text;
  }

  const Options& o_;
  Random rng_;
  std::vector<TemplateSource> templates_;
  std::vector<std::string> clinicians_;
  LocalDay start_day_{}, end_day_{};
  Instant now_{};
  std::size_t records_ = 0, files_ = 0, bytes_ = 0;
};

int usage(const char* message) {
  std::cerr << "hwk-bench-generate: " << message << "\n"
            << "usage: hwk-bench-generate --out DIR [--clients N] [--years Y] [--seed S] [--ledger FILE] "
               "[--templates DIR] [--end YYYY-MM-DD]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  try {
    for (int i = 1; i < argc; ++i) {
      const std::string arg = argv[i];
      if (i + 1 >= argc) return usage(("missing value for " + arg).c_str());
      const std::string value = argv[++i];
      if (arg == "--out") o.out = value;
      else if (arg == "--ledger") o.ledger = value;
      else if (arg == "--templates") o.templates = value;
      else if (arg == "--clients") o.clients = std::stoi(value);
      else if (arg == "--years") o.years = std::stoi(value);
      else if (arg == "--seed") o.seed = std::stoull(value);
      else if (arg == "--end") {
        const auto d = parse_date(value);
        if (!d) return usage("--end takes YYYY-MM-DD");
        o.end = *d;
      } else {
        return usage(("unknown option " + arg).c_str());
      }
    }
    if (o.out.empty()) return usage("--out is required");
    if (o.clients < 1 || o.years < 1) return usage("--clients and --years must be at least 1");
    if (fs::exists(o.out) && !fs::is_empty(o.out)) return usage("--out must be a new or empty directory");

    std::vector<TemplateSource> templates;
    std::vector<fs::path> paths;
    for (const auto& e : fs::directory_iterator(o.templates)) {
      if (e.path().extension() == ".yaml") paths.push_back(e.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      std::ifstream in(p, std::ios::binary);
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      templates.push_back({load_template(p), text});
    }
    if (templates.empty()) return usage("no templates in --templates");
    Generator(o, std::move(templates)).run();
  } catch (const std::exception& e) {
    std::cerr << "hwk-bench-generate: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
