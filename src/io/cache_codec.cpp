// The cache's encoding, and the checks that keep a damaged or crafted cache from reaching a report.
//
// File layout (integers as the machine stores them: the cache is per machine): an index, then the
// payloads, so that a command reads and checks only the entries it uses (`hwk due` needs this
// month's records, not two years of them):
//   "hwkcache" · u32 format · u32 layout · str client · u64 index size · u32 entries ·
//   entries: str key · u32 sources · (str name · stamp · u64 content)… · i64 verified ·
//            u32 amends · (str id)… · u64 offset · u64 size · u64 checksum
//   u64 checksum of the index (everything before it) · payloads (offsets count from here)
// Keys: "plan" (the plan and the titles of its template copies), "log" (the names in log/), and
// "log/NAME" (the records of one log file).
#include "io/cache_codec.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

#include "io/log_format.hpp"
#include "io/template_catalog.hpp"
#include "model/ids.hpp"
#include "model/record_id.hpp"
#include "model/template.hpp"
#include "schedule/schedule.hpp"

namespace hwk {

// The encodings below spell out every member of these structs. When one gains a member, its
// encoding (and `cache_format`) must follow, or the cache would drop what the files say.
#if defined(__GLIBCXX__) && defined(__x86_64__) && !defined(_GLIBCXX_DEBUG)
static_assert(sizeof(Record) == 472, "Record changed: encode the new member in cache_codec.cpp and raise cache_format");
static_assert(sizeof(Plan) == 320, "Plan changed: encode the new member in cache_codec.cpp and raise cache_format");
static_assert(sizeof(Assignment) == 504, "Assignment changed: encode the new member in cache_codec.cpp and raise cache_format");
static_assert(sizeof(Step) == 272, "Step changed: encode the new member in cache_codec.cpp and raise cache_format");
static_assert(sizeof(Trigger) == 216, "Trigger changed: encode the new member in cache_codec.cpp and raise cache_format");
static_assert(sizeof(Field) == 528, "Field changed: encode the new member in cache_codec.cpp and raise cache_format");
static_assert(sizeof(Schedule) == 28, "Schedule changed: encode the new member in cache_codec.cpp and raise cache_format");
#endif

namespace {

constexpr char magic[8] = {'h', 'w', 'k', 'c', 'a', 'c', 'h', 'e'};
constexpr std::uint32_t cache_format = 11;
constexpr std::uint32_t layout = static_cast<std::uint32_t>(sizeof(Record) * 31 + sizeof(Plan) * 7 + sizeof(Assignment) + sizeof(Field) * 3);

class Encoder {
 public:
  std::string out;
  template <typename T>
  void raw(T v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void u32(std::uint32_t v) { raw(v); }
  void u64(std::uint64_t v) { raw(v); }
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

// Reads what Encoder wrote; any read past the end, and any value a reader of the files would not
// have produced, throws CacheDamaged.
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
  std::uint64_t u64() { return raw<std::uint64_t>(); }
  std::int64_t i64() { return raw<std::int64_t>(); }
  unsigned u8() { return raw<std::uint8_t>(); }
  bool flag() {
    const unsigned v = u8();
    if (v > 1) throw CacheDamaged{};
    return v == 1;
  }
  std::string_view view() {
    const std::uint32_t n = u32();
    need(n);
    std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::string str() { return std::string(view()); }
  /// An id of hwk's ([a-z0-9_-], as ids.hpp says), or empty when `empty_ok`.
  std::string id(bool empty_ok = false) {
    std::string s = str();
    if (!(s.empty() ? empty_ok : is_valid_id(s))) throw CacheDamaged{};
    return s;
  }
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
    s.size = u64();
    s.ino = u64();
    s.dev = u64();
    s.mtime_ns = i64();
    s.ctime_ns = i64();
    return s;
  }
  SourceLoc loc(const std::filesystem::path& path) {
    SourceLoc l{path, 0, 0};
    l.line = raw<std::int32_t>();
    l.col = raw<std::int32_t>();
    if (l.line < 0 || l.col < 0) throw CacheDamaged{};
    return l;
  }
  /// A real date of the years a TOML file can write (0000–9999).
  date::year_month_day ymd() {
    const int y = raw<std::int32_t>();
    const unsigned m = u8(), d = u8();
    const auto day = date::year{y} / date::month{m} / date::day{d};
    if (!day.ok() || y < 0 || y > 9999) throw CacheDamaged{};
    return day;
  }
  double finite() {
    const double v = raw<double>();
    if (!std::isfinite(v)) throw CacheDamaged{};
    return v;
  }
  template <typename E>
  E enumeration(unsigned last) {
    const unsigned v = u8();
    if (v > last) throw CacheDamaged{};
    return static_cast<E>(v);
  }
  std::size_t pos() const { return pos_; }
  void skip(std::size_t n) {
    need(n);
    pos_ += n;
  }
  bool done() const { return pos_ == in_.size(); }
  void finish() const {
    if (!done()) throw CacheDamaged{};
  }

 private:
  void need(std::size_t n) const {
    if (n > in_.size() - pos_) throw CacheDamaged{};
  }
  std::string_view in_;
  std::size_t pos_ = 0;
};

// The instants a log file can hold (see io/log_reader.cpp): from 1970 to the end of year 9999.
Instant record_time(Decoder& d) {
  const std::int64_t s = d.i64();
  if (s < record_time_min().time_since_epoch().count() || s > record_time_max().time_since_epoch().count()) throw CacheDamaged{};
  return Instant{std::chrono::seconds{s}};
}

// The local times a plan can hold: years 0000–9999.
LocalTime plan_time(Decoder& d) {
  constexpr std::int64_t lo = -62167219200;  // 0000-01-01T00:00:00
  constexpr std::int64_t hi = 253402300799;  // 9999-12-31T23:59:59
  const std::int64_t s = d.i64();
  if (s < lo || s > hi) throw CacheDamaged{};
  return LocalTime{std::chrono::seconds{s}};
}

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
    case 0:
      return FieldValue{d.str()};
    case 1:
      return FieldValue{d.raw<long long>()};
    case 2:
      return FieldValue{d.raw<double>()};  // the log reader takes any TOML float
    case 3:
      return FieldValue{d.flag()};
    case 4:
      return FieldValue{d.strs()};
    default:
      throw CacheDamaged{};
  }
}

std::string record_id(Decoder& d, bool empty_ok) {
  std::string s = d.str();
  if (!(s.empty() ? empty_ok : is_record_id(s))) throw CacheDamaged{};
  return s;
}

// ---- the fields of a template

template <typename T>
void encode_optional(Encoder& e, const std::optional<T>& v) {
  e.u8(v ? 1 : 0);
  e.raw(v.value_or(T{}));
}

template <typename T>
std::optional<T> decode_optional(Decoder& d) {
  const bool has = d.flag();
  const T v = d.raw<T>();
  return has ? std::optional{v} : std::nullopt;
}

std::optional<double> decode_optional_finite(Decoder& d) {
  const auto v = decode_optional<double>(d);
  if (v && !std::isfinite(*v)) throw CacheDamaged{};
  return v;
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
  e.u32(static_cast<std::uint32_t>(t.risk.size()));
  for (const auto& r : t.risk) {
    e.str(r.text);
    e.loc(r.loc);
  }
  return std::move(e.out);
}

// What the template reader guarantees of a field (io/template_reader.cpp), so that no report
// divides by a step of 0 or walks a scale without end.
void check_field(const Field& f) {
  constexpr double bound = 1000000;
  if (f.min_length && *f.min_length > 100000) throw CacheDamaged{};
  if (f.max_length && (*f.max_length < 1 || *f.max_length > 100000)) throw CacheDamaged{};
  if (f.min_length && f.max_length && *f.min_length > *f.max_length) throw CacheDamaged{};
  if (!std::isfinite(f.step) || f.step < 0 || f.step > bound) throw CacheDamaged{};
  if (f.min && f.max && *f.min > *f.max) throw CacheDamaged{};
  if (f.type == FieldType::scale) {
    if (!f.min || !f.max || *f.min >= *f.max || std::abs(*f.min) > bound || std::abs(*f.max) > bound) throw CacheDamaged{};
    if (*f.min != std::floor(*f.min) || *f.max != std::floor(*f.max) || (f.step != 0 && f.step < 1)) throw CacheDamaged{};
    for (const auto& [value, label] : f.anchors) {
      if (static_cast<double>(value) < *f.min || static_cast<double>(value) > *f.max) throw CacheDamaged{};
    }
  } else if (!f.anchors.empty()) {
    throw CacheDamaged{};
  }
  if (f.min_duration && f.min_duration->count() < 0) throw CacheDamaged{};
  if (f.max_duration && f.max_duration->count() < 0) throw CacheDamaged{};
  if (f.min_duration && f.max_duration && *f.min_duration > *f.max_duration) throw CacheDamaged{};
  if (f.type == FieldType::likert && f.points.size() < 2) throw CacheDamaged{};
  if (f.option_labels.size() > f.options.size() || f.item_labels.size() > f.items.size()) throw CacheDamaged{};
}

void decode_fields(std::string_view bytes, const std::filesystem::path& path, Template& t) {
  Decoder d(bytes);
  t.weekly_reflection = d.flag();
  t.occasion = d.enumeration<Occasion>(static_cast<unsigned>(Occasion::event));
  std::vector<Field>& fields = t.fields;
  fields.resize(d.count());
  for (auto& f : fields) {
    f.id = d.id();
    f.type = d.enumeration<FieldType>(static_cast<unsigned>(FieldType::yesno));
    f.label = d.str();
    f.prompt = d.str();
    f.help = d.str();
    f.required = d.flag();
    f.min_length = decode_optional<std::size_t>(d);
    f.max_length = decode_optional<std::size_t>(d);
    f.min = decode_optional_finite(d);
    f.max = decode_optional_finite(d);
    f.step = d.raw<double>();
    for (std::size_t n = d.count(); n > 0; --n) {
      const auto value = d.raw<long long>();
      f.anchors[value] = d.str();
    }
    f.unit = d.str();
    f.points = d.strs();
    f.options = d.strs();
    f.multiple = d.flag();
    f.items = d.strs();
    if (const auto s = decode_optional<std::chrono::seconds::rep>(d)) f.min_duration = std::chrono::seconds{*s};
    if (const auto s = decode_optional<std::chrono::seconds::rep>(d)) f.max_duration = std::chrono::seconds{*s};
    f.option_labels = d.strs();
    f.item_labels = d.strs();
    for (std::size_t n = d.count(); n > 0; --n) {
      std::string answer = d.str();
      std::string status = d.str();
      if (status != "partial" && status != "skipped") throw CacheDamaged{};
      f.status_of.emplace_back(std::move(answer), std::move(status));
    }
    f.loc = d.loc(path);
    check_field(f);
  }
  // Risk conditions are kept as their words and read again, as the template reader checked them.
  t.risk.resize(d.count());
  for (auto& r : t.risk) {
    r.text = d.str();
    r.loc = d.loc(path);
    auto when = parse_conditions(r.text);
    if (!std::holds_alternative<std::vector<Condition>>(when)) throw CacheDamaged{};
    r.when = std::get<std::vector<Condition>>(when);
    for (const auto& c : r.when) {
      if (!condition_field_problem(c, t).empty()) throw CacheDamaged{};
    }
  }
  d.finish();
}

// Rules are kept as their words and read again: only a valid plan is cached, so they parse.
std::optional<AdvanceRule> decode_rule(const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto rule = parse_advance_rule(text);
  if (!std::holds_alternative<AdvanceRule>(rule)) throw CacheDamaged{};
  return std::get<AdvanceRule>(rule);
}

}  // namespace

std::uint32_t cache_format_version() { return cache_format; }
std::uint32_t cache_layout() { return layout; }

// A checksum that finds damage (not tampering): 64-bit multiply-xorshift over 8-byte words, in four
// independent lanes so that the multiplications overlap (a full-history report checks every
// payload: one lane's chain of multiplications was its limit).
std::uint64_t cache_checksum(std::string_view data) {
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

// ---- the index

std::variant<CacheIndex, std::uint64_t> parse_cache_index(std::string_view bytes, std::string_view client, std::uint64_t file_size) {
  if (bytes.size() < sizeof magic + 8 || std::memcmp(bytes.data(), magic, sizeof magic) != 0) throw CacheDamaged{};
  Decoder d(bytes.substr(sizeof magic));
  if (d.u32() != cache_format || d.u32() != layout || d.view() != client) throw CacheDamaged{};
  const std::uint64_t index_size = d.u64();
  if (index_size > file_size || index_size < sizeof magic + d.pos()) throw CacheDamaged{};
  if (index_size + 8 > bytes.size()) return index_size + 8;  // read more
  // Each entry is checked and its place noted here; it is decoded when first used.
  Decoder index(bytes.substr(0, index_size));
  index.skip(sizeof magic + d.pos());  // the header, read above
  CacheIndex out;
  for (std::size_t n = index.count(); n > 0; --n) {
    const std::string_view key = index.view();
    const std::size_t at = index.pos();
    for (std::size_t k = index.count(); k > 0; --k) {
      index.view();
      index.stamp();
      index.u64();
    }
    index.i64();
    for (std::size_t k = index.count(); k > 0; --k) index.view();
    const auto offset = index.u64(), size = index.u64();
    index.u64();
    // Within the payloads, which begin after the index and its checksum.
    const std::uint64_t payloads = file_size - std::min(file_size, index_size + 8);
    if (offset > payloads || size > payloads - offset) throw CacheDamaged{};
    if (!out.entries.empty() && out.entries.back().first >= key) throw CacheDamaged{};  // written in order
    out.entries.emplace_back(key, at);
  }
  if (!index.done() || Decoder(bytes.substr(index_size)).u64() != cache_checksum(bytes.substr(0, index_size))) throw CacheDamaged{};
  out.payloads_at = index_size + 8;
  if (out.payloads_at > file_size) throw CacheDamaged{};
  return out;
}

CacheEntry decode_cache_entry(std::string_view head, std::size_t at, std::uint64_t file_size) {
  Decoder d(head);
  d.skip(at);
  CacheEntry e;
  e.sources.resize(d.count());
  for (auto& s : e.sources) {
    s.name = d.str();
    s.stamp = d.stamp();
    s.content = d.u64();
  }
  e.verified_ns = d.i64();
  e.amends.resize(d.count());
  for (auto& id : e.amends) id = record_id(d, false);
  e.offset = d.u64();
  e.size = d.u64();
  e.sum = d.u64();
  if (e.offset > file_size || e.size > file_size - e.offset) throw CacheDamaged{};
  e.in_file = true;
  return e;
}

CacheEntryAmends peek_cache_entry_amends(std::string_view head, std::size_t at) {
  Decoder d(head);
  d.skip(at);
  CacheEntryAmends out;
  out.sources = d.count();
  for (std::size_t k = 0; k < out.sources; ++k) {
    const std::string_view name = d.view();
    const FileStamp stamp = d.stamp();
    d.u64();
    if (k == 0) {
      out.name = name;
      out.stamp = stamp;
    }
  }
  out.verified_ns = d.i64();
  out.amends.resize(d.count());
  for (auto& id : out.amends) id = record_id(d, false);
  return out;
}

std::string encode_cache_file(std::string_view client, const std::vector<std::pair<const std::string*, const CacheEntry*>>& entries,
                              const std::vector<std::pair<const std::string*, std::string_view>>& payloads) {
  std::map<const std::string*, std::pair<std::uint64_t, std::string_view>> placed;  // offset and bytes
  std::uint64_t offset = 0;
  for (const auto& [key, bytes] : payloads) {
    placed[key] = {offset, bytes};
    offset += bytes.size();
  }
  Encoder e;
  e.out.append(magic, sizeof magic);
  e.u32(cache_format);
  e.u32(layout);
  e.str(client);
  const std::size_t index_size_at = e.out.size();
  e.u64(0);  // the index's size, known at its end
  e.u32(static_cast<std::uint32_t>(entries.size()));
  for (const auto& [key, entry] : entries) {
    const auto& [at, bytes] = placed.at(key);
    e.str(*key);
    e.u32(static_cast<std::uint32_t>(entry->sources.size()));
    for (const auto& s : entry->sources) {
      e.str(s.name);
      e.stamp(s.stamp);
      e.u64(s.content);
    }
    e.i64(entry->verified_ns);
    e.strs(entry->amends);
    e.u64(at);
    e.u64(bytes.size());
    e.u64(entry->in_file ? entry->sum : cache_checksum(bytes));
  }
  const std::uint64_t index_size = e.out.size();
  std::memcpy(e.out.data() + index_size_at, &index_size, sizeof index_size);
  e.u64(cache_checksum(e.out));
  for (const auto& [key, bytes] : payloads) e.out.append(bytes);
  return std::move(e.out);
}

// ---- records

std::string encode_records(const std::vector<Record>& records) {
  Encoder e;
  e.u32(static_cast<std::uint32_t>(records.size()));
  for (const auto& r : records) {
    e.str(r.id);
    e.u8(static_cast<unsigned>(r.kind));
    e.i64(r.at.time_since_epoch().count());
    e.raw(static_cast<std::int32_t>(r.at_offset_minutes));
    e.u8(r.at_assumed ? 1 : 0);
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
    e.ymd(r.week.value_or(date::year{2000} / 1 / 1));
    e.u8(r.quality ? 1 : 0);
    e.raw(static_cast<std::int32_t>(r.quality.value_or(0)));
    e.u32(static_cast<std::uint32_t>(r.values.size()));
    for (const auto& [key, value] : r.values) {
      e.str(key);
      encode_value(e, value);
    }
    e.loc(r.loc);
  }
  return std::move(e.out);
}

void decode_records(std::string_view bytes, std::vector<Record>& into) {
  Decoder d(bytes);
  const std::size_t n = d.count(), first = into.size();
  try {
    // Decoded in place: a record moved is a record's worth of work.
    into.resize(first + n);
    for (std::size_t k = first; k < into.size(); ++k) {
      Record& r = into[k];
      r.id = record_id(d, false);
      r.kind = d.enumeration<RecordKind>(static_cast<unsigned>(RecordKind::ack));
      r.at = record_time(d);
      r.at_offset_minutes = d.raw<std::int32_t>();
      if (r.at_offset_minutes <= -24 * 60 || r.at_offset_minutes >= 24 * 60) throw CacheDamaged{};
      r.at_assumed = d.flag();
      r.recorded = record_time(d);
      r.assignment = d.id(true);
      r.template_id = d.id(true);
      r.template_version = d.raw<std::int32_t>();
      r.step.assign(d.view());
      r.status = d.enumeration<Status>(static_cast<unsigned>(Status::skipped));
      r.reason.assign(d.view());
      r.reflection.assign(d.view());
      r.note.assign(d.view());
      r.amends = record_id(d, true);
      r.answers = record_id(d, true);
      const bool has_week = d.flag();
      const auto week = d.ymd();
      if (has_week) r.week = week;
      const bool has_quality = d.flag();
      const int quality = d.raw<std::int32_t>();
      if (has_quality) {
        if (quality < 0 || quality > max_feedback_quality) throw CacheDamaged{};
        r.quality = quality;
      }
      if (r.kind == RecordKind::practice ? r.template_version < 1 || r.template_version > 100000 : r.template_version != 0) {
        throw CacheDamaged{};
      }
      r.values.resize(d.count());
      for (auto& [key, value] : r.values) {
        key.assign(d.view());
        value = decode_value(d);
      }
      r.loc.line = d.raw<std::int32_t>();  // without the file: only check needs it, and check reads the files
      r.loc.col = d.raw<std::int32_t>();
      if (r.loc.line < 0 || r.loc.col < 0) throw CacheDamaged{};
    }
    d.finish();
  } catch (const CacheDamaged&) {
    into.resize(first);
    throw;
  }
}

std::size_t encoded_record_count(std::string_view bytes) {
  if (bytes.size() < 4) return 0;
  std::uint32_t count = 0;
  std::memcpy(&count, bytes.data(), 4);
  return std::min<std::size_t>(count, bytes.size());  // each record takes more than a byte
}

// ---- plans, with the titles and fields of the template copies they use

std::string encode_plan(const ClientData& data) {
  Encoder e;
  const Plan& p = data.plan;
  e.str(p.client);
  e.str(p.name);
  e.str(p.timezone);
  e.str(p.language);
  e.u8(p.discreet ? 1 : 0);
  e.u8(p.stall_threshold ? 1 : 0);
  e.raw(p.stall_threshold.value_or(0.5));
  e.u32(static_cast<std::uint32_t>(p.crisis.size()));
  for (const auto& [code, text] : p.crisis) {
    e.str(code);
    e.str(text);
  }
  e.strs(p.goals);
  e.u32(static_cast<std::uint32_t>(p.sessions.size()));
  for (const auto& s : p.sessions) e.i64(s.time_since_epoch().count());
  e.u32(static_cast<std::uint32_t>(p.assignments.size()));
  for (const auto& a : p.assignments) {
    e.str(a.id);
    e.str(a.template_id);
    e.u8(a.template_version ? 1 : 0);
    e.raw(static_cast<std::int32_t>(a.template_version.value_or(1)));
    e.str(a.schedule_text);  // the Schedule is read again from its words
    e.u32(static_cast<std::uint32_t>(a.times.size()));
    for (const auto t : a.times) e.raw(static_cast<std::int32_t>(t.count()));
    e.u8(a.start ? 1 : 0);
    e.ymd(a.start.value_or(date::year{2000} / 1 / 1));
    e.u8(a.end ? 1 : 0);
    e.ymd(a.end.value_or(date::year{2000} / 1 / 1));
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
    e.u8(t.risk.empty() ? 0 : 1);  // a reader of titles still needs the fields of a template with risk conditions
    e.str(encode_fields(t));       // a blob of its own, which a reader of titles skips
  }
  return std::move(e.out);
}

ClientData decode_plan(std::string_view bytes, const ClientDir& dir, bool with_fields, bool risk_fields) {
  Decoder d(bytes);
  ClientData data;
  data.dir = dir;
  Plan& p = data.plan;
  p.path = dir.plan();
  const auto templates_dir = dir.templates();
  p.client = d.str();
  if (!p.client.empty() && !is_valid_id(p.client)) throw CacheDamaged{};
  p.name = d.str();
  p.timezone = d.str();
  p.zone = find_zone(p.timezone);  // only a plan with a valid zone is cached
  if (!p.zone) throw CacheDamaged{};
  p.language = d.str();
  if (!p.language.empty() && !is_language_code(p.language)) throw CacheDamaged{};
  p.discreet = d.flag();
  const bool has_stall = d.flag();
  const double stall = d.finite();
  if (has_stall) {
    if (stall <= 0 || stall > 1) throw CacheDamaged{};
    p.stall_threshold = stall;
  }
  for (std::size_t n = d.count(); n > 0; --n) {
    std::string code = d.str();
    std::string text = d.str();
    if (!is_known_language(code) || text.empty()) throw CacheDamaged{};
    p.crisis[code] = std::move(text);
  }
  p.goals = d.strs();
  p.sessions.resize(d.count());
  for (auto& s : p.sessions) s = plan_time(d);
  if (!std::is_sorted(p.sessions.begin(), p.sessions.end())) throw CacheDamaged{};
  p.assignments.resize(d.count());
  for (auto& a : p.assignments) {
    a.id = d.id();
    a.template_id = d.id();
    const bool versioned = d.flag();
    const int version = d.raw<std::int32_t>();
    if (versioned) {
      if (version < 1 || version > 100000) throw CacheDamaged{};
      a.template_version = version;
    }
    a.schedule_text = d.str();
    auto schedule = parse_schedule(a.schedule_text);
    if (!std::holds_alternative<Schedule>(schedule)) throw CacheDamaged{};
    a.schedule = std::get<Schedule>(schedule);
    a.times.resize(d.count());
    for (auto& t : a.times) {
      t = std::chrono::minutes{d.raw<std::int32_t>()};
      if (t.count() < 0 || t >= std::chrono::hours{24}) throw CacheDamaged{};
    }
    if (std::adjacent_find(a.times.begin(), a.times.end(), std::greater_equal<>{}) != a.times.end()) throw CacheDamaged{};
    const bool has_start = d.flag();
    const auto start = d.ymd();
    if (has_start) a.start = start;
    const bool has_end = d.flag();
    const auto end = d.ymd();
    if (has_end) a.end = end;
    if (a.start && a.end && *a.end < *a.start) throw CacheDamaged{};
    a.goal = d.str();
    a.why = d.str();
    a.backup = d.str();
    a.advance_text = d.str();
    a.advance_loc = d.loc(p.path);
    a.advance = decode_rule(a.advance_text);
    a.steps.resize(d.count());
    for (auto& st : a.steps) {
      st.id = d.str();
      if (st.id.empty()) throw CacheDamaged{};
      st.title = d.str();
      st.expected.resize(d.count());
      for (auto& [field, value] : st.expected) {
        field = d.str();
        value = d.finite();
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
      if (!std::holds_alternative<std::vector<Condition>>(when)) throw CacheDamaged{};
      t.when = std::get<std::vector<Condition>>(when);
      t.suggest = d.id(true);
      t.message = d.str();
      t.loc = d.loc(p.path);
    }
    a.loc = d.loc(p.path);
  }
  for (std::size_t n = d.count(); n > 0; --n) {
    std::string assignment = d.id();
    const std::string file = d.str();
    Template t;
    t.id = d.id();
    t.version = d.raw<std::int32_t>();
    // The copy a plan uses is named by its id and version, inside the client's templates/.
    if (parse_client_template_name(file) != std::optional{std::pair{t.id, t.version}}) throw CacheDamaged{};
    t.path = templates_dir / file;
    t.title = d.str();
    for (std::size_t k = d.count(); k > 0; --k) {
      std::string language = d.str();
      if (!is_language_code(language)) throw CacheDamaged{};
      t.translations[language].title = d.str();
    }
    const bool has_risk = d.flag();
    const std::string_view fields = d.view();
    if (with_fields || (risk_fields && has_risk)) decode_fields(fields, t.path, t);
    if (!data.templates.emplace(std::move(assignment), std::move(t)).second) throw CacheDamaged{};
  }
  d.finish();
  return data;
}

std::string encode_names(const std::vector<std::string>& names) {
  Encoder e;
  e.strs(names);
  return std::move(e.out);
}

std::vector<std::string> decode_names(std::string_view bytes) {
  Decoder d(bytes);
  std::vector<std::string> names = d.strs();
  d.finish();
  // Each is a log file's name, never a path: a crafted list cannot name a file elsewhere.
  for (const auto& n : names) {
    if (!parse_log_file_name(n)) throw CacheDamaged{};
  }
  return names;
}

}  // namespace hwk
