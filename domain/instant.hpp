#pragma once
// An instant in the system's time (transaction time): what `known_at` names (docs/domain.md,
// «Compliance», two time axes). Read from RFC 3339 text, written as UTC text with up to
// microseconds (PostgreSQL's timestamptz precision), so the database reads it exactly.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "domain/date.hpp"

namespace domain {

class Instant {
public:
    using Time = std::chrono::sys_time<std::chrono::microseconds>;
    constexpr Instant() = default;
    constexpr explicit Instant(Time t) : t_(t) {}

    // Exactly RFC 3339 (section 5.6): YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM), 'T' and 'Z' in
    // either case; a date that does not exist, a second beyond 59 or more than microseconds
    // of fraction: nullopt.
    static std::optional<Instant> parse_rfc3339(std::string_view text);
    static Instant now();

    // UTC, e.g. 2026-11-01T07:00:00Z or 2026-11-01T07:00:00.25Z.
    [[nodiscard]] std::string utc() const;
    // UTC with exactly three digits of milliseconds, e.g. 2026-11-01T07:00:00.000Z: how every
    // stored time (created_at, submitted_at, …) is written, as the database gives it.
    [[nodiscard]] std::string utc_millis() const;
    [[nodiscard]] Date utc_date() const;
    [[nodiscard]] Time time() const { return t_; }

    friend constexpr bool operator==(const Instant&, const Instant&) = default;
    friend constexpr auto operator<=>(const Instant& a, const Instant& b) { return a.t_ <=> b.t_; }

private:
    Time t_{};
};

}  // namespace domain
