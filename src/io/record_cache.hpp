// A derived, per-machine cache of what a client's files parse to, under .hwk/cache/ (git-ignored),
// validated the way git validates its index: by each source file's size, times and inode. It is
// never the source of truth: a missing, damaged or foreign cache is rebuilt from the files, an entry
// is used only while every file it was built from is unchanged, and deleting the cache changes no
// output. Only results that came with no diagnostic at all are kept, so every message still comes
// from the real readers. `hwk check` never uses it. Its bytes are io/cache_codec.hpp's.
#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/cache_codec.hpp"
#include "io/client_data.hpp"
#include "io/practice.hpp"
#include "model/record.hpp"

namespace hwk {

class OpenDirs;

/// One client's cache file, .hwk/cache/clients/<id>. Not thread-safe; one per client and thread.
class ClientCache {
 public:
  /// Loads the cache of `client` kept in `cache_dir`; with an empty `cache_dir` nothing is cached.
  /// `dirs`, when given, opens the client's folder and cache file (see OpenDirs). Files are opened
  /// inside the practice (io/confine.hpp), and only a regular file is read as the cache.
  /// `clock` is the file system's clock (file_system_now_ns; tests give another).
  ClientCache(std::filesystem::path cache_dir, ClientDir client, OpenDirs* dirs = nullptr, std::int64_t (*clock)() = file_system_now_ns);
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

  /// The ids that the records of one log file amend, from the cache's index while the file is
  /// unchanged (its records are not read); else the file is read (and its entry made anew).
  std::vector<std::string> amended_ids(const std::string& file_name, std::vector<Diagnostic>& diags);

  /// Reads the whole cache file at once, for a caller about to use most of it (full history):
  /// one read instead of one per entry.
  void read_whole();

  /// Writes the cache back when anything in it changed: atomically, under a lock, owner-only. A
  /// failure to write is ignored; the next run reads the files again.
  void save() noexcept;

  /// How many results came from the cache and how many from the files, in this object's life.
  int hits = 0, misses = 0;

 private:
  /// The entry `key` when every file it was built from is unchanged since (checked against the
  /// files' bytes while its stamps have not settled); null otherwise.
  CacheEntry* trusted_entry(const std::string& key);
  /// The payload of entry `key` when it is trusted and its bytes are whole; nothing otherwise.
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
  /// Keeps `entry` as `key` when its sources had settled when they were read, or when each
  /// source that had not is a file whose bytes it knows (CacheSource::content).
  void put(const std::string& key, CacheEntry entry);
  /// Reads the log file and makes its entry; the records go to `into`.
  void read_log_file(const std::string& file_name, std::vector<Record>& into, std::vector<Diagnostic>& diags);

  std::filesystem::path file_;
  ClientDir client_;
  std::int64_t (*clock_)();
  int dir_fd_ = -1;                                // the client's directory, for stat-ing its files by relative name
  int log_fd_ = -1;                                // its log/, opened when many of its files are stat-ed (amended_ids)
  int cache_fd_ = -1;                              // the cache file as it was when this object was made
  std::uint64_t payloads_at_ = 0, file_size_ = 0;  // where its payloads begin; its size
  // The file's first bytes: the index and the payloads that follow it (or all of it), read
  // without being set to zero first.
  std::unique_ptr<char[]> head_;
  std::size_t head_size_ = 0;
  std::unique_ptr<char[]> whole_;  // the whole file, when read_whole() read it
  // Entries of the file's index not decoded yet: key and where the rest of the entry is in
  // head_, in key order.
  std::vector<std::pair<std::string_view, std::size_t>> index_;
  std::map<std::string, CacheEntry> entries_;
  std::optional<std::vector<std::string>> listed_;  // log file names, once known
  bool changed_ = false;
};

/// The directory of the practice's caches: <state dir>/cache.
std::filesystem::path cache_dir(const Practice& practice);

}  // namespace hwk
