#pragma once
// Calendar dates for the domain: a thin value type over std::chrono::year_month_day.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace domain {

class Date {
public:
    constexpr Date() = default;
    constexpr Date(int y, unsigned m, unsigned d)
        : ymd_{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}} {}
    constexpr explicit Date(std::chrono::year_month_day ymd) : ymd_{ymd} {}
    constexpr explicit Date(std::chrono::sys_days days) : ymd_{days} {}

    // Parses exactly YYYY-MM-DD; nullopt for anything else or a date that does not exist.
    static std::optional<Date> parse_iso(std::string_view text);
    // A valid date built from parts; nullopt when it does not exist (31 February).
    static std::optional<Date> make(int y, unsigned m, unsigned d);
    // The last day of the given month.
    static Date end_of_month(int y, unsigned m);
    static Date today_utc();

    [[nodiscard]] std::string iso() const;  // YYYY-MM-DD
    [[nodiscard]] constexpr int year() const { return int(ymd_.year()); }
    [[nodiscard]] constexpr unsigned month() const { return unsigned(ymd_.month()); }
    [[nodiscard]] constexpr unsigned day() const { return unsigned(ymd_.day()); }
    [[nodiscard]] constexpr bool ok() const { return ymd_.ok(); }
    [[nodiscard]] constexpr std::chrono::sys_days days() const { return std::chrono::sys_days{ymd_}; }
    [[nodiscard]] Date plus_days(int n) const { return Date{days() + std::chrono::days{n}}; }

    friend constexpr bool operator==(const Date&, const Date&) = default;
    friend constexpr auto operator<=>(const Date& a, const Date& b) { return a.ymd_ <=> b.ymd_; }

private:
    std::chrono::year_month_day ymd_{std::chrono::year{1970}, std::chrono::January, std::chrono::day{1}};
};

// A closed range of dates [start, end].
struct DateRange {
    Date start;
    Date end;
    friend bool operator==(const DateRange&, const DateRange&) = default;
};

}  // namespace domain
