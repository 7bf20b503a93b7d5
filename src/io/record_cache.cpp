// The derived cache: stamps, the racy rule, a compact binary encoding of plans and records, and
// the cache file of one client.
//
// File layout (integers as the machine stores them: the cache is per machine): an index, then the
// payloads, so that a command reads and checks only the entries it uses (`hwk due` needs this
// month's records, not two years of them):
//   "hwkcache" · u32 format · u32 layout · str client · u64 index size · u32 entries ·
//   entries: str key · u32 sources · (str name · stamp)… · u64 offset · u64 size · u64 checksum
//   u64 checksum of the index (everything before it) · payloads (offsets count from here)
// Keys: "plan" (the plan and the titles of its template copies), "log" (the names in log/), and
// "log/NAME" (the records of one log file).
#include "io/record_cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "io/files.hpp"
#include "io/log_reader.hpp"
#include "io/template_catalog.hpp"

namespace hwk {

// The encodings below spell out every member of these structs. When one gains a member, its
// encoding (and `cache_format`) must follow, or the cache would drop what the files say.
#if defined(__GLIBCXX__) && defined(__x86_64__) && !defined(_GLIBCXX_DEBUG)
static_assert(sizeof(Record) == 464, "Record changed: encode the new member in record_cache.cpp and raise cache_format");
static_assert(sizeof(Plan) == 272, "Plan changed: encode the new member in record_cache.cpp and raise cache_format");
static_assert(sizeof(Assignment) == 504, "Assignment changed: encode the new member in record_cache.cpp and raise cache_format");
static_assert(sizeof(Step) == 272, "Step changed: encode the new member in record_cache.cpp and raise cache_format");
static_assert(sizeof(Trigger) == 216, "Trigger changed: encode the new member in record_cache.cpp and raise cache_format");
static_assert(sizeof(Field) == 528, "Field changed: encode the new member in record_cache.cpp and raise cache_format");
static_assert(sizeof(Schedule) == 28, "Schedule changed: encode the new member in record_cache.cpp and raise cache_format");
#endif

namespace {

constexpr char magic[8] = {'h', 'w', 'k', 'c', 'a', 'c', 'h', 'e'};
constexpr std::uint32_t cache_format = 7;
constexpr std::uint32_t layout = static_cast<std::uint32_t>(sizeof(Record) * 31 + sizeof(Plan) * 7 + sizeof(Assignment) + sizeof(Field) * 3);

// A checksum that finds damage (not tampering): 64-bit multiply-xorshift over 8-byte words, in four
// independent lanes so that the multiplications overlap (a full-history report checks every
// payload: one lane's chain of multiplications was its limit).
std::uint64_t checksum(std::string_view data) {
  constexpr std::uint64_t k = 0xff51afd7ed558ccdULL;
  std::uint64_t lane[4] = {0x9e3779b97f4a7c15ULL ^ data.size(), 0xc2b2ae3d27d4eb4fULL, 0x165667b19e3779f9ULL, 0x27d4eb2f165667c5ULL};
  std::size_t i = 0;
  for (; i + 32 <= data.size(); i += 32) {
    for (int l = 0; l < 4; ++l) {
      std::uint64_t w;
      std::memcpy(&w, data.data() + i + 8 * l, 8);
      lane[l] = (lane[l] ^ w) * k;
      lane[l] ^= lane[l] >> 32;
    }
  }
  std::uint64_t h = lane[0];
  for (int l = 1; l < 4; ++l) h = ((h ^ lane[l]) * k) ^ (h >> 29);
  for (; i + 8 <= data.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, data.data() + i, 8);
    h = (h ^ w) * k;
    h ^= h >> 32;
  }
  for (; i < data.size(); ++i) h = (h ^ static_cast<unsigned char>(data[i])) * 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 29;
  return h;
}

struct Damaged {};

class Encoder {
 public:
  std::string out;
  template <typename T>
  void raw(T v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void u32(std::uint32_t v) { raw(v); }
  void i64(std::int64_t v) { raw(v); }
  void u8(unsigned v) { raw(static_cast<std::uint8_t>(v)); }
  void str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out.append(s);
  }
  void strs(const std::vector<std::string>& v) {
    u32(static_cast<std::uint32_t>(v.size()));
    for (const auto& s : v) str(s);
  }
  void stamp(const FileStamp& s) {
    raw(s.size);
    raw(s.ino);
    raw(s.dev);
    raw(s.mtime_ns);
    raw(s.ctime_ns);
  }
  void loc(const SourceLoc& l) {
    raw(static_cast<std::int32_t>(l.line));
    raw(static_cast<std::int32_t>(l.col));
  }
  void ymd(const date::year_month_day& d) {
    raw(static_cast<std::int32_t>(static_cast<int>(d.year())));
    u8(static_cast<unsigned>(d.month()));
    u8(static_cast<unsigned>(d.day()));
  }
};

class Decoder {
 public:
  explicit Decoder(std::string_view in) : in_(in) {}
  template <typename T>
  T raw() {
    T v;
    need(sizeof v);
    std::memcpy(&v, in_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  std::uint32_t u32() { return raw<std::uint32_t>(); }
  std::int64_t i64() { return raw<std::int64_t>(); }
  unsigned u8() { return raw<std::uint8_t>(); }
  std::string_view view() {
    const std::uint32_t n = u32();
    need(n);
    std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::string str() { return std::string(view()); }
  std::vector<std::string> strs() {
    std::vector<std::string> v(count());
    for (auto& s : v) s = str();
    return v;
  }
  // A count of items that each take at least a byte, so damage cannot ask for huge allocations.
  std::size_t count() {
    const std::uint32_t n = u32();
    need(n);
    return n;
  }
  FileStamp stamp() {
    FileStamp s;
    s.size = raw<std::uint64_t>();
    s.ino = raw<std::uint64_t>();
    s.dev = raw<std::uint64_t>();
    s.mtime_ns = raw<std::int64_t>();
    s.ctime_ns = raw<std::int64_t>();
    return s;
  }
  SourceLoc loc(const std::filesystem::path& path) {
    SourceLoc l{path, 0, 0};
    l.line = raw<std::int32_t>();
    l.col = raw<std::int32_t>();
    return l;
  }
  date::year_month_day ymd() {
    const int y = raw<std::int32_t>();
    const unsigned m = u8(), d = u8();
    return date::year{y} / date::month{m} / date::day{d};
  }
  template <typename E>
  E enumeration(unsigned last) {
    const unsigned v = u8();
    if (v > last) throw Damaged{};
    return static_cast<E>(v);
  }
  std::size_t pos() const { return pos_; }
  void skip(std::size_t n) {
    need(n);
    pos_ += n;
  }
  bool done() const { return pos_ == in_.size(); }

 private:
  void need(std::size_t n) const {
    if (n > in_.size() - pos_) throw Damaged{};
  }
  std::string_view in_;
  std::size_t pos_ = 0;
};

// ---- records

void encode_value(Encoder& e, const FieldValue& v) {
  e.u8(static_cast<unsigned>(v.index()));
  if (const auto* s = std::get_if<std::string>(&v)) e.str(*s);
  else if (const auto* i = std::get_if<long long>(&v)) e.raw(*i);
  else if (const auto* d = std::get_if<double>(&v)) e.raw(*d);
  else if (const auto* b = std::get_if<bool>(&v)) e.u8(*b ? 1 : 0);
  else e.strs(std::get<std::vector<std::string>>(v));
}

FieldValue decode_value(Decoder& d) {
  switch (d.u8()) {
    case 0: return FieldValue{d.str()};
    case 1: return FieldValue{d.raw<long long>()};
    case 2: return FieldValue{d.raw<double>()};
    case 3: return FieldValue{d.u8() != 0};
    case 4: return FieldValue{d.strs()};
    default: throw Damaged{};
  }
}

void encode_records(Encoder& e, const std::vector<Record>& records) {
  e.u32(static_cast<std::uint32_t>(records.size()));
  for (const auto& r : records) {
    e.str(r.id);
    e.u8(static_cast<unsigned>(r.kind));
    e.i64(r.at.time_since_epoch().count());
    e.i64(r.recorded.time_since_epoch().count());
    e.str(r.assignment);
    e.str(r.template_id);
    e.raw(static_cast<std::int32_t>(r.template_version));
    e.str(r.step);
    e.u8(static_cast<unsigned>(r.status));
    e.str(r.reason);
    e.str(r.reflection);
    e.str(r.note);
    e.str(r.amends);
    e.str(r.answers);
    e.u8(r.week ? 1 : 0);
    e.ymd(r.week.value_or(date::year_month_day{}));
    e.u8(r.quality ? 1 : 0);
    e.raw(static_cast<std::int32_t>(r.quality.value_or(0)));
    e.u32(static_cast<std::uint32_t>(r.values.size()));
    for (const auto& [key, value] : r.values) {
      e.str(key);
      encode_value(e, value);
    }
    e.loc(r.loc);
  }
}

// Appends the records to `into` (decoded in place: a record moved is a record's worth of work).
void decode_records(Decoder& d, std::vector<Record>& into) {
  const std::size_t n = d.count(), first = into.size();
  into.resize(first + n);
  for (std::size_t k = first; k < into.size(); ++k) {
    Record& r = into[k];
    r.id.assign(d.view());
    r.kind = static_cast<RecordKind>(d.u8());
    r.at = Instant{std::chrono::seconds{d.i64()}};
    r.recorded = Instant{std::chrono::seconds{d.i64()}};
    r.assignment.assign(d.view());
    r.template_id.assign(d.view());
    r.template_version = d.raw<std::int32_t>();
    r.step.assign(d.view());
    r.status = d.enumeration<Status>(static_cast<unsigned>(Status::skipped));
    r.reason.assign(d.view());
    r.reflection.assign(d.view());
    r.note.assign(d.view());
    r.amends.assign(d.view());
    r.answers.assign(d.view());
    const bool has_week = d.u8() != 0;
    const auto week = d.ymd();
    if (has_week) r.week = week;
    const bool has_quality = d.u8() != 0;
    const int quality = d.raw<std::int32_t>();
    if (has_quality) r.quality = quality;
    r.values.resize(d.count());
    for (auto& [key, value] : r.values) {
      key.assign(d.view());
      value = decode_value(d);
    }
    r.loc.line = d.raw<std::int32_t>();  // without the file: see log_records
    r.loc.col = d.raw<std::int32_t>();
  }
}

// ---- the fields of a template

template <typename T>
void encode_optional(Encoder& e, const std::optional<T>& v) {
  e.u8(v ? 1 : 0);
  e.raw(v.value_or(T{}));
}

template <typename T>
std::optional<T> decode_optional(Decoder& d) {
  const bool has = d.u8() != 0;
  const T v = d.raw<T>();
  return has ? std::optional{v} : std::nullopt;
}

// What reports need of a template beyond its titles: its fields and how they count.
std::string encode_fields(const Template& t) {
  const std::vector<Field>& fields = t.fields;
  Encoder e;
  e.u8(t.weekly_reflection ? 1 : 0);
  e.u8(static_cast<unsigned>(t.occasion));
  e.u32(static_cast<std::uint32_t>(fields.size()));
  for (const auto& f : fields) {
    e.str(f.id);
    e.u8(static_cast<unsigned>(f.type));
    e.str(f.label);
    e.str(f.prompt);
    e.str(f.help);
    e.u8(f.required ? 1 : 0);
    encode_optional(e, f.min_length);
    encode_optional(e, f.max_length);
    encode_optional(e, f.min);
    encode_optional(e, f.max);
    e.raw(f.step);
    e.u32(static_cast<std::uint32_t>(f.anchors.size()));
    for (const auto& [value, label] : f.anchors) {
      e.raw(value);
      e.str(label);
    }
    e.str(f.unit);
    e.strs(f.points);
    e.strs(f.options);
    e.u8(f.multiple ? 1 : 0);
    e.strs(f.items);
    encode_optional(e, f.min_duration ? std::optional{f.min_duration->count()} : std::nullopt);
    encode_optional(e, f.max_duration ? std::optional{f.max_duration->count()} : std::nullopt);
    e.strs(f.option_labels);
    e.strs(f.item_labels);
    e.u32(static_cast<std::uint32_t>(f.status_of.size()));
    for (const auto& [answer, status] : f.status_of) {
      e.str(answer);
      e.str(status);
    }
    e.loc(f.loc);
  }
  return std::move(e.out);
}

void decode_fields(std::string_view bytes, const std::filesystem::path& path, Template& t) {
  Decoder d(bytes);
  t.weekly_reflection = d.u8() != 0;
  t.occasion = d.enumeration<Occasion>(static_cast<unsigned>(Occasion::event));
  std::vector<Field>& fields = t.fields;
  fields.resize(d.count());
  for (auto& f : fields) {
    f.id = d.str();
    f.type = d.enumeration<FieldType>(static_cast<unsigned>(FieldType::yesno));
    f.label = d.str();
    f.prompt = d.str();
    f.help = d.str();
    f.required = d.u8() != 0;
    f.min_length = decode_optional<std::size_t>(d);
    f.max_length = decode_optional<std::size_t>(d);
    f.min = decode_optional<double>(d);
    f.max = decode_optional<double>(d);
    f.step = d.raw<double>();
    for (std::size_t n = d.count(); n > 0; --n) {
      const auto value = d.raw<long long>();
      f.anchors[value] = d.str();
    }
    f.unit = d.str();
    f.points = d.strs();
    f.options = d.strs();
    f.multiple = d.u8() != 0;
    f.items = d.strs();
    if (const auto s = decode_optional<std::chrono::seconds::rep>(d)) f.min_duration = std::chrono::seconds{*s};
    if (const auto s = decode_optional<std::chrono::seconds::rep>(d)) f.max_duration = std::chrono::seconds{*s};
    f.option_labels = d.strs();
    f.item_labels = d.strs();
    for (std::size_t n = d.count(); n > 0; --n) {
      std::string answer = d.str();
      f.status_of.emplace_back(std::move(answer), d.str());
    }
    f.loc = d.loc(path);
  }
  if (!d.done()) throw Damaged{};
}

// ---- plans, with the titles and fields of the template copies they use

void encode_plan(Encoder& e, const ClientData& data) {
  const Plan& p = data.plan;
  e.str(p.client);
  e.str(p.name);
  e.str(p.timezone);
  e.str(p.language);
  e.u8(p.discreet ? 1 : 0);
  e.u8(p.stall_threshold ? 1 : 0);
  e.raw(p.stall_threshold.value_or(0.0));
  e.strs(p.goals);
  e.u32(static_cast<std::uint32_t>(p.sessions.size()));
  for (const auto& s : p.sessions) e.i64(s.time_since_epoch().count());
  e.u32(static_cast<std::uint32_t>(p.assignments.size()));
  for (const auto& a : p.assignments) {
    e.str(a.id);
    e.str(a.template_id);
    e.u8(a.template_version ? 1 : 0);
    e.raw(static_cast<std::int32_t>(a.template_version.value_or(0)));
    e.str(a.schedule_text);
    const Schedule& s = a.schedule;
    e.u8(static_cast<unsigned>(s.kind));
    for (bool w : s.weekdays) e.u8(w ? 1 : 0);
    e.raw(static_cast<std::int32_t>(s.every));
    e.ymd(s.date);
    e.raw(static_cast<std::int32_t>(s.count));
    e.u8(static_cast<unsigned>(s.period));
    e.u32(static_cast<std::uint32_t>(a.times.size()));
    for (const auto t : a.times) e.raw(static_cast<std::int32_t>(t.count()));
    e.u8(a.start ? 1 : 0);
    e.ymd(a.start.value_or(date::year_month_day{}));
    e.u8(a.end ? 1 : 0);
    e.ymd(a.end.value_or(date::year_month_day{}));
    e.str(a.goal);
    e.str(a.why);
    e.str(a.backup);
    e.str(a.advance_text);
    e.loc(a.advance_loc);
    e.u32(static_cast<std::uint32_t>(a.steps.size()));
    for (const auto& st : a.steps) {
      e.str(st.id);
      e.str(st.title);
      e.u32(static_cast<std::uint32_t>(st.expected.size()));
      for (const auto& [field, value] : st.expected) {
        e.str(field);
        e.raw(value);
      }
      e.str(st.advance_text);
      e.loc(st.advance_loc);
      e.loc(st.loc);
    }
    e.u32(static_cast<std::uint32_t>(a.triggers.size()));
    for (const auto& t : a.triggers) {
      e.str(t.when_text);
      e.loc(t.when_loc);
      e.str(t.suggest);
      e.str(t.message);
      e.loc(t.loc);
    }
    e.loc(a.loc);
  }
  e.u32(static_cast<std::uint32_t>(data.templates.size()));
  for (const auto& [assignment, t] : data.templates) {
    e.str(assignment);
    e.str(t.path.filename().string());
    e.str(t.id);
    e.raw(static_cast<std::int32_t>(t.version));
    e.str(t.title);
    e.u32(static_cast<std::uint32_t>(t.translations.size()));
    for (const auto& [language, tr] : t.translations) {
      e.str(language);
      e.str(tr.title);
    }
    e.str(encode_fields(t));  // a blob of its own, which a reader of titles skips
  }
}

// Rules are kept as their words and read again: only a valid plan is cached, so they parse.
std::optional<AdvanceRule> decode_rule(const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto rule = parse_advance_rule(text);
  if (!std::holds_alternative<AdvanceRule>(rule)) throw Damaged{};
  return std::get<AdvanceRule>(rule);
}

ClientData decode_plan(Decoder& d, const ClientDir& dir, TemplateDetail detail) {
  ClientData data{dir, {}, {}};
  Plan& p = data.plan;
  p.path = dir.plan();
  const auto templates_dir = dir.templates();
  p.client = d.str();
  p.name = d.str();
  p.timezone = d.str();
  if (!p.timezone.empty()) {
    p.zone = find_zone(p.timezone);
    if (!p.zone) throw Damaged{};
  }
  p.language = d.str();
  p.discreet = d.u8() != 0;
  const bool has_stall = d.u8() != 0;
  const double stall = d.raw<double>();
  if (has_stall) p.stall_threshold = stall;
  p.goals = d.strs();
  p.sessions.resize(d.count());
  for (auto& s : p.sessions) s = LocalTime{std::chrono::seconds{d.i64()}};
  p.assignments.resize(d.count());
  for (auto& a : p.assignments) {
    a.id = d.str();
    a.template_id = d.str();
    const bool versioned = d.u8() != 0;
    const int version = d.raw<std::int32_t>();
    if (versioned) a.template_version = version;
    a.schedule_text = d.str();
    Schedule& s = a.schedule;
    s.kind = d.enumeration<Schedule::Kind>(static_cast<unsigned>(Schedule::Kind::as_needed));
    for (auto& w : s.weekdays) w = d.u8() != 0;
    s.every = d.raw<std::int32_t>();
    s.date = d.ymd();
    s.count = d.raw<std::int32_t>();
    s.period = d.enumeration<Schedule::Period>(static_cast<unsigned>(Schedule::Period::month));
    a.times.resize(d.count());
    for (auto& t : a.times) t = std::chrono::minutes{d.raw<std::int32_t>()};
    const bool has_start = d.u8() != 0;
    const auto start = d.ymd();
    if (has_start) a.start = start;
    const bool has_end = d.u8() != 0;
    const auto end = d.ymd();
    if (has_end) a.end = end;
    a.goal = d.str();
    a.why = d.str();
    a.backup = d.str();
    a.advance_text = d.str();
    a.advance_loc = d.loc(p.path);
    a.advance = decode_rule(a.advance_text);
    a.steps.resize(d.count());
    for (auto& st : a.steps) {
      st.id = d.str();
      st.title = d.str();
      st.expected.resize(d.count());
      for (auto& [field, value] : st.expected) {
        field = d.str();
        value = d.raw<double>();
      }
      st.advance_text = d.str();
      st.advance_loc = d.loc(p.path);
      st.loc = d.loc(p.path);
      st.advance = decode_rule(st.advance_text);
    }
    a.triggers.resize(d.count());
    for (auto& t : a.triggers) {
      t.when_text = d.str();
      t.when_loc = d.loc(p.path);
      auto when = parse_conditions(t.when_text);
      if (!std::holds_alternative<std::vector<Condition>>(when)) throw Damaged{};
      t.when = std::get<std::vector<Condition>>(when);
      t.suggest = d.str();
      t.message = d.str();
      t.loc = d.loc(p.path);
    }
    a.loc = d.loc(p.path);
  }
  for (std::size_t n = d.count(); n > 0; --n) {
    std::string assignment = d.str();
    Template t;
    t.path = templates_dir / d.str();
    t.id = d.str();
    t.version = d.raw<std::int32_t>();
    t.title = d.str();
    for (std::size_t k = d.count(); k > 0; --k) {
      std::string language = d.str();
      t.translations[language].title = d.str();
    }
    const std::string_view fields = d.view();
    if (detail != TemplateDetail::titles) decode_fields(fields, t.path, t);
    data.templates.emplace(std::move(assignment), std::move(t));
  }
  return data;
}

std::string relative_name(const ClientDir& dir, const std::filesystem::path& p) {
  return p.lexically_relative(dir.dir).generic_string();
}

// Replaces `path` atomically (a new file renamed over it), owner-only, but without the flush to
// disk that records get: a cache torn by a crash fails its checksum and is rebuilt, and a flush
// per client would make the first run after many changes take seconds.
void write_cache_file(const std::filesystem::path& path, std::string_view content) {
  const auto temp = path.parent_path() / (".hwk-tmp-" + path.filename().string() + "-" + std::to_string(::getpid()));
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) throw Error("cannot write " + temp.string());
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  const bool ok = ::close(fd) == 0 && done == content.size();
  if (!ok || ::rename(temp.c_str(), path.c_str()) != 0) {
    ::unlink(temp.c_str());
    throw Error("cannot write " + path.string());
  }
}

}  // namespace

std::optional<FileStamp> file_stamp(const std::filesystem::path& path) { return file_stamp_at(AT_FDCWD, path.c_str()); }

std::optional<FileStamp> file_stamp_at(int dir_fd, const char* name) {
  struct stat st {};
  if (::fstatat(dir_fd, name, &st, 0) != 0) return std::nullopt;
  FileStamp s;
  s.size = static_cast<std::uint64_t>(st.st_size);
  s.ino = static_cast<std::uint64_t>(st.st_ino);
  s.dev = static_cast<std::uint64_t>(st.st_dev);
  s.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  s.ctime_ns = static_cast<std::int64_t>(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
  return s;
}

bool stamp_trusted(const FileStamp& cached, const std::optional<FileStamp>& now, std::int64_t cache_written_ns) {
  // The change time is set from this machine's clock on every change, whatever a tool does to the
  // modification time, so it tells whether the file changed after the cache was written.
  return now && *now == cached && cached.ctime_ns < cache_written_ns;
}

std::filesystem::path cache_dir(const Practice& practice) { return practice.state_dir() / "cache"; }

ClientCache::ClientCache(std::filesystem::path cache_dir, ClientDir client, OpenDirs* dirs) : client_(std::move(client)) {
  if (cache_dir.empty()) return;
  file_ = cache_dir / "clients" / client_.id;
  auto open = [&](const std::filesystem::path& path, int flags) {
    return dirs ? dirs->open_in(path.parent_path(), path.filename(), flags) : ::open(path.c_str(), flags);
  };
  dir_fd_ = open(client_.dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
  cache_fd_ = open(file_, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (cache_fd_ < 0) return;
  struct stat st {};
  if (::fstat(cache_fd_, &st) != 0 || !S_ISREG(st.st_mode)) return;
  file_size_ = static_cast<std::uint64_t>(st.st_size);
  // The index comes first and is small: one read of its usual size, a second when it is larger.
  auto read_head = [&](std::uint64_t size) {
    head_ = std::make_unique_for_overwrite<char[]>(size);
    head_size_ = size;
    return ::pread(cache_fd_, head_.get(), size, 0) == static_cast<ssize_t>(size);
  };
  try {
    if (!read_head(std::min<std::uint64_t>(file_size_, 16384))) throw Damaged{};
    auto parse_index = [&](std::string_view bytes) {
      if (bytes.size() < sizeof magic + 8 || std::memcmp(bytes.data(), magic, sizeof magic) != 0) throw Damaged{};
      Decoder d(bytes.substr(sizeof magic));
      if (d.u32() != cache_format || d.u32() != layout || d.view() != client_.id) throw Damaged{};
      const std::uint64_t index_size = d.raw<std::uint64_t>();
      if (index_size > static_cast<std::uint64_t>(st.st_size)) throw Damaged{};
      if (index_size + 8 > bytes.size()) return index_size;  // read more
      // Each entry is checked and its place noted here; it is decoded when first used.
      Decoder index(bytes.substr(0, index_size));
      index.skip(sizeof magic + d.pos());  // the header, read above
      index_.clear();
      for (std::size_t n = index.count(); n > 0; --n) {
        const std::string_view key = index.view();
        const std::size_t at = index.pos();
        for (std::size_t k = index.count(); k > 0; --k) {
          index.view();
          index.stamp();
        }
        const auto offset = index.raw<std::uint64_t>(), size = index.raw<std::uint64_t>();
        index.raw<std::uint64_t>();
        if (offset > file_size_ || size > file_size_ - offset) throw Damaged{};
        if (!index_.empty() && index_.back().first >= key) throw Damaged{};  // written in order
        index_.emplace_back(key, at);
      }
      if (!index.done() || Decoder(bytes.substr(index_size)).raw<std::uint64_t>() != checksum(bytes.substr(0, index_size))) throw Damaged{};
      payloads_at_ = index_size + 8;
      return std::uint64_t{0};
    };
    if (const std::uint64_t index_size = parse_index({head_.get(), head_size_})) {
      if (!read_head(index_size + 8) || parse_index({head_.get(), head_size_}) != 0) throw Damaged{};
    }
    written_ns_ = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  } catch (const Damaged&) {
    entries_.clear();
    index_.clear();
    changed_ = true;  // rewritten whole at the next save
  }
}

CacheEntry* ClientCache::entry(const std::string& key) {
  if (const auto it = entries_.find(key); it != entries_.end()) return &it->second;
  const auto it = std::lower_bound(index_.begin(), index_.end(), key, [](const auto& i, const std::string& k) { return i.first < k; });
  if (it == index_.end() || it->first != key) return nullptr;
  Decoder d(std::string_view(head_.get(), head_size_));
  d.skip(it->second);
  CacheEntry e;
  e.sources.resize(d.count());
  for (auto& [name, stamp] : e.sources) {
    name = d.str();
    stamp = d.stamp();
  }
  e.offset = d.raw<std::uint64_t>();
  e.size = d.raw<std::uint64_t>();
  e.sum = d.raw<std::uint64_t>();
  e.in_file = true;
  index_.erase(it);
  return &entries_.emplace(key, std::move(e)).first->second;
}

void ClientCache::forget(const std::string& key) {
  const auto it = std::lower_bound(index_.begin(), index_.end(), key, [](const auto& i, const std::string& k) { return i.first < k; });
  if (it != index_.end() && it->first == key) {
    index_.erase(it);
    changed_ = true;
  }
  if (entries_.erase(key)) changed_ = true;
}

ClientCache::~ClientCache() {
  if (cache_fd_ >= 0) ::close(cache_fd_);
  if (dir_fd_ >= 0) ::close(dir_fd_);
}

void ClientCache::read_whole() {
  if (cache_fd_ < 0 || (index_.empty() && entries_.empty()) || head_size_ >= file_size_ || whole_) return;
  auto all = std::make_unique_for_overwrite<char[]>(file_size_);
  if (::pread(cache_fd_, all.get(), file_size_, 0) == static_cast<ssize_t>(file_size_)) whole_ = std::move(all);
}

std::optional<std::string_view> ClientCache::bytes_at_hand(const CacheEntry& e) const {
  if (!e.in_file || e.loaded) return std::string_view(e.bytes);
  if (payloads_at_ + e.offset + e.size <= head_size_) return std::string_view(head_.get() + payloads_at_ + e.offset, e.size);
  if (whole_) return std::string_view(whole_.get() + payloads_at_ + e.offset, e.size);
  return std::nullopt;
}

std::optional<std::string_view> ClientCache::payload(CacheEntry& e) {
  auto bytes = bytes_at_hand(e);
  if (!bytes) {
    e.bytes.resize(e.size);
    const auto n = ::pread(cache_fd_, e.bytes.data(), e.bytes.size(), static_cast<off_t>(payloads_at_ + e.offset));
    if (n != static_cast<ssize_t>(e.size)) return std::nullopt;
    e.loaded = true;
    bytes = e.bytes;
  }
  if (e.in_file && !e.checked && checksum(*bytes) != e.sum) return std::nullopt;
  e.checked = true;
  return bytes;
}

std::optional<std::string_view> ClientCache::trusted(const std::string& key) {
  CacheEntry* e = entry(key);
  if (!e) return std::nullopt;
  for (const auto& [name, stamp] : e->sources) {
    // Relative to the client's directory: a shorter path to walk for each of many files.
    const auto now = dir_fd_ >= 0 ? file_stamp_at(dir_fd_, name.c_str()) : file_stamp(client_.dir / name);
    if (!stamp_trusted(stamp, now, written_ns_)) return std::nullopt;
  }
  const auto bytes = payload(*e);
  if (!bytes) forget(key);
  return bytes;
}

void ClientCache::put(const std::string& key, CacheEntry entry) {
  if (file_.empty()) return;
  entry.in_file = false;
  forget(key);
  entries_[key] = std::move(entry);
  changed_ = true;
}

ClientData ClientCache::client_data(std::vector<Diagnostic>& diags, TemplateDetail detail) {
  if (const auto payload = trusted("plan")) {
    try {
      Decoder d(*payload);
      ClientData data = decode_plan(d, client_, detail);
      if (!d.done()) throw Damaged{};
      if (detail == TemplateDetail::full) {
        for (auto& [assignment, t] : data.templates) {
          auto full = read_client_template(client_, t.id, t.version, diags);
          if (!full) throw Damaged{};
          t = std::move(*full);
        }
      }
      ++hits;
      return data;
    } catch (const Damaged&) {
      forget("plan");
    }
  }
  ++misses;
  // Stamps are taken before the files are read, so a change while reading shows next time.
  CacheEntry entry;
  const auto plan_stamp = file_stamp(client_.plan());
  const auto dir_stamp = file_stamp(client_.templates());
  std::map<std::string, FileStamp> copies;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(client_.templates(), ec), end; !ec && it != end; it.increment(ec)) {
    if (auto s = file_stamp(it->path())) copies[it->path().filename().string()] = *s;
  }
  std::vector<Diagnostic> local;
  ClientData data = read_client_data(client_, local);
  const bool clean = local.empty() && plan_stamp && dir_stamp && data.plan.zone;
  if (clean) {
    entry.sources.emplace_back(relative_name(client_, client_.plan()), *plan_stamp);
    // The directory matters only to an assignment that takes the newest copy there is.
    const bool newest = std::any_of(data.plan.assignments.begin(), data.plan.assignments.end(),
                                    [](const Assignment& a) { return !a.template_version; });
    if (newest) entry.sources.emplace_back(relative_name(client_, client_.templates()), *dir_stamp);
    bool all = true;
    for (const auto& [assignment, t] : data.templates) {
      const auto it = copies.find(t.path.filename().string());
      if (it == copies.end() || t.path.parent_path() != client_.templates()) {
        all = false;
        continue;
      }
      // A copy that several assignments use is a source once: every report stats each source.
      auto name = relative_name(client_, t.path);
      const bool listed = std::any_of(entry.sources.begin(), entry.sources.end(), [&](const auto& s) { return s.first == name; });
      if (!listed) entry.sources.emplace_back(std::move(name), it->second);
    }
    if (all) {
      Encoder e;
      encode_plan(e, data);
      entry.bytes = std::move(e.out);
      put("plan", std::move(entry));
    }
  }
  diags.insert(diags.end(), local.begin(), local.end());
  return data;
}

std::vector<std::string> ClientCache::log_file_names() {
  if (const auto payload = trusted("log")) {
    try {
      Decoder d(*payload);
      std::vector<std::string> names = d.strs();
      if (!d.done()) throw Damaged{};
      listed_ = names;
      ++hits;
      return names;
    } catch (const Damaged&) {
    }
  }
  ++misses;
  const auto stamp = file_stamp(client_.log());
  std::vector<std::string> names;
  for (const auto& p : client_log_files(client_)) names.push_back(p.filename().string());
  if (stamp) {
    Encoder e;
    e.strs(names);
    CacheEntry entry;
    entry.sources = {{relative_name(client_, client_.log()), *stamp}};
    entry.bytes = std::move(e.out);
    put("log", std::move(entry));
  }
  listed_ = names;
  return names;
}

std::size_t ClientCache::records_held(const std::vector<std::string>& file_names) {
  std::size_t n = 0;
  for (const auto& f : file_names) {
    const CacheEntry* e = entry("log/" + f);
    const auto bytes = e ? bytes_at_hand(*e) : std::nullopt;
    if (!bytes || bytes->size() < 4) continue;
    std::uint32_t count = 0;
    std::memcpy(&count, bytes->data(), 4);
    n += std::min<std::size_t>(count, bytes->size());  // each record takes more than a byte
  }
  return n;
}

std::vector<Record> ClientCache::log_records(const std::string& file_name, std::vector<Diagnostic>& diags) {
  std::vector<Record> records;
  append_log_records(file_name, records, diags);
  return records;
}

void ClientCache::append_log_records(const std::string& file_name, std::vector<Record>& into, std::vector<Diagnostic>& diags) {
  const std::string key = "log/" + file_name;
  const std::string& name = key;  // the file relative to the client's directory
  if (const auto payload = trusted(key)) {
    const std::size_t before = into.size();
    try {
      Decoder d(*payload);
      decode_records(d, into);
      if (!d.done()) throw Damaged{};
      ++hits;
      return;
    } catch (const Damaged&) {
      into.resize(before);
    }
  }
  ++misses;
  const auto file = client_.log() / file_name;
  const auto stamp = file_stamp(file);
  const std::string text = read_file(file, limits::max_log_file_bytes);
  std::vector<Diagnostic> local;
  auto records = parse_log(text, file, local);
  for (auto& r : records) {  // as from the cache: only check needs them
    r.value_locs.clear();
    r.loc.path.clear();
  }
  if (local.empty() && stamp) {
    Encoder e;
    encode_records(e, records);
    CacheEntry entry;
    entry.sources = {{name, *stamp}};
    entry.bytes = std::move(e.out);
    put(key, std::move(entry));
  } else {
    forget(key);
    diags.insert(diags.end(), local.begin(), local.end());
  }
  into.insert(into.end(), std::make_move_iterator(records.begin()), std::make_move_iterator(records.end()));
}

void ClientCache::save() noexcept {
  if (file_.empty() || !changed_) return;
  try {
    while (!index_.empty()) entry(std::string(index_.front().first));  // every entry, decoded
    if (listed_) {
      // Entries of log files that are gone are dropped.
      for (auto it = entries_.begin(); it != entries_.end();) {
        const bool gone = it->first.starts_with("log/") &&
                          std::find(listed_->begin(), listed_->end(), it->first.substr(4)) == listed_->end();
        it = gone ? entries_.erase(it) : std::next(it);
      }
    }
    // Entries not used in this run are read now, so that the new file holds them too; an entry
    // that cannot be read is dropped.
    std::vector<std::pair<const std::string*, std::string_view>> kept;  // newest first, see below
    for (auto it = entries_.begin(); it != entries_.end();) {
      if (const auto bytes = payload(it->second)) {
        kept.emplace_back(&it->first, *bytes);
        ++it;
      } else {
        it = entries_.erase(it);
      }
    }
    // Payloads go in reverse order of their keys, so the plan and the newest months follow the
    // index and come with its first read.
    std::reverse(kept.begin(), kept.end());
    Encoder e;
    e.out.append(magic, sizeof magic);
    e.u32(cache_format);
    e.u32(layout);
    e.str(client_.id);
    const std::size_t index_size_at = e.out.size();
    e.raw(std::uint64_t{0});  // the index's size, known at its end
    e.u32(static_cast<std::uint32_t>(entries_.size()));
    std::map<const std::string*, std::uint64_t> offsets;
    std::uint64_t offset = 0;
    for (const auto& [key, bytes] : kept) {
      offsets[key] = offset;
      offset += bytes.size();
    }
    for (const auto& [key, bytes] : std::vector(kept.rbegin(), kept.rend())) {
      const CacheEntry& entry = entries_.at(*key);
      e.str(*key);
      e.u32(static_cast<std::uint32_t>(entry.sources.size()));
      for (const auto& [name, stamp] : entry.sources) {
        e.str(name);
        e.stamp(stamp);
      }
      e.raw(offsets.at(key));
      e.raw(static_cast<std::uint64_t>(bytes.size()));
      e.raw(entry.in_file ? entry.sum : checksum(bytes));
    }
    const std::uint64_t index_size = e.out.size();
    std::memcpy(e.out.data() + index_size_at, &index_size, sizeof index_size);
    e.raw(checksum(e.out));
    for (const auto& [key, bytes] : kept) e.out.append(bytes);
    const auto dir = file_.parent_path();
    make_private_dirs(dir);
    DirLock lock(dir);
    write_cache_file(file_, e.out);
    changed_ = false;
  } catch (...) {
    // The cache is only ever a shortcut: the files are read again next time.
  }
}

}  // namespace hwk
