// The derived cache: stamps, the racy rule, a compact binary encoding of plans and records, and
// the cache file of one client.
//
// File layout (integers as the machine stores them: the cache is per machine):
//   "hwkcache" · u32 format · u32 layout · str client · u32 entries ·
//   entries: str key · u32 sources · (str name · stamp)… · str payload
//   u64 checksum of everything before it
// Keys: "plan" (the plan and the titles of its template copies), "log" (the names in log/), and
// "log/NAME" (the records of one log file).
#include "io/record_cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>

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
static_assert(sizeof(Schedule) == 28, "Schedule changed: encode the new member in record_cache.cpp and raise cache_format");
#endif

namespace {

constexpr char magic[8] = {'h', 'w', 'k', 'c', 'a', 'c', 'h', 'e'};
constexpr std::uint32_t cache_format = 3;
constexpr std::uint32_t layout = static_cast<std::uint32_t>(sizeof(Record) * 31 + sizeof(Plan) * 7 + sizeof(Assignment));

// A checksum that finds damage (not tampering): 64-bit multiply-xorshift over 8-byte words.
std::uint64_t checksum(std::string_view data) {
  std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ data.size();
  std::size_t i = 0;
  for (; i + 8 <= data.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, data.data() + i, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdULL;
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

std::vector<Record> decode_records(Decoder& d, const std::filesystem::path& path) {
  std::vector<Record> out(d.count());
  for (auto& r : out) {
    r.id = d.str();
    r.kind = static_cast<RecordKind>(d.u8());
    r.at = Instant{std::chrono::seconds{d.i64()}};
    r.recorded = Instant{std::chrono::seconds{d.i64()}};
    r.assignment = d.str();
    r.template_id = d.str();
    r.template_version = d.raw<std::int32_t>();
    r.step = d.str();
    r.status = d.enumeration<Status>(static_cast<unsigned>(Status::skipped));
    r.reason = d.str();
    r.reflection = d.str();
    r.note = d.str();
    r.amends = d.str();
    r.answers = d.str();
    const bool has_week = d.u8() != 0;
    const auto week = d.ymd();
    if (has_week) r.week = week;
    const bool has_quality = d.u8() != 0;
    const int quality = d.raw<std::int32_t>();
    if (has_quality) r.quality = quality;
    r.values.resize(d.count());
    for (auto& [key, value] : r.values) {
      key = d.str();
      value = decode_value(d);
    }
    r.loc = d.loc(path);
  }
  return out;
}

// ---- plans, with the titles of the template copies they use

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
  }
}

// Rules are kept as their words and read again: only a valid plan is cached, so they parse.
std::optional<AdvanceRule> decode_rule(const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto rule = parse_advance_rule(text);
  if (!std::holds_alternative<AdvanceRule>(rule)) throw Damaged{};
  return std::get<AdvanceRule>(rule);
}

ClientData decode_plan(Decoder& d, const ClientDir& dir) {
  ClientData data{dir, {}, {}};
  Plan& p = data.plan;
  p.path = dir.plan();
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
    t.path = dir.templates() / d.str();
    t.id = d.str();
    t.version = d.raw<std::int32_t>();
    t.title = d.str();
    for (std::size_t k = d.count(); k > 0; --k) {
      std::string language = d.str();
      t.translations[language].title = d.str();
    }
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

ClientCache::ClientCache(std::filesystem::path cache_dir, ClientDir client) : client_(std::move(client)) {
  if (cache_dir.empty()) return;
  file_ = cache_dir / "clients" / client_.id;
  dir_fd_ = ::open(client_.dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  const auto stamp = file_stamp(file_);
  if (!stamp) return;
  std::string bytes;
  try {
    bytes = read_file(file_, std::numeric_limits<std::size_t>::max());
  } catch (const Error&) {
    return;
  }
  try {
    if (bytes.size() < sizeof magic + 8 || std::memcmp(bytes.data(), magic, sizeof magic) != 0) throw Damaged{};
    const std::string_view body(bytes.data(), bytes.size() - 8);
    std::uint64_t sum;
    std::memcpy(&sum, bytes.data() + body.size(), 8);
    if (sum != checksum(body)) throw Damaged{};
    Decoder d(body.substr(sizeof magic));
    if (d.u32() != cache_format || d.u32() != layout || d.view() != client_.id) throw Damaged{};
    for (std::size_t n = d.count(); n > 0; --n) {
      std::string key = d.str();
      CacheEntry e;
      e.sources.resize(d.count());
      for (auto& [name, s] : e.sources) {
        name = d.str();
        s = d.stamp();
      }
      e.payload = d.str();
      entries_.emplace(std::move(key), std::move(e));
    }
    if (!d.done()) throw Damaged{};
    written_ns_ = stamp->mtime_ns;
  } catch (const Damaged&) {
    entries_.clear();
    changed_ = true;  // rewritten whole at the next save
  }
}

ClientCache::~ClientCache() {
  if (dir_fd_ >= 0) ::close(dir_fd_);
}

const CacheEntry* ClientCache::trusted(const std::string& key) const {
  const auto it = entries_.find(key);
  if (it == entries_.end()) return nullptr;
  for (const auto& [name, stamp] : it->second.sources) {
    // Relative to the client's directory: a shorter path to walk for each of many files.
    const auto now = dir_fd_ >= 0 ? file_stamp_at(dir_fd_, name.c_str()) : file_stamp(client_.dir / name);
    if (!stamp_trusted(stamp, now, written_ns_)) return nullptr;
  }
  return &it->second;
}

void ClientCache::put(const std::string& key, CacheEntry entry) {
  if (file_.empty()) return;
  entries_[key] = std::move(entry);
  changed_ = true;
}

ClientData ClientCache::client_data(std::vector<Diagnostic>& diags, TemplateDetail detail) {
  if (const auto* e = trusted("plan")) {
    try {
      Decoder d(e->payload);
      ClientData data = decode_plan(d, client_);
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
      entries_.erase("plan");
      changed_ = true;
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
      if (it == copies.end() || t.path.parent_path() != client_.templates()) all = false;
      else entry.sources.emplace_back(relative_name(client_, t.path), it->second);
    }
    if (all) {
      Encoder e;
      encode_plan(e, data);
      entry.payload = std::move(e.out);
      put("plan", std::move(entry));
    }
  }
  diags.insert(diags.end(), local.begin(), local.end());
  return data;
}

std::vector<std::filesystem::path> ClientCache::log_files() {
  std::vector<std::filesystem::path> out;
  if (const auto* e = trusted("log")) {
    try {
      Decoder d(e->payload);
      std::vector<std::string> names = d.strs();
      if (!d.done()) throw Damaged{};
      for (const auto& n : names) out.push_back(client_.log() / n);
      listed_ = std::move(names);
      ++hits;
      return out;
    } catch (const Damaged&) {
      out.clear();
    }
  }
  ++misses;
  const auto stamp = file_stamp(client_.log());
  out = client_log_files(client_);
  std::vector<std::string> names;
  for (const auto& p : out) names.push_back(p.filename().string());
  if (stamp) {
    Encoder e;
    e.strs(names);
    put("log", {{{relative_name(client_, client_.log()), *stamp}}, std::move(e.out)});
  }
  listed_ = std::move(names);
  return out;
}

std::vector<Record> ClientCache::log_records(const std::filesystem::path& file, std::vector<Diagnostic>& diags) {
  const std::string name = relative_name(client_, file);
  const std::string& key = name;
  if (const auto* e = trusted(key)) {
    try {
      Decoder d(e->payload);
      auto records = decode_records(d, file);
      if (!d.done()) throw Damaged{};
      ++hits;
      return records;
    } catch (const Damaged&) {
    }
  }
  ++misses;
  const auto stamp = file_stamp(file);
  const std::string text = read_file(file, limits::max_log_file_bytes);
  std::vector<Diagnostic> local;
  auto records = parse_log(text, file, local);
  for (auto& r : records) r.value_locs.clear();  // as from the cache: only check needs them
  if (local.empty() && stamp) {
    Encoder e;
    encode_records(e, records);
    put(key, {{{name, *stamp}}, std::move(e.out)});
  } else {
    if (entries_.erase(key)) changed_ = true;
    diags.insert(diags.end(), local.begin(), local.end());
  }
  return records;
}

void ClientCache::save() noexcept {
  if (file_.empty() || !changed_) return;
  try {
    if (listed_) {
      // Entries of log files that are gone are dropped.
      for (auto it = entries_.begin(); it != entries_.end();) {
        const bool gone = it->first.starts_with("log/") &&
                          std::find(listed_->begin(), listed_->end(), it->first.substr(4)) == listed_->end();
        it = gone ? entries_.erase(it) : std::next(it);
      }
    }
    Encoder e;
    e.out.append(magic, sizeof magic);
    e.u32(cache_format);
    e.u32(layout);
    e.str(client_.id);
    e.u32(static_cast<std::uint32_t>(entries_.size()));
    for (const auto& [key, entry] : entries_) {
      e.str(key);
      e.u32(static_cast<std::uint32_t>(entry.sources.size()));
      for (const auto& [name, stamp] : entry.sources) {
        e.str(name);
        e.stamp(stamp);
      }
      e.str(entry.payload);
    }
    e.raw(checksum(e.out));
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
