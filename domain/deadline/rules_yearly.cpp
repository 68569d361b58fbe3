// The yearly readings of a deadline (domain/deadline/parser.hpp): the school year's edges,
// a first date then every year, and a start from which it runs.
#include "domain/deadline/calendar.hpp"
#include "domain/deadline/parser.hpp"

namespace domain::deadline {
namespace {

enum class Edge { none, end, by_end, start, by_start };

// The edges' items in a template school year: the end = 15-31 May, by the end = due 31 May,
// the start = September, by the start = due 31 August; «в начале и в конце» adds the end.
std::vector<Item> edge_items(Edge edge, bool and_end) {
    Item it;
    if (edge == Edge::by_start) {  // by the day before 1 September
        it.deadline = true;
        it.m1 = it.m2 = 8;
        it.d1 = 1;
        it.d2 = 31;
    } else if (edge == Edge::start) {
        it.m1 = it.m2 = 9;
    } else if (edge == Edge::end) {
        it.m1 = it.m2 = 5;
        it.d1 = 15;
        it.d2 = 31;
    } else {
        it.deadline = true;
        it.m1 = it.m2 = 5;
        it.d1 = 1;
        it.d2 = 31;
    }
    std::vector<Item> items{it};
    if (and_end) {
        Item end;
        end.m1 = end.m2 = 5;
        end.d1 = 15;
        end.d2 = 31;
        items.push_back(end);
    }
    return items;
}

}  // namespace

// The school year's edges, every school year of the period (or the one named): «в конце
// учебного года», «конец учебного года», «по окончании/по итогам/по завершении учебного года»
// → 15-31 May (lessons end by 31 May, most schools' last weeks); «до конца/к концу/до
// окончания учебного года» → due by 31 May; «в начале учебного года» → September.
std::optional<Schedule> Parser::school_year_edge() {
    i_ = 0;
    any({"ежегодно"});
    while (kind(T::comma) || kind(T::dash)) {}
    Edge edge = Edge::none;
    if (seq({"до", "начала"}) || seq({"к", "началу"}) || seq({"до", "старта"}))
        edge = Edge::by_start;
    else if (seq({"в", "конце"}) || word("конец") || seq({"на", "конец"}) || seq({"по", "окончании"}) ||
             seq({"по", "завершении"}) || seq({"по", "итогам"}) || seq({"после", "окончания"}) ||
             seq({"после", "завершения"}))
        edge = Edge::end;
    else if (seq({"до", "конца"}) || seq({"к", "концу"}) || seq({"до", "окончания"}) || seq({"до", "завершения"}))
        edge = Edge::by_end;
    else if (seq({"в", "начале"}) || word("начало") || seq({"с", "начала"}) || seq({"на", "начало"}))
        edge = Edge::start;
    if (edge == Edge::none) return std::nullopt;
    // «в начале и в конце учебного года»: both edges
    const bool and_end =
        edge == Edge::start && (seq({"и", "в", "конце"}) || seq({"и", "конце"}) || seq({"и", "конец"}));
    any({"каждого", "текущего", "данного"});
    std::optional<YearSpec> named;
    if (!school_year_words(named)) return std::nullopt;
    std::vector<Item> items = edge_items(edge, and_end);
    if (!named) return resolve_recurring(items);
    const bool at_start = edge == Edge::start || edge == Edge::by_start;
    items[0].y1 = items[0].y2 = named->y2 - (at_start ? 1 : 0);
    if (and_end) items[1].y1 = items[1].y2 = named->y2;
    return resolve_list(items);
}

// «учебного года», «уч. г.», or a school year named («2024-2025 уч. г.»), then perhaps the
// school year named after the words («… учебного года 2024-2025») and «ежегодно», and nothing
// more: false when the text goes on.
bool Parser::school_year_words(std::optional<YearSpec>& named) {
    if (any({"учебного", "уч"}) || (wd() == "у" && wd(1) == "г")) {
        if (wd() == "у")
            i_ += 2;
        else if (!any({"года", "год", "г"}))
            return false;
    } else if (auto ys = year_spec(); ys && ys->school) {
        named = ys;
    } else {
        return false;
    }
    if (done()) return true;
    if (!named) {
        if (auto ys = year_spec(); ys && ys->school) named = ys;  // «в конце учебного года 2024-2025»
    }
    while (kind(T::comma) || kind(T::semi)) {}
    if (!done() && !any({"ежегодно"})) return false;
    return done();
}

// A first date, then every year: «Сентябрь 2024, далее ежегодно», «до 1 октября 2023 г. и
// далее ежегодно», «октябрь, далее - ежегодно», «май 2024 г., затем ежегодно». The first
// window is repeated a year later, and so on, over the period; the repeats outside the period
// are dropped (the first one too, unless nothing is left, when it stays as written).
std::optional<Schedule> Parser::then_yearly() {
    const auto tail = yearly_tail_start();
    if (!tail) return std::nullopt;
    const std::size_t end = head_end(*tail);  // «Август, ежегодно»: the repeat needs no «далее»
    if (end == 0) return std::nullopt;
    Parser head(std::vector<Tok>(t_.begin(), t_.begin() + static_cast<std::ptrdiff_t>(end)), p_, opt_);
    std::vector<Item> items;
    if (!head.item_list(items)) return std::nullopt;
    return resolve_recurring(repeated_yearly(items));
}

// Where the text says «every year» after its first date: «…, ежегодно», «… каждый год»,
// «…, далее (1) раз в год», or a tail restating the head yearly; nullopt when it does not.
std::optional<std::size_t> Parser::yearly_tail_start() const {
    const std::size_t end = t_.size();
    if (end == 0) return std::nullopt;
    if (in(word_at(end - 1), {"ежегодно", "ежегодное", "ежегодный"})) return end - 1;
    if (end >= 2 && in(word_at(end - 2), {"каждый", "каждого"}) && in(word_at(end - 1), {"год", "года"}))
        return end - 2;
    if (end >= 4 && word_at(end - 3) == "раз" && in(word_at(end - 2), {"в", "за"}) && word_at(end - 1) == "год" &&
        in(word_at(end - 4), {"далее", "затем"}))  // «…, далее раз в год»
        return end - 3;
    if (end >= 5 && t_[end - 4].t == T::num && t_[end - 4].v == 1 && word_at(end - 3) == "раз" &&
        in(word_at(end - 2), {"в", "за"}) && word_at(end - 1) == "год" && in(word_at(end - 5), {"далее", "затем"}))
        return end - 4;  // «…, далее 1 раз в год»
    return restated_tail_start();
}

// «До 1 октября 2024 г., далее – ежегодно до 1 октября»: the tail restates the head yearly, in
// dates without a year; the index of its «ежегодно».
std::optional<std::size_t> Parser::restated_tail_start() const {
    for (std::size_t k = 1; k + 1 < t_.size(); ++k) {
        if (word_at(k) != "ежегодно") continue;
        std::size_t j = k;
        while (j > 0 && (t_[j - 1].t == T::dash || t_[j - 1].t == T::comma)) --j;
        if (!in(word_at(j - 1), {"далее", "затем", "дальнейшем"})) continue;
        Parser tail(std::vector<Tok>(t_.begin() + static_cast<std::ptrdiff_t>(k + 1), t_.end()), p_, opt_);
        std::vector<Item> tail_items;
        if (!tail.item_list(tail_items)) return std::nullopt;
        for (auto& ti : tail_items)
            if (ti.has_year()) return std::nullopt;
        return k;
    }
    return std::nullopt;
}

// The end of the head before its yearly tail at `cut`: the punctuation and the words that
// lead into the tail («, далее –», «и в дальнейшем») dropped.
std::size_t Parser::head_end(std::size_t cut) const {
    while (cut > 0) {
        const Tok& t = t_[cut - 1];
        if (t.t == T::dash || t.t == T::comma || t.t == T::colon || t.t == T::semi) {
            --cut;
            continue;
        }
        if (t.t == T::word && in(t.s, {"далее", "затем", "потом", "впоследствии", "и", "а", "также"})) {
            --cut;
            continue;
        }
        if (t.t == T::word && t.s == "дальнейшем" && cut >= 2 && word_at(cut - 2) == "в") {
            cut -= 2;
            continue;
        }
        break;
    }
    return cut;
}

// Each dated item, then the same a year later and so on while it meets the period (the item
// alone when none does); items without a year are left to resolve_recurring.
std::vector<Item> Parser::repeated_yearly(const std::vector<Item>& items) const {
    std::vector<Item> repeated;
    for (auto it : items) {
        it.complete_years();
        if (!it.has_year() || it.whole_year) {
            repeated.push_back(it);
            continue;
        }
        std::vector<Item> copies;
        for (int k = 0; it.y1 + k <= p_.end.year() + 1 && k <= 60; ++k) {
            Item c = it;
            c.y1 += k;
            c.y2 += k;
            BuildError err;
            auto r = build(c, c.y1, c.y2, err);
            if (!r) continue;
            const bool inside = it.deadline ? (r->end >= p_.start && r->end <= p_.end) : intersect(*r, p_).has_value();
            if (inside) copies.push_back(c);
        }
        if (copies.empty()) copies.push_back(it);
        for (auto& c : copies) repeated.push_back(c);
    }
    return repeated;
}

// From a start on: «с 01.09.2024», «начиная с сентября 2024 г.» → from that start to the
// period's end; «ежегодно, начиная с сентября 2024 г.», «с сентября 2024 г. ежегодно» → that
// window and its yearly repeats (as «Сентябрь 2024, далее ежегодно»).
std::optional<Schedule> Parser::open_start() {
    i_ = 0;
    bool yearly = false;
    if (any({"ежегодно"})) {
        yearly = true;
        while (kind(T::comma) || kind(T::dash)) {}
    }
    const bool starting = word("начиная");
    if (!any({"с", "со"})) return std::nullopt;
    if (!starting && !yearly && done()) return std::nullopt;
    auto pt = point();
    if (!pt || !pt->y) return std::nullopt;
    while (kind(T::comma) || kind(T::dash)) {}
    if (any({"ежегодно"}) || seq({"и", "далее", "ежегодно"})) yearly = true;
    if (!done()) return std::nullopt;
    Item it = span_of(*pt, *pt);
    if (yearly) {
        std::vector<Tok> head(t_.begin(), t_.end());
        std::vector<Tok> rebuilt;
        // the same as «<point>, далее ежегодно»
        Tok dalee;
        dalee.t = T::word;
        dalee.s = "далее";
        Tok every;
        every.t = T::word;
        every.s = "ежегодно";
        std::size_t from = 0;
        while (from < head.size() && !(head[from].t == T::word && in(head[from].s, {"с", "со"}))) ++from;
        for (std::size_t k = from + 1; k < head.size(); ++k) {
            if (head[k].t == T::word && head[k].s == "ежегодно") break;
            if (head[k].t == T::comma || head[k].t == T::dash) continue;
            if (head[k].t == T::word && in(head[k].s, {"и", "далее"})) continue;
            rebuilt.push_back(head[k]);
        }
        rebuilt.push_back(dalee);
        rebuilt.push_back(every);
        return Parser(rebuilt, p_, opt_).then_yearly();
    }
    BuildError err;
    auto r = build(it, it.y1, end_year(it, it.y1), err);
    if (!r) return unscheduled(build_error_text(err));
    if (r->start > p_.end) return with_windows(ScheduleKind::window, {DateRange{r->start, r->start}});
    return with_windows(ScheduleKind::window, {DateRange{r->start, p_.end}});
}

}  // namespace domain::deadline
