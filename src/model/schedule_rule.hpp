// A schedule as the plan states it, after its plain-words phrase has been parsed.
#pragma once
#include <date/date.h>
#include <array>

namespace hwk {

struct Schedule {
  enum class Kind {
    days_of_week,    ///< daily, weekdays, weekends, "mon wed fri", "weekly on sun"
    every_n_days,    ///< "every 2 days", counted from the assignment's start
    once,            ///< "once 2026-12-01"
    quota,           ///< "3 per week", "2 per day", "4 per month"
    before_session,  ///< due in the days before each planned session
    as_needed,       ///< counted, never expected
  };
  enum class Period { day, week, month };

  Kind kind = Kind::as_needed;
  std::array<bool, 7> weekdays{};  ///< index 0 = Sunday, as date::weekday::c_encoding()
  int every = 1;                   ///< every_n_days
  date::year_month_day date{};     ///< once
  int count = 1;                   ///< quota: how many per period
  Period period = Period::week;    ///< quota
};

}  // namespace hwk
