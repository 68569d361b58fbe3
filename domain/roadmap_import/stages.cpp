// The stage (1..7) a title names (domain/roadmap_import.hpp, detect_stage).
#include <algorithm>
#include <array>
#include <functional>
#include <string_view>
#include <vector>

#include "domain/roadmap_import.hpp"
#include "domain/text/russian.hpp"

namespace domain {
namespace {

struct StageKeywords {
    int stage;
    std::array<std::string_view, 8> words;
};
constexpr std::array<StageKeywords, 7> kStageKeywords{{
    {1, {"подготовка условий", "подготовку условий", "создание условий для", "подготовительный этап", "", "", "", ""}},
    {2,
     {"базы наставляемых", "база наставляемых", "баз наставляемых", "базу наставляемых",
      "базы наставников и наставляемых", "база наставников и наставляемых", "баз наставников и наставляемых",
      "базу наставников и наставляемых"}},
    {3, {"базы наставников", "база наставников", "баз наставников", "базу наставников", "", "", "", ""}},
    {4, {"отбор и обучение", "обучение наставников", "отбор наставников", "", "", "", "", ""}},
    {5,
     {"формирование наставнических пар", "формирование наставнических групп", "формирование пар",
      "формирование групп наставник", "формирование наставнических", "", "", ""}},
    {6,
     {"организация работы наставнических", "организация работы пар", "организация работы групп",
      "работы наставнических пар", "работа наставнических пар", "работы наставнических групп", "", ""}},
    {7, {"завершение наставничества", "завершение программы", "завершение работы", "завершающий этап", "", "", "", ""}},
}};

// One Boyer–Moore–Horspool searcher per keyword, built once: a title is scanned in skips of up
// to a keyword's length, not compared at every lead byte of a Cyrillic letter (which is every
// other byte) as string::find does.
using Searcher = std::boyer_moore_horspool_searcher<std::string_view::const_iterator>;
struct StageSearchers {
    int stage;
    std::vector<Searcher> searchers;
};
const std::vector<StageSearchers>& stage_searchers() {
    static const std::vector<StageSearchers> all = [] {
        std::vector<StageSearchers> out;
        for (const auto& sk : kStageKeywords) {
            StageSearchers s{sk.stage, {}};
            for (auto w : sk.words)
                if (!w.empty()) s.searchers.emplace_back(w.begin(), w.end());
            out.push_back(std::move(s));
        }
        return out;
    }();
    return all;
}

}  // namespace

std::optional<int> detect_stage(std::string_view title) {
    if (title.empty()) return std::nullopt;
    const std::string folded = fold_ru(title);
    const std::string_view f = folded;
    std::optional<int> found;
    for (const auto& sk : stage_searchers()) {
        const bool hit = std::any_of(sk.searchers.begin(), sk.searchers.end(),
                                     [&](const Searcher& s) { return std::search(f.begin(), f.end(), s) != f.end(); });
        if (!hit) continue;
        if (found) return std::nullopt;  // names two stages
        found = sk.stage;
    }
    return found;
}

}  // namespace domain
