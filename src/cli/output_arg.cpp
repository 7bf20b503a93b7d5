// Writing a report to -o FILE.
#include "cli/output_arg.hpp"

#include "diag/diag.hpp"
#include "io/files.hpp"

namespace hwk {
namespace {

void refuse_existing(const std::filesystem::path& target, bool force) {
  std::error_code ec;
  if (!force && std::filesystem::symlink_status(target, ec).type() != std::filesystem::file_type::not_found) {
    throw Error(SourceLoc{target}, "already exists, not overwriting it", "add --force to replace it");
  }
}

}  // namespace

std::filesystem::path output_target(const Context& ctx, const std::string& output, bool force) {
  if (output.empty()) return {};
  const auto target = (ctx.cwd / output).lexically_normal();
  refuse_existing(target, force);
  std::error_code ec;
  const auto parent = target.parent_path();
  const auto type = std::filesystem::status(parent, ec).type();
  if (type == std::filesystem::file_type::not_found) {
    throw Error(SourceLoc{target}, "cannot write: there is no directory " + parent.filename().string(), "create it first");
  }
  if (type != std::filesystem::file_type::directory) {
    throw Error(SourceLoc{target}, "cannot write: " + parent.filename().string() + " is not a directory");
  }
  return target;
}

void write_output_file(const std::filesystem::path& target, const std::string& text, bool force) {
  const auto parent = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
  DirLock lock(parent);
  refuse_existing(target, force);
  write_file_atomic(target, text);
}

}  // namespace hwk
