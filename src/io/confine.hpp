// Keeping hwk inside the practice: a path in the practice is opened only when it resolves, through
// any symbolic links, to a place in the practice. A link committed to a repository (git stores
// links) cannot make hwk read /etc/passwd as a template or write a client's log to another folder.
#pragma once
#include <filesystem>
#include <optional>

#include "diag/diag.hpp"

namespace hwk {

/// From now on, every file hwk opens, creates, locks or makes under `root` must resolve inside
/// `root`: a symbolic link may point elsewhere in the practice with a relative target, but a link
/// with an absolute target, or one that climbs out with "..", is refused with an Error naming it.
/// Paths outside `root` (the built-in templates, the user's configuration, `export -o FILE`) are
/// not affected. An empty `root` lifts the confinement (for tests).
void confine_to_practice(const std::filesystem::path& root);

/// Like open(2), but a path inside the practice is resolved beneath its root (openat2 with
/// RESOLVE_BENEATH, or an equivalent check of each link where the kernel lacks it). Fails with
/// EXDEV when the path leads outside the practice.
int open_in_practice(const std::filesystem::path& path, int flags, unsigned mode = 0);

/// Like open_in_practice(dir / name), for a `name` in the directory `dir` that the caller holds
/// open as `dir_fd` (opened inside the practice): resolved beneath `dir_fd`, so the practice's
/// whole path is not walked again; a link that leads elsewhere is resolved from the practice's root.
int open_in_dir(int dir_fd, const std::filesystem::path& dir, const std::filesystem::path& name, int flags);

/// When `path` is inside the practice and one of its components is a symbolic link leading out of
/// it (or with an absolute target), the error to report, at that link; otherwise nothing.
std::optional<Diagnostic> link_leading_out(const std::filesystem::path& path);

}  // namespace hwk
