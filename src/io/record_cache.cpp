// The derived cache of one client: which entries are trusted (by io/file_stamp.hpp's stamps and
// racy rule), and the cache file (its bytes are io/cache_codec.cpp's).
#include "io/record_cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>

#include "io/confine.hpp"
#include "io/files.hpp"
#include "io/log_reader.hpp"
#include "io/template_catalog.hpp"

namespace hwk {
namespace {

// What a source's content is known by: the checksum of its bytes, never 0 (which means unknown).
std::uint64_t content_sum(std::string_view bytes) { return cache_checksum(bytes) | 1; }

std::string relative_name(const ClientDir& dir, const std::filesystem::path& p) { return p.lexically_relative(dir.dir).generic_string(); }

}  // namespace

std::filesystem::path cache_dir(const Practice& practice) { return practice.state_dir() / "cache"; }

ClientCache::ClientCache(std::filesystem::path cache_dir, ClientDir client, OpenDirs* dirs, std::int64_t (*clock)())
    : client_(std::move(client)), clock_(clock) {
  if (cache_dir.empty()) return;
  file_ = cache_dir / "clients" / client_.id;
  // Inside the practice only (a .hwk that is a link leading out is not followed), and without
  // waiting: a FIFO in the cache's place is no cache, not a reason to wait for a writer.
  auto open = [&](const std::filesystem::path& path, int flags) {
    return dirs ? dirs->open_in(path.parent_path(), path.filename(), flags) : open_in_practice(path, flags);
  };
  dir_fd_ = open(client_.dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
  cache_fd_ = open(file_, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (cache_fd_ < 0) return;
  struct stat st {};
  if (::fstat(cache_fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(cache_fd_);
    cache_fd_ = -1;
    return;
  }
  file_size_ = static_cast<std::uint64_t>(st.st_size);
  // The index comes first and is small: one read of its usual size, a second when it is larger.
  auto read_head = [&](std::uint64_t size) {
    head_ = std::make_unique_for_overwrite<char[]>(size);
    head_size_ = size;
    return ::pread(cache_fd_, head_.get(), size, 0) == static_cast<ssize_t>(size);
  };
  try {
    if (!read_head(std::min<std::uint64_t>(file_size_, 32768))) throw CacheDamaged{};
    auto index = parse_cache_index({head_.get(), head_size_}, client_.id, file_size_);
    if (const auto* more = std::get_if<std::uint64_t>(&index)) {
      if (!read_head(*more)) throw CacheDamaged{};
      index = parse_cache_index({head_.get(), head_size_}, client_.id, file_size_);
    }
    auto* parsed = std::get_if<CacheIndex>(&index);
    if (!parsed) throw CacheDamaged{};
    index_ = std::move(parsed->entries);
    payloads_at_ = parsed->payloads_at;
  } catch (const CacheDamaged&) {
    entries_.clear();
    index_.clear();
    changed_ = true;  // rewritten whole at the next save
  }
}

CacheEntry* ClientCache::entry(const std::string& key) {
  if (const auto it = entries_.find(key); it != entries_.end()) return &it->second;
  const auto it = std::lower_bound(index_.begin(), index_.end(), key, [](const auto& i, const std::string& k) { return i.first < k; });
  if (it == index_.end() || it->first != key) return nullptr;
  CacheEntry e;
  try {
    e = decode_cache_entry({head_.get(), head_size_}, it->second, file_size_);
  } catch (const CacheDamaged&) {
    index_.erase(it);
    changed_ = true;
    return nullptr;
  }
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
  if (log_fd_ >= 0) ::close(log_fd_);
}

void ClientCache::read_whole() {
  if (cache_fd_ < 0 || (index_.empty() && entries_.empty()) || head_size_ >= file_size_ || whole_) return;
  auto all = std::make_unique_for_overwrite<char[]>(file_size_);
  if (::pread(cache_fd_, all.get(), file_size_, 0) == static_cast<ssize_t>(file_size_)) whole_ = std::move(all);
}

std::optional<std::string_view> ClientCache::bytes_at_hand(const CacheEntry& e) const {
  if (!e.in_file || e.loaded) return std::string_view(e.bytes);
  if (payloads_at_ + e.offset + e.size <= head_size_) return std::string_view(head_.get() + payloads_at_ + e.offset, e.size);
  if (whole_ && payloads_at_ + e.offset + e.size <= file_size_) return std::string_view(whole_.get() + payloads_at_ + e.offset, e.size);
  return std::nullopt;
}

std::optional<std::string_view> ClientCache::payload(CacheEntry& e) {
  auto bytes = bytes_at_hand(e);
  if (!bytes) {
    if (cache_fd_ < 0 || payloads_at_ + e.offset + e.size > file_size_) return std::nullopt;
    e.bytes.resize(e.size);
    const auto n = ::pread(cache_fd_, e.bytes.data(), e.bytes.size(), static_cast<off_t>(payloads_at_ + e.offset));
    if (n != static_cast<ssize_t>(e.size)) return std::nullopt;
    e.loaded = true;
    bytes = e.bytes;
  }
  if (e.in_file && !e.checked && cache_checksum(*bytes) != e.sum) return std::nullopt;
  e.checked = true;
  return bytes;
}

CacheEntry* ClientCache::trusted_entry(const std::string& key) {
  CacheEntry* e = entry(key);
  if (!e) return nullptr;
  const std::int64_t now = clock_();  // before the stats: what they find is as of this moment or later
  std::vector<const CacheSource*> unsettled;
  for (const auto& s : e->sources) {
    // Relative to the client's directory: a shorter path to walk for each of many files.
    const auto stamp = dir_fd_ >= 0 ? file_stamp_at(dir_fd_, s.name.c_str()) : file_stamp(client_.dir / s.name);
    if (!stamp || *stamp != s.stamp) return nullptr;
    if (!stamp_settled(s.stamp, e->verified_ns)) unsettled.push_back(&s);
  }
  if (unsettled.empty()) return e;
  // Changed within a tick of when the entry was made: the same stamp may hide another change. The
  // file's bytes decide, and the entry stays checked this way until its stamps have settled.
  for (const CacheSource* s : unsettled) {
    if (!s->content) return nullptr;
    try {
      if (content_sum(read_file(client_.dir / s->name, limits::max_log_file_bytes)) != s->content) return nullptr;
    } catch (const Error&) {
      return nullptr;
    }
  }
  e->verified_ns = now;
  changed_ = true;
  return e;
}

std::optional<std::string_view> ClientCache::trusted(const std::string& key) {
  CacheEntry* e = trusted_entry(key);
  if (!e) return std::nullopt;
  const auto bytes = payload(*e);
  if (!bytes) forget(key);
  return bytes;
}

void ClientCache::put(const std::string& key, CacheEntry entry) {
  if (file_.empty()) return;
  forget(key);
  for (const auto& s : entry.sources) {
    if (!stamp_settled(s.stamp, entry.verified_ns) && !s.content) return;  // nothing would tell a change
  }
  entry.in_file = false;
  entries_[key] = std::move(entry);
  changed_ = true;
}

ClientData ClientCache::client_data(std::vector<Diagnostic>& diags, TemplateDetail detail) {
  if (const auto payload = trusted("plan")) {
    try {
      ClientData data =
          decode_plan(*payload, client_, detail == TemplateDetail::fields || detail == TemplateDetail::full, detail == TemplateDetail::risk);
      data.templates_read = detail;
      if (detail == TemplateDetail::full) {
        for (auto& [assignment, t] : data.templates) {
          auto full = read_client_template(client_, t.id, t.version, diags);
          if (!full) throw CacheDamaged{};
          t = std::move(*full);
        }
      }
      ++hits;
      return data;
    } catch (const CacheDamaged&) {
      forget("plan");
    }
  }
  ++misses;
  // Stamps are taken before the files are read, so a change while reading shows next time.
  CacheEntry entry;
  entry.verified_ns = clock_();
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
    entry.sources.push_back({relative_name(client_, client_.plan()), *plan_stamp});
    // The directory matters only to an assignment that takes the newest copy there is.
    const bool newest =
        std::any_of(data.plan.assignments.begin(), data.plan.assignments.end(), [](const Assignment& a) { return !a.template_version; });
    if (newest) entry.sources.push_back({relative_name(client_, client_.templates()), *dir_stamp});
    bool all = true;
    for (const auto& [assignment, t] : data.templates) {
      const auto it = copies.find(t.path.filename().string());
      if (it == copies.end() || t.path.parent_path() != client_.templates()) {
        all = false;
        continue;
      }
      // A copy that several assignments use is a source once: every report stats each source.
      auto name = relative_name(client_, t.path);
      const bool listed = std::any_of(entry.sources.begin(), entry.sources.end(), [&](const auto& s) { return s.name == name; });
      if (!listed) entry.sources.push_back({std::move(name), it->second});
    }
    if (all) {
      entry.bytes = encode_plan(data);
      put("plan", std::move(entry));
    }
  }
  diags.insert(diags.end(), local.begin(), local.end());
  return data;
}

std::vector<std::string> ClientCache::log_file_names() {
  if (const auto payload = trusted("log")) {
    try {
      std::vector<std::string> names = decode_names(*payload);
      listed_ = names;
      ++hits;
      return names;
    } catch (const CacheDamaged&) {
      forget("log");
    }
  }
  ++misses;
  CacheEntry entry;
  entry.verified_ns = clock_();
  const auto stamp = file_stamp(client_.log());
  std::vector<std::string> names;
  for (const auto& p : client_log_files(client_)) names.push_back(p.filename().string());
  if (stamp) {
    entry.sources = {{relative_name(client_, client_.log()), *stamp}};
    entry.bytes = encode_names(names);
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
    if (bytes) n += encoded_record_count(*bytes);
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
  if (const auto payload = trusted(key)) {
    try {
      decode_records(*payload, into);
      ++hits;
      return;
    } catch (const CacheDamaged&) {
      forget(key);
    }
  }
  ++misses;
  read_log_file(file_name, into, diags);
}

std::vector<std::string> ClientCache::amended_ids(const std::string& file_name, std::vector<Diagnostic>& diags) {
  // The usual case, a file unchanged since its entry was made and settled, from the index alone:
  // a report that honours corrections asks this of every file it does not read.
  const std::string key = "log/" + file_name;
  if (!entries_.count(key)) {
    const auto it = std::lower_bound(index_.begin(), index_.end(), key, [](const auto& i, const std::string& k) { return i.first < k; });
    if (it != index_.end() && it->first == key) {
      try {
        auto e = peek_cache_entry_amends({head_.get(), head_size_}, it->second);
        if (log_fd_ < 0 && dir_fd_ >= 0) log_fd_ = open_in_dir(dir_fd_, client_.dir, "log", O_PATH | O_DIRECTORY | O_CLOEXEC);
        const auto stamp = log_fd_ >= 0 ? file_stamp_at(log_fd_, file_name.c_str()) : file_stamp(client_.log() / file_name);
        if (e.sources == 1 && e.name == key && stamp == e.stamp && stamp_settled(e.stamp, e.verified_ns)) {
          ++hits;
          return std::move(e.amends);
        }
      } catch (const CacheDamaged&) {
      }
    }
  }
  if (const CacheEntry* e = trusted_entry(key)) {
    ++hits;
    return e->amends;
  }
  ++misses;
  std::vector<Record> records;
  read_log_file(file_name, records, diags);
  std::vector<std::string> ids;
  for (const auto& r : records) {
    if (!r.amends.empty()) ids.push_back(r.amends);
  }
  return ids;
}

void ClientCache::read_log_file(const std::string& file_name, std::vector<Record>& into, std::vector<Diagnostic>& diags) {
  const std::string key = "log/" + file_name;
  const std::string& name = key;  // the file relative to the client's directory
  const auto file = client_.log() / file_name;
  CacheEntry entry;
  entry.verified_ns = clock_();
  const auto stamp = file_stamp(file);
  const std::string text = read_file(file, limits::max_log_file_bytes);
  std::vector<Diagnostic> local;
  auto records = parse_log(text, file, local);
  for (auto& r : records) {  // as from the cache: only check needs them
    r.value_locs.clear();
    r.loc.path.clear();
  }
  if (local.empty() && stamp) {
    // The bytes that were parsed: they tell whether a file changed again within its stamp's tick.
    entry.sources = {{name, *stamp, stamp_settled(*stamp, entry.verified_ns) ? 0 : content_sum(text)}};
    for (const auto& r : records) {
      if (!r.amends.empty()) entry.amends.push_back(r.amends);
    }
    entry.bytes = encode_records(records);
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
    while (!index_.empty()) entry(std::string(index_.front().first));  // every entry, decoded (a damaged one dropped)
    if (listed_) {
      // Entries of log files that are gone are dropped.
      for (auto it = entries_.begin(); it != entries_.end();) {
        const bool gone = it->first.starts_with("log/") && std::find(listed_->begin(), listed_->end(), it->first.substr(4)) == listed_->end();
        it = gone ? entries_.erase(it) : std::next(it);
      }
    }
    // Entries not used in this run are read now, so that the new file holds them too; an entry
    // that cannot be read is dropped.
    std::vector<std::pair<const std::string*, std::string_view>> payloads;
    for (auto it = entries_.begin(); it != entries_.end();) {
      if (const auto bytes = payload(it->second)) {
        payloads.emplace_back(&it->first, *bytes);
        ++it;
      } else {
        it = entries_.erase(it);
      }
    }
    std::vector<std::pair<const std::string*, const CacheEntry*>> index;
    for (const auto& [key, e] : entries_) index.emplace_back(&key, &e);
    // Payloads go in reverse order of their keys, so the plan and the newest months follow the
    // index and come with its first read.
    std::reverse(payloads.begin(), payloads.end());
    const std::string bytes = encode_cache_file(client_.id, index, payloads);
    const auto dir = file_.parent_path();
    make_private_dirs(dir);
    DirLock lock(dir);
    // Without the flush to disk that records get: a cache torn by a crash fails its checksum and
    // is rebuilt, and a flush per client would make the first run after many changes take seconds.
    write_file_atomic(file_, bytes, Flush::no);
    changed_ = false;
  } catch (...) {
    // The cache is only ever a shortcut: the files are read again next time.
  }
}

}  // namespace hwk
