// Inline SVG charts for the HTML review: weekly bars and weekly lines. Plain SVG elements only:
// no scripts, no links, no external references, so the page's Content-Security-Policy holds.
#include <algorithm>
#include <cmath>

#include "report/review.hpp"
#include "report/summary.hpp"
#include "util/strings.hpp"

namespace hwk {
namespace {

constexpr double width = 300, height = 116;
constexpr double left = 34, right = 292, top = 6, bottom = 94;

std::string num(double x) { return summary_format::rounded(x, 1); }

double y_of(double v, double lo, double hi) {
  const double t = hi > lo ? std::clamp((v - lo) / (hi - lo), 0.0, 1.0) : 1.0;
  return bottom - t * (bottom - top);
}

double slot(std::size_t n) { return (right - left) / static_cast<double>(std::max<std::size_t>(n, 1)); }

std::string axis_label(double v, bool percent) { return percent ? summary_format::rounded(v * 100, 0) + "%" : summary_format::rounded(v, 1); }

// The frame every chart shares: its title (for screen readers), three horizontal grid lines with their values, and the
// week labels (every other one when there are many).
std::string frame(const std::vector<std::string>& labels, double lo, double hi, const std::string& title, bool percent) {
  const std::string t = html_escape(title);
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" role=\"img\" aria-label=\"" +
                    t + "\" class=\"chart\"><title>" + t + "</title>";
  for (const double v : {lo, (lo + hi) / 2, hi}) {
    const std::string y = num(y_of(v, lo, hi));
    out += "<line x1=\"" + num(left) + "\" x2=\"" + num(right) + "\" y1=\"" + y + "\" y2=\"" + y + "\" class=\"grid\"/>";
    out += "<text x=\"" + num(left - 3) + "\" y=\"" + y + "\" class=\"y-label\">" + html_escape(axis_label(v, percent)) + "</text>";
  }
  const std::size_t step = labels.size() > 10 ? 2 : 1;
  for (std::size_t k = 0; k < labels.size(); k += step) {
    const double x = left + slot(labels.size()) * (static_cast<double>(k) + 0.5);
    out += "<text x=\"" + num(x) + "\" y=\"" + num(bottom + 12) + "\" class=\"x-label\">" + html_escape(labels[k]) + "</text>";
  }
  return out;
}

}  // namespace

std::string svg_bar_chart(const std::vector<std::optional<double>>& values, const std::vector<std::string>& labels, double lo, double hi,
                          const std::string& title, bool percent) {
  std::string out = frame(labels, lo, hi, title, percent);
  const double w = slot(values.size());
  for (std::size_t k = 0; k < values.size(); ++k) {
    if (!values[k]) continue;
    const double y = y_of(*values[k], lo, hi);
    const double x = left + w * static_cast<double>(k) + w * 0.15;
    out += "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w * 0.7) + "\" height=\"" + num(std::max(bottom - y, 0.5)) +
           "\" class=\"bar\"><title>" + html_escape(k < labels.size() ? labels[k] : "") + ": " + html_escape(axis_label(*values[k], percent)) +
           "</title></rect>";
  }
  return out + "</svg>";
}

std::string svg_line_chart(const std::vector<std::optional<double>>& values, const std::vector<std::string>& labels, double lo, double hi,
                           const std::string& title) {
  std::string out = frame(labels, lo, hi, title, false);
  const double w = slot(values.size());
  std::string points, dots;
  auto flush = [&] {
    if (!points.empty()) out += "<polyline points=\"" + points + "\" class=\"line\"/>";
    points.clear();
  };
  for (std::size_t k = 0; k < values.size(); ++k) {
    if (!values[k]) {
      flush();
      continue;
    }
    const std::string x = num(left + w * (static_cast<double>(k) + 0.5)), y = num(y_of(*values[k], lo, hi));
    points += (points.empty() ? "" : " ") + x + "," + y;
    dots += "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"2.5\" class=\"dot\"><title>" + html_escape(k < labels.size() ? labels[k] : "") + ": " +
            num(*values[k]) + "</title></circle>";
  }
  flush();
  return out + dots + "</svg>";
}

}  // namespace hwk
