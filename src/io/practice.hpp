// A practice repository on disk: finding its root, its clients' directories, its per-machine state.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace hwk {

namespace fs = std::filesystem;

/// One client's directory; self-contained, so it can also be that client's own repository.
struct ClientDir {
  std::string id;
  fs::path dir;
  fs::path plan() const { return dir / "plan.toml"; }
  fs::path templates() const { return dir / "templates"; }
  fs::path log() const { return dir / "log"; }
};

struct Practice {
  fs::path root;                              ///< the directory holding hwk.toml (or plan.toml for one client)
  bool single_client = false;                 ///< a client's own repository: root is the client's directory
  std::optional<std::string> current_client;  ///< the client whose directory the user is in

  fs::path settings_file() const { return root / "hwk.toml"; }
  fs::path templates_dir() const { return root / "templates"; }
  fs::path clients_dir() const { return root / "clients"; }
  fs::path state_dir() const { return root / ".hwk"; }

  /// Every client id, sorted.
  std::vector<std::string> client_ids() const;
  /// The folders of clients/ that may be clients (their names are valid ids), sorted, without
  /// looking inside each: a report over every client checks each (folder_holds_plan) on its
  /// reading threads. In a client's own repository, that client.
  std::vector<std::string> client_folders() const;
  /// Every client's directory, sorted by id (what client() would give for each of client_ids()).
  std::vector<ClientDir> clients() const;
  /// The client's directory; throws when the id is invalid or no such client exists.
  ClientDir client(std::string_view id) const;
  /// The directory a new client would get; throws on an invalid id.
  ClientDir new_client_dir(std::string_view id) const;
  /// The client meant when none is named: the one whose directory we are in, or the only one.
  /// Throws a usage error listing how to name one otherwise.
  ClientDir implied_client() const;
};

/// Whether the folder `id` of the clients/ directory open as `clients_fd` holds a plan, which is
/// what makes it a client (a plan.toml that is not a file is still one: reading it says what is wrong).
bool folder_holds_plan(int clients_fd, const std::string& id);

/// Walks up from `start` to the nearest hwk.toml (a practice) or, failing that, the nearest
/// plan.toml (a client's own repository). Nothing when neither exists. As git does with a
/// repository of another user (its safe.directory), a hwk.toml or plan.toml that is not owned by
/// the user running hwk, or is in a folder not owned by them, is passed over, unless its folder is
/// one of `safe_directories` ("*": any); each one passed over is added to `passed_over`.
std::optional<Practice> discover_practice(const fs::path& start, const std::vector<std::string>& safe_directories = {},
                                          std::vector<fs::path>* passed_over = nullptr);

/// This clone's writer id, created at first use in .hwk/writer, and bound to where it was made
/// (.hwk/writer-place: this machine's id and the .hwk folder's inode). A .hwk/ copied elsewhere
/// (cp -a, rsync, a restored backup) is found by its place, and takes a new writer id, so that two
/// clones never write the same log files.
std::string writer_id(const Practice& practice);

/// The text of .hwk/writer-place for this machine and this practice's .hwk folder.
std::string writer_place(const Practice& practice);

}  // namespace hwk
