// Resolving what feedback answers.
#include "report/feedback.hpp"

#include <algorithm>
#include <set>

namespace hwk {

RecordsById records_by_id(const std::vector<Record>& records) {
  RecordsById out;
  out.reserve(records.size());
  for (const auto& r : records) out.emplace(r.id, &r);
  return out;
}

std::vector<FeedbackLink> feedback_links(const std::vector<Record>& records) {
  std::map<std::string, std::string> corrected_by;  // id → the first record that amends it
  for (const auto& r : records) {
    if (!r.amends.empty()) corrected_by.emplace(r.amends, r.id);
  }
  std::set<std::string> seen;
  std::vector<FeedbackLink> out;
  for (const auto& r : records) {
    if (r.kind != RecordKind::feedback || corrected_by.count(r.id) || !seen.insert(r.id).second) continue;
    FeedbackLink link{&r, {}, r.week};
    if (!r.answers.empty()) {
      link.record = r.answers;
      for (std::size_t hops = 0; hops < records.size(); ++hops) {  // a cycle of amendments ends too
        const auto next = corrected_by.find(link.record);
        if (next == corrected_by.end()) break;
        link.record = next->second;
      }
    }
    out.push_back(std::move(link));
  }
  std::stable_sort(out.begin(), out.end(), [](const FeedbackLink& x, const FeedbackLink& y) { return x.feedback->at < y.feedback->at; });
  return out;
}

std::vector<const FeedbackLink*> counted_ratings(const std::vector<FeedbackLink>& links) {
  std::map<std::string, const FeedbackLink*> latest;
  for (const auto& link : links) {
    if (!link.feedback->quality) continue;
    const std::string key = link.week ? "week " + link.feedback->assignment + " " + format_date(*link.week) : "record " + link.record;
    auto& slot = latest[key];
    if (!slot || std::pair{slot->feedback->at, slot->feedback->id} < std::pair{link.feedback->at, link.feedback->id}) slot = &link;
  }
  std::vector<const FeedbackLink*> out;
  for (const auto& [key, link] : latest) out.push_back(link);
  std::stable_sort(out.begin(), out.end(), [](const FeedbackLink* x, const FeedbackLink* y) { return x->feedback->at < y->feedback->at; });
  return out;
}

Instant first_recorded(const Record& r, const RecordsById& by_id) {
  Instant first = r.recorded;
  const Record* cur = &r;
  for (std::size_t hops = 0; hops <= by_id.size() && !cur->amends.empty(); ++hops) {
    const auto it = by_id.find(cur->amends);
    if (it == by_id.end()) break;
    cur = it->second;
    first = std::min(first, cur->recorded);
  }
  return first;
}

}  // namespace hwk
