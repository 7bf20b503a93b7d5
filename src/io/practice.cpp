// Practice discovery and client directories.
#include "io/practice.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

#include "diag/diag.hpp"
#include "io/confine.hpp"
#include "io/files.hpp"
#include "io/toml_util.hpp"
#include "model/ids.hpp"
#include "model/record_id.hpp"
#include "util/strings.hpp"
#include "util/term_safe.hpp"

namespace hwk {
namespace {

bool is_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

// Whether `dir`'s marker file `name` (hwk.toml or plan.toml) may make it a practice: a file, owned
// like its folder by the user running hwk, or in a folder the user's config names safe. Someone
// else's hwk.toml in a parent folder (/tmp, a shared mount) would otherwise make hwk read their
// templates and plans and write logs where they can read them.
enum class Marker { none, usable, not_owned };
Marker marker_in(const fs::path& dir, const char* name, const std::vector<std::string>& safe_directories) {
  struct stat file {
  }, folder{};
  if (::stat((dir / name).c_str(), &file) != 0 || !S_ISREG(file.st_mode)) return Marker::none;
  const uid_t me = ::geteuid();
  if (::stat(dir.c_str(), &folder) == 0 && file.st_uid == me && folder.st_uid == me) return Marker::usable;
  for (const auto& safe : safe_directories) {
    if (safe == "*" || fs::path(safe).lexically_normal() == dir) return Marker::usable;
  }
  return Marker::not_owned;
}

// Whether the name exists at all: a client's folder with a directory or a pipe where its plan.toml
// should be is still a client, so that reading the plan reports what is wrong with it.
bool has_entry(const fs::path& p) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(p, ec));
}

// The client id a single-client repository declares in its plan, else its directory name.
std::string declared_client_id(const fs::path& dir) {
  try {
    const auto table = parse_toml(read_file(dir / "plan.toml"), dir / "plan.toml");
    if (const auto id = table["client"].value<std::string>(); id && is_valid_id(*id)) return *id;
  } catch (const Error&) {
  }
  return dir.filename().string();
}

// The names in `clients` that are valid ids and that `keep(fd, name)` keeps (fd: the open folder),
// sorted; none when the folder cannot be read.
template <typename Keep>
std::vector<std::string> list_client_folders(const fs::path& clients, Keep keep) {
  std::vector<std::string> ids;
  const int dir = ::open(clients.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir < 0) return ids;
  DIR* stream = ::fdopendir(dir);
  if (!stream) {
    ::close(dir);
    return ids;
  }
  while (const dirent* e = ::readdir(stream)) {
    if (std::string name = e->d_name; is_valid_id(name) && keep(dir, name)) ids.push_back(std::move(name));
  }
  ::closedir(stream);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

std::optional<Practice> discover_practice(const fs::path& start, const std::vector<std::string>& safe_directories,
                                          std::vector<fs::path>* passed_over) {
  std::error_code ec;
  fs::path dir = fs::weakly_canonical(start, ec);
  if (ec) dir = fs::absolute(start);
  std::optional<fs::path> client_dir;
  auto marker = [&](const fs::path& d, const char* name) {
    const Marker m = marker_in(d, name, safe_directories);
    if (m == Marker::not_owned && passed_over) passed_over->push_back(d / name);
    return m == Marker::usable;
  };
  for (fs::path d = dir;; d = d.parent_path()) {
    if (marker(d, "hwk.toml")) {
      Practice p{d, false, std::nullopt};
      const auto rel = dir.lexically_relative(d);
      auto it = rel.begin();
      if (it != rel.end() && *it == "clients" && ++it != rel.end() && is_valid_id(it->string())) {
        p.current_client = it->string();
      }
      return p;
    }
    if (!client_dir && marker(d, "plan.toml")) client_dir = d;
    if (d == d.parent_path()) break;
  }
  if (client_dir) {
    Practice p{*client_dir, true, declared_client_id(*client_dir)};
    return p;
  }
  return std::nullopt;
}

bool folder_holds_plan(int clients_fd, const std::string& id) {
  struct stat st {};
  return ::fstatat(clients_fd, (id + "/plan.toml").c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0;
}

std::vector<std::string> Practice::client_folders() const {
  if (single_client) return {*current_client};
  return list_client_folders(clients_dir(), [](int, const std::string&) { return true; });
}

std::vector<std::string> Practice::client_ids() const {
  if (single_client) return {*current_client};
  // One stat per folder, relative to the open clients/ directory: a practice has many clients.
  return list_client_folders(clients_dir(), folder_holds_plan);
}

std::vector<ClientDir> Practice::clients() const {
  if (single_client) return {ClientDir{*current_client, root}};
  std::vector<ClientDir> out;
  for (auto& id : client_ids()) {
    fs::path dir = clients_dir() / id;
    out.push_back(ClientDir{std::move(id), std::move(dir)});
  }
  return out;
}

ClientDir Practice::new_client_dir(std::string_view id) const {
  if (const auto problem = id_problem(id); !problem.empty()) {
    throw usage_error("invalid client id '" + std::string(id) + "': it " + problem, "use e.g. c-0042");
  }
  if (single_client) {
    throw Error("this is one client's own repository, not a practice", "run 'hwk init' to create a practice");
  }
  return ClientDir{std::string(id), clients_dir() / std::string(id)};
}

ClientDir Practice::client(std::string_view id) const {
  if (const auto problem = id_problem(id); !problem.empty()) {
    throw usage_error("invalid client id '" + std::string(id) + "': it " + problem);
  }
  if (single_client) {
    if (id != *current_client) {
      throw Error("unknown client '" + std::string(id) + "'", "this repository holds client '" + *current_client + "' only");
    }
    return ClientDir{*current_client, root};
  }
  ClientDir c{std::string(id), clients_dir() / std::string(id)};
  if (!has_entry(c.plan())) {
    std::string hint = "add it with 'hwk client add " + std::string(id) + "'";
    if (auto m = closest_match(id, client_ids())) hint = "did you mean '" + *m + "'?";
    throw Error("unknown client '" + std::string(id) + "'", hint);
  }
  return c;
}

ClientDir Practice::implied_client() const {
  if (current_client) return client(*current_client);
  const auto ids = client_ids();
  if (ids.size() == 1) return client(ids.front());
  if (ids.empty()) throw Error("the practice has no clients yet", "add one with 'hwk client add ID'");
  throw usage_error("name the client: this practice has " + std::to_string(ids.size()) + " clients", "run 'hwk client list' to see them");
}

std::string writer_place(const Practice& practice) {
  std::string machine;
  for (const char* file : {"/etc/machine-id", "/var/lib/dbus/machine-id"}) {
    try {
      machine = std::string(trim(read_file(file, 256)));
    } catch (const Error&) {
      continue;
    }
    if (!machine.empty()) break;
  }
  struct stat st {};
  const int fd = open_in_practice(practice.state_dir(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  const bool known = fd >= 0 && ::fstat(fd, &st) == 0;
  if (fd >= 0) ::close(fd);
  return "# Where this clone's writer id belongs (see hwk-log(5)); a copy of .hwk/ elsewhere takes a new one.\n"
         "machine " +
         (machine.empty() ? std::string("unknown") : terminal_safe(machine)) + "\nfolder " +
         (known ? std::to_string(st.st_ino) : std::string("unknown")) + "\n";
}

std::string writer_id(const Practice& practice) {
  const fs::path file = practice.state_dir() / "writer";
  const fs::path place_file = practice.state_dir() / "writer-place";
  // A writer id of this clone, whose place is this machine and this .hwk/ folder. A .hwk/ copied
  // with the practice (cp -a, rsync, a restored backup) holds the original's id: two clones that
  // wrote the same log files would conflict in git, so the copy takes an id of its own.
  auto current = [&]() -> std::optional<std::string> {
    if (!is_file(file)) return std::nullopt;
    const std::string id(trim(read_file(file)));
    if (!is_writer_id(id)) {
      throw Error(SourceLoc{file, 1, 1}, "not a writer id: '" + id + "'", "delete the file to pick a new writer id for this clone");
    }
    if (is_file(place_file) && read_file(place_file) != writer_place(practice)) return std::nullopt;  // a copy
    return id;
  };
  if (auto id = current(); id && is_file(place_file)) return *id;
  make_private_dirs(practice.state_dir());
  DirLock lock(practice.state_dir());
  const std::string place = writer_place(practice);
  if (auto id = current()) {
    // Made by hand or by an older hwk: it belongs here from now on.
    if (!is_file(place_file)) write_file_atomic(place_file, place);
    return *id;
  }
  std::array<std::uint8_t, 5> bytes{};
  const auto random = random_bytes(bytes.size());
  std::copy(random.begin(), random.end(), bytes.begin());
  const std::string id = make_writer_id(bytes);
  write_file_atomic(file, id + "\n");
  write_file_atomic(place_file, place);
  return id;
}

}  // namespace hwk
