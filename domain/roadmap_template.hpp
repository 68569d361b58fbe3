#pragma once
// The seven-stage roadmap template every organisation follows: «Примерная форма дорожной карты
// внедрения целевой модели наставничества в образовательной организации» (Kameshkovo district,
// order of the education department of 22.12.2021 № 543, appendix № 2; seed 004's second table).
//
// Static data, transcribed from the seed: stage titles exactly as written there; activities
// («Мероприятия») and recommended documents («Рекомендуемые документы для этапа») one entry each,
// as written, without the «- » bullet and the trailing «;» or «.» (kept after «др.»/«пр.»).
// The seed's «Сроки» and «Ответственные» columns are empty, so the template carries none.
//
// One repair: a page break in the source split stage 2's activities cell — its last entry
// «провести уточняющий анализ потребностей в | развитии наставляемых (…)» and the two entries after
// it («использовать различные форматы…», «включить собранные данные в базу… на наставляемых»)
// were printed at the top of stage 3's cell. They belong to stage 2 (they are about mentees; stage
// 2's list ends with the entry closed by a period) and are kept there.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace domain {

struct RoadmapTemplateStage {
    int number = 0;                      // 1..7, the stage (docs/domain.md)
    std::string code;                    // stable key: conditions, mentee_base, mentor_base, mentor_training,
                                         // pairs_forming, pairs_work, completion
    std::string title;                   // as in the seed: «Подготовка условий для запуска ЦМН» …
    std::vector<std::string> activities;
    std::vector<std::string> documents;  // recommended documents for the stage
};

struct RoadmapTemplate {
    std::string id;      // "cmn-organization-7-stages"
    std::string title;
    std::string source;  // where it comes from
    std::vector<RoadmapTemplateStage> stages;
};

// The organisation template (seven stages, numbers 1..7 in order).
const RoadmapTemplate& organization_roadmap_template();

// Every template the product ships (today: the one above).
const std::vector<const RoadmapTemplate*>& roadmap_templates();

// nullptr when there is no template with that id.
const RoadmapTemplate* find_roadmap_template(std::string_view id);

// The canonical name of stage 1..7 as docs/domain.md lists it («подготовка условий для запуска
// программы», …); nullopt outside 1..7.
std::optional<std::string_view> mentoring_stage_name(int stage);

}  // namespace domain
