// The stage (1..7) a title names (domain/roadmap_import.hpp, detect_stage).
#include <array>
#include <string_view>

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

}  // namespace

std::optional<int> detect_stage(std::string_view title) {
    if (title.empty()) return std::nullopt;
    const std::string f = fold_ru(title);
    std::optional<int> found;
    for (const auto& sk : kStageKeywords) {
        bool hit = false;
        for (auto w : sk.words)
            if (!w.empty() && f.find(w) != std::string::npos) hit = true;
        if (!hit) continue;
        if (found) return std::nullopt;  // names two stages
        found = sk.stage;
    }
    return found;
}

}  // namespace domain
