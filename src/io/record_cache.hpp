// A derived, per-machine cache of what a client's files parse to, under .hwk/cache/ (git-ignored),
// validated the way git validates its index: by each source file's size, times and inode. It is
// never the source of truth: a missing, damaged or foreign cache is rebuilt from the files, an entry
// is used only while every file it was built from is unchanged, and deleting the cache changes no
// output. Only results that came with no diagnostic at all are kept, so every message still comes
// from the real readers. `hwk check` never uses it.
#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/client_data.hpp"
#include "io/practice.hpp"
#include "model/record.hpp"

namespace hwk {

class OpenDirs;

/// What identifies one version of a file without reading it.
struct FileStamp {
  std::uint64_t size = 0, ino = 0, dev = 0;
  std::int64_t mtime_ns = 0, ctime_ns = 0;
  bool operator==(const FileStamp&) const = default;
};

/// The stamp of a file or directory now; nothing when it cannot be stat-ed.
std::optional<FileStamp> file_stamp(const std::filesystem::path& path);
/// The same for `name` relative to the open directory `dir_fd`.
std::optional<FileStamp> file_stamp_at(int dir_fd, const char* name);

/// Whether an entry built from a file stamped `cached` still stands for it: the file's stamp now is
/// the same, and the file's status last changed (ctime, set from this machine's clock whatever
/// a tool does to the modification time) strictly before the cache was written at
/// `cache_written_ns`, so a change within the same timestamp tick cannot hide (git's racy rule).
bool stamp_trusted(const FileStamp& cached, const std::optional<FileStamp>& now, std::int64_t cache_written_ns);

/// How much of each template copy a report needs.
enum class TemplateDetail {
  titles,  ///< only id, version, title and translated titles (due, remind): no template is parsed
  fields,  ///< the titles and every field (summary: what adherence and trends need)
  full,    ///< the whole template (review)
};

/// One result kept in the cache: the files it was built from (names relative to the client's
/// directory) with their stamps, and the result, encoded: either made in this run (`bytes`), or
/// in the cache file at `offset` (read and checked against `sum` when it is first used).
struct CacheEntry {
  std::vector<std::pair<std::string, FileStamp>> sources;
  std::string bytes;
  bool in_file = false, loaded = false, checked = false;
  std::uint64_t offset = 0, size = 0, sum = 0;
};

/// One client's cache file, .hwk/cache/clients/<id>. Not thread-safe; one per client and thread.
class ClientCache {
 public:
  /// Loads the cache of `client` kept in `cache_dir`; with an empty `cache_dir` nothing is cached.
  /// `dirs`, when given, opens the client's folder and cache file (see OpenDirs).
  ClientCache(std::filesystem::path cache_dir, ClientDir client, OpenDirs* dirs = nullptr);
  ClientCache(const ClientCache&) = delete;
  ClientCache& operator=(const ClientCache&) = delete;
  ~ClientCache();

  /// What read_client_data gives, from the cache while the plan and its template copies are
  /// unchanged. With TemplateDetail::titles, the templates hold only their ids, versions and titles.
  ClientData client_data(std::vector<Diagnostic>& diags, TemplateDetail detail);

  /// The names of the files client_log_files gives (without warnings), from the cache while log/
  /// is unchanged.
  std::vector<std::string> log_file_names();

  /// What read_file and parse_log give for one log file, from the cache while the file is
  /// unchanged; without the place of each value (Record::value_locs) or the file in each record's
  /// place (Record::loc keeps its line and column), which only check reports: a path per record
  /// would cost more than the rest of it.
  std::vector<Record> log_records(const std::string& file_name, std::vector<Diagnostic>& diags);
  /// How many records the cache holds for these log files, trusted or not: a size to reserve.
  std::size_t records_held(const std::vector<std::string>& file_names);
  /// The same, appended to `into`.
  void append_log_records(const std::string& file_name, std::vector<Record>& into, std::vector<Diagnostic>& diags);

  /// Reads the whole cache file at once, for a caller about to use most of it (full history):
  /// one read instead of one per entry.
  void read_whole();

  /// Writes the cache back when anything in it changed: atomically, under a lock, owner-only. A
  /// failure to write is ignored; the next run reads the files again.
  void save() noexcept;

  /// How many results came from the cache and how many from the files, in this object's life.
  int hits = 0, misses = 0;

 private:
  /// The payload of entry `key` when every file it was built from is unchanged since and its
  /// bytes are whole; nothing otherwise.
  std::optional<std::string_view> trusted(const std::string& key);
  /// The entry `key`, decoded from the index when first asked for; null when there is none.
  CacheEntry* entry(const std::string& key);
  /// Drops the entry `key`, decoded or not.
  void forget(const std::string& key);
  /// An entry's bytes when they are in memory already (made in this run, read with the index or
  /// the whole file, or read before), unchecked; nothing when they must be read from the file.
  std::optional<std::string_view> bytes_at_hand(const CacheEntry& e) const;
  /// The payload of an entry; nothing when it cannot be read from the cache file or is damaged.
  std::optional<std::string_view> payload(CacheEntry& e);
  void put(const std::string& key, CacheEntry entry);

  std::filesystem::path file_;
  ClientDir client_;
  int dir_fd_ = -1;  // the client's directory, for stat-ing its files by relative name
  int cache_fd_ = -1;  // the cache file as it was when this object was made
  std::uint64_t payloads_at_ = 0, file_size_ = 0;  // where its payloads begin; its size
  // The file's first bytes: the index and the payloads that follow it (or all of it), read
  // without being set to zero first.
  std::unique_ptr<char[]> head_;
  std::size_t head_size_ = 0;
  std::unique_ptr<char[]> whole_;  // the whole file, when read_whole() read it
  // Entries of the file's index not decoded yet: key and where the rest of the entry is in
  // head_, in key order.
  std::vector<std::pair<std::string_view, std::size_t>> index_;
  std::int64_t written_ns_ = 0;
  std::map<std::string, CacheEntry> entries_;
  std::optional<std::vector<std::string>> listed_;  // log file names, once known
  bool changed_ = false;
};

/// The directory of the practice's caches: <state dir>/cache.
std::filesystem::path cache_dir(const Practice& practice);

}  // namespace hwk
