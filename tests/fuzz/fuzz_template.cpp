// Fuzz target: any bytes as a template file → the template reader and its lint warnings.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "io/template_reader.hpp"
#include "model/template.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<hwk::Diagnostic> diags;
  const auto t = hwk::parse_template(std::string_view(reinterpret_cast<const char*>(data), size), "t.yaml", diags);
  if (t) hwk::template_warnings(*t);
  return 0;
}
