// libFuzzer entry point for the deadline grammar.
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -I. \
//       domain/deadline.cpp tests/fuzz/deadline_fuzzer.cpp -o deadline_fuzzer && ./deadline_fuzzer
// The first five bytes choose the period and the quarter modes; the rest is the text.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "domain/deadline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace domain;
    if (size < 5) return 0;
    const Date start{Date{1990 + data[0] % 60, 1u + data[1] % 12u, 1u + data[2] % 28u}};
    const DateRange period{start, start.plus_days(int(data[3]) * 8)};
    DeadlineOptions opt;
    opt.quarter_mode = (data[4] & 1) ? QuarterMode::calendar : QuarterMode::school;
    opt.kvartal_mode = (data[4] & 2) ? QuarterMode::school : QuarterMode::calendar;
    const std::string_view text{reinterpret_cast<const char*>(data + 5), size - 5};

    const Schedule s = parse_deadline(text, period, opt);

    const Date lo{1899, 1, 1}, hi{2201, 12, 31};
    for (std::size_t i = 0; i < s.windows.size(); ++i) {
        const DateRange& w = s.windows[i];
        if (!w.start.ok() || !w.end.ok() || w.start > w.end || w.start < lo || w.end > hi) std::abort();
        if (i > 0 && s.windows[i - 1].start > w.start) std::abort();
    }
    switch (s.kind) {
        case ScheduleKind::unscheduled:
            if (!s.reason || !s.windows.empty()) std::abort();
            break;
        case ScheduleKind::window:
        case ScheduleKind::whole_period:
            if (s.windows.size() != 1) std::abort();
            break;
        case ScheduleKind::recurring:
            if (s.windows.empty()) std::abort();
            break;
        case ScheduleKind::count_per_year:
            if (s.windows.empty() || !s.times_per_year || *s.times_per_year < 1) std::abort();
            break;
    }
    return 0;
}
