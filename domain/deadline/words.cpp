#include "domain/deadline/words.hpp"

#include <array>

namespace domain::deadline {

int month_of(std::string_view w) {
    struct Stem {
        std::string_view stem;
        int m;
        bool soft;
    };
    static constexpr std::array<Stem, 11> stems{{{"январ", 1, true},
                                                 {"феврал", 2, true},
                                                 {"март", 3, false},
                                                 {"апрел", 4, true},
                                                 {"июн", 6, true},
                                                 {"июл", 7, true},
                                                 {"август", 8, false},
                                                 {"сентябр", 9, true},
                                                 {"октябр", 10, true},
                                                 {"ноябр", 11, true},
                                                 {"декабр", 12, true}}};
    for (const auto& st : stems) {
        if (!starts_with(w, st.stem)) continue;
        const auto end = w.substr(st.stem.size());
        if (st.soft ? in(end, {"ь", "я", "е", "ю", "ем"}) : in(end, {"", "а", "е", "у", "ом"})) return st.m;
    }
    if (in(w, {"май", "мая", "мае", "маю", "маем"})) return 5;
    struct Abbr {
        std::string_view a;
        int m;
    };
    static constexpr std::array<Abbr, 16> abbrs{{{"янв", 1},
                                                 {"фев", 2},
                                                 {"февр", 2},
                                                 {"мар", 3},
                                                 {"апр", 4},
                                                 {"июн", 6},
                                                 {"июл", 7},
                                                 {"авг", 8},
                                                 {"сен", 9},
                                                 {"сент", 9},
                                                 {"окт", 10},
                                                 {"ноя", 11},
                                                 {"нояб", 11},
                                                 {"дек", 12},
                                                 {"сентяб", 9},
                                                 {"октяб", 10}}};
    for (const auto& a : abbrs)
        if (w == a.a) return a.m;
    return 0;
}

int ordinal_word(std::string_view w) {
    struct O {
        std::string_view stem;
        int n;
    };
    static constexpr std::array<O, 5> ords{{{"перв", 1}, {"втор", 2}, {"трет", 3}, {"четверт", 4}, {"пят", 5}}};
    for (const auto& o : ords) {
        if (!starts_with(w, o.stem)) continue;
        const auto end = w.substr(o.stem.size());
        if (in(end, {"ый", "ая", "ое", "ого", "ой", "ом", "ую", "ий", "ья", "ье", "ьего", "ьей", "ьем", "ью", "ым"}))
            return o.n;
    }
    if (in(w, {"i"})) return 1;
    if (in(w, {"ii"})) return 2;
    if (in(w, {"iii"})) return 3;
    if (in(w, {"iv"})) return 4;
    return 0;
}

int count_word(std::string_view w) {
    if (in(w, {"один", "одного", "одному", "однажды"})) return 1;
    if (in(w, {"два", "две", "двух"})) return 2;
    if (in(w, {"три", "трех"})) return 3;
    if (in(w, {"четыре", "четырех"})) return 4;
    if (in(w, {"пять", "пяти"})) return 5;
    if (in(w, {"шесть", "шести"})) return 6;
    if (w == "десять") return 10;
    if (w == "двенадцать") return 12;
    return 0;
}

}  // namespace domain::deadline
