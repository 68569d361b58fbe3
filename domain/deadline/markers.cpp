// Phrases that decide a deadline before the grammar reads its dates (domain/deadline.hpp):
// the whole period («в течение года», «постоянно»), someone else's dates («по запросу»,
// «согласно плану»), and placeholders («--», «нет»).
#include "domain/deadline/markers.hpp"

#include "domain/deadline/words.hpp"

namespace domain::deadline {
namespace {

std::vector<std::string_view> words_of(const std::vector<Tok>& toks) {
    std::vector<std::string_view> w;
    for (const auto& t : toks)
        if (t.t == T::word) w.push_back(t.s);
    return w;
}

bool has_seq(const std::vector<std::string_view>& w, std::initializer_list<std::string_view> s) {
    if (w.size() < s.size()) return false;
    for (std::size_t i = 0; i + s.size() <= w.size(); ++i) {
        std::size_t k = 0;
        for (auto x : s) {
            if (w[i + k] != x) break;
            ++k;
        }
        if (k == s.size()) return true;
    }
    return false;
}

}  // namespace

// «В течение года», «в течение всего периода реализации», «Весь период», «На регулярной
// основе», «постоянно», «в течение всего года».
bool whole_period_phrase(const std::vector<Tok>& toks) {
    std::vector<std::string_view> w;
    for (const auto& t : toks) {
        if (t.t == T::comma) continue;
        if (t.t != T::word) return false;
        if (in(t.s, {"всего", "весь", "всей", "целого", "всех", "текущего", "текущий", "данного"})) continue;
        w.push_back(t.s);
    }
    while (!w.empty() && in(w.back(), {"реализации", "дорожной", "карты", "программы", "программ", "проекта",
                                       "действия", "наставничества", "целевой", "модели", "плана", "мероприятий"}))
        w.pop_back();
    std::string joined;
    for (auto x : w) {
        if (!joined.empty()) joined += ' ';
        joined += x;
    }
    if (joined.rfind("ежегодно ", 0) == 0) joined = joined.substr(std::string_view("ежегодно ").size());
    return in(joined, {"в течение года",
                       "в течение учебного года",
                       "в течение календарного года",
                       "в течение периода",
                       "в течение срока",
                       "в течение",
                       "в течение учебного периода",
                       "на протяжении года",
                       "на протяжении учебного года",
                       "на протяжении периода",
                       "на протяжении срока",
                       "на протяжении",
                       "период",
                       "год",
                       "учебный год",
                       "в период",
                       "в течении года",
                       "в течении периода",
                       "на регулярной основе",
                       "на постоянной основе",
                       "постоянно",
                       "регулярно",
                       "систематически",
                       "круглогодично",
                       "в течение года постоянно",
                       "постоянно в течение года",
                       "регулярно в течение года",
                       "в течение года регулярно"});
}

// Phrases that leave the date to someone else.
std::optional<std::string> unscheduled_marker(const std::vector<Tok>& toks) {
    const auto w = words_of(toks);
    if (has_seq(w, {"по", "запросу"}) || has_seq(w, {"по", "запросам"}) || has_seq(w, {"по", "требованию"}) ||
        has_seq(w, {"по", "заявке"}) || has_seq(w, {"по", "заявкам"}))
        return "по запросу: no automatic due date";
    if (has_seq(w, {"по", "мере"}) || has_seq(w, {"по", "необходимости"}) || has_seq(w, {"при", "необходимости"}))
        return "по мере необходимости: no automatic due date";
    if (has_seq(w, {"по", "плану"}) || has_seq(w, {"по", "планам"}) || has_seq(w, {"согласно", "плану"}) ||
        has_seq(w, {"по", "отдельному"}) || has_seq(w, {"по", "графику"}) || has_seq(w, {"согласно", "графику"}))
        return "по плану другой организации: no automatic due date";
    if (has_seq(w, {"в", "соответствии"}) || has_seq(w, {"согласно"}) || has_seq(w, {"в", "сроки"}) ||
        has_seq(w, {"в", "установленные", "сроки"}) || has_seq(w, {"по", "срокам"}))
        return "в соответствии со сроками другого документа: no automatic due date";
    if (has_seq(w, {"отчетный"}) || has_seq(w, {"отчетные"}) || has_seq(w, {"отчетного"}))
        return "в отчетный период: depends on an external reporting calendar";
    if (has_seq(w, {"по", "согласованию"}) || has_seq(w, {"по", "приглашению"}) || has_seq(w, {"по", "решению"}) ||
        has_seq(w, {"по", "распоряжению"}))
        return "по согласованию: no automatic due date";
    return std::nullopt;
}

bool placeholder(const std::vector<Tok>& toks) {
    for (const auto& t : toks) {
        if (t.t == T::dash || t.t == T::slash || t.t == T::comma || t.t == T::semi || t.t == T::colon) continue;
        if (t.t == T::word && in(t.s, {"нет", "х", "x", "не", "установлен", "указан", "определен", "тбд", "tbd"}))
            continue;
        return false;
    }
    return true;
}

}  // namespace domain::deadline
