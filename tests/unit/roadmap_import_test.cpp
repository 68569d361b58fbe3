// The roadmap table importer: the five seed documents, CSV, cleaning, and bad input.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "domain/errors.hpp"
#include "domain/roadmap_import.hpp"
#include "domain/roadmap_import_review.hpp"
#include "tests/support/seeds.hpp"

using domain::ImportedItem;
using domain::ImportedRoadmap;
using domain::ImportedSection;
using domain::TableFormat;

namespace {

// ------------------------------------------------------------------ seed helpers

#define LOAD_SEED(var, prefix)                                                       \
    const std::string var##_text = testsupport::seed_text(prefix);                   \
    const ImportedRoadmap var = domain::parse_roadmap_table(var##_text, TableFormat::tsv)

const ImportedItem* find_item(const ImportedSection& s, const std::string& number) {
    for (const auto& it : s.items)
        if (it.number == number) return &it;
    return nullptr;
}

std::vector<std::size_t> items_per_section(const ImportedRoadmap& r) {
    std::vector<std::size_t> out;
    for (const auto& s : r.sections) out.push_back(s.items.size());
    return out;
}

std::vector<int> unplaced_lines(const ImportedRoadmap& r) {
    std::vector<int> out;
    for (const auto& u : r.unplaced) out.push_back(u.line);
    return out;
}

// Every non-blank line from the first header on is a header, a section, part of an item, a skipped
// numbering row (listed by the caller), or unplaced.
void expect_every_line_accounted(const std::string& text, const ImportedRoadmap& r, std::set<int> skipped = {}) {
    std::set<int> covered = std::move(skipped);
    for (const auto& t : r.table_info) covered.insert(t.line);
    for (const auto& s : r.sections) {
        covered.insert(s.line);
        for (const auto& it : s.items)
            for (int l = it.line; l <= it.end_line; ++l) covered.insert(l);
    }
    for (const auto& u : r.unplaced) covered.insert(u.line);
    // A part that was not imported is reported whole, by its warning.
    for (const auto& p : r.parts) {
        if (p.number == r.part) {
            if (!p.caption.empty()) covered.insert(p.line);  // an appendix's caption is its title
            continue;
        }
        const bool reported = std::any_of(r.warnings.begin(), r.warnings.end(), [&](const auto& w) {
            return w.code == "appendix-not-imported" && w.line == p.line;
        });
        if (reported || p.number < r.part)
            for (int l = p.line; l <= p.end_line; ++l) covered.insert(l);
    }
    ASSERT_FALSE(r.table_info.empty());
    const int first = r.parts.empty() ? r.table_info.front().line : r.parts.front().line;
    std::istringstream in(text);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (n < first) continue;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        EXPECT_TRUE(covered.count(n)) << "line " << n << " is neither placed nor unplaced: " << line;
    }
}

void expect_unreadable(std::string_view input, TableFormat format, const std::string& detail_part) {
    try {
        (void)domain::parse_roadmap_table(input, format);
        ADD_FAILURE() << "no error for input of " << input.size() << " bytes";
    } catch (const domain::Error& e) {
        EXPECT_EQ(e.kind(), domain::ErrorKind::bad_request);
        EXPECT_EQ(e.slug(), "import-unreadable");
        EXPECT_NE(std::string(e.what()).find(detail_part), std::string::npos) << e.what();
    }
}

}  // namespace

// ------------------------------------------------------------------ seed 000: college, roman + numbered sections

TEST(RoadmapImportSeeds, Seed000CollegeRomanAndNumberedSections) {
    LOAD_SEED(r, "000_");
    EXPECT_EQ(r.tables, 1);
    EXPECT_EQ(r.csv_delimiter, 0);
    ASSERT_TRUE(r.title.has_value());
    EXPECT_EQ(*r.title,
              "Дорожная карта реализации Целевой модели наставничества в КОГПОБУ «Омутнинский колледж педагогики, "
              "экономики и права» на 2024-2025 учебный год");
    ASSERT_EQ(r.sections.size(), 6u);
    EXPECT_EQ(items_per_section(r), (std::vector<std::size_t>{0, 4, 4, 3, 3, 4}));
    EXPECT_EQ(r.item_count(), 18u);
    EXPECT_TRUE(r.unplaced.empty());

    const std::vector<std::pair<std::string, std::string>> sections{
        {"I.", "Подготовка условий для реализации программы наставничества"},
        {"1.", "Изучение и систематизация имеющихся материалов по проблеме наставничества"},
        {"2.", "Нормативно-правовое регулирование реализации системы наставничества"},
        {"II.", "Внедрение системы наставничества педагогических работников"},
        {"III.", "Содействие распространению лучших практик наставничества"},
        {"IV.", "Мониторинг и оценка результатов внедрения системы наставничества"},
    };
    for (std::size_t k = 0; k < sections.size(); ++k) {
        EXPECT_EQ(r.sections[k].number, sections[k].first) << k;
        EXPECT_EQ(r.sections[k].title, sections[k].second) << k;
    }
    EXPECT_EQ(r.sections[0].line, 19);
    // Stage 1 by keyword; the numbered sub-sections under I inherit it; II–IV name no stage.
    EXPECT_EQ(r.sections[0].stage, 1);
    EXPECT_EQ(r.sections[1].stage, 1);
    EXPECT_EQ(r.sections[2].stage, 1);
    EXPECT_FALSE(r.sections[3].stage.has_value());
    EXPECT_FALSE(r.sections[5].stage.has_value());

    const ImportedItem* i11 = find_item(r.sections[1], "1.1.");
    ASSERT_NE(i11, nullptr);
    EXPECT_EQ(i11->title,
              "Информирование педагогов о подготовке программы наставничества, сбор предварительных запросов педагогов, "
              "молодых специалистов");
    EXPECT_EQ(i11->deadline_text, "Август 2024");
    EXPECT_EQ(i11->responsible, "Директор, администрация");
    EXPECT_EQ(i11->expected_result, "Протокол педагогического совета №1 от 30.08.2024 г");
    EXPECT_EQ(i11->line, 21);
    EXPECT_EQ(i11->stage, 1);

    const ImportedItem* i12 = find_item(r.sections[1], "1.2.");
    ASSERT_NE(i12, nullptr);
    EXPECT_EQ(i12->expected_result, "");

    // «2.1» (no dot) under «2.», «2.1.» under «II.»: numbers kept as written, in their own sections.
    const ImportedItem* s2_22 = find_item(r.sections[2], "2.2");
    ASSERT_NE(s2_22, nullptr);
    EXPECT_EQ(s2_22->title, "Назначение кураторов целевой модели наставничества");
    EXPECT_EQ(s2_22->responsible, "Директор, администрация,");
    EXPECT_EQ(s2_22->expected_result, "Приказ №32 от 04.09.2024 г");
    const ImportedItem* s2_23 = find_item(r.sections[2], "2.3.");
    ASSERT_NE(s2_23, nullptr);
    EXPECT_EQ(s2_23->line, 29);  // after a blank line
    EXPECT_EQ(s2_23->title, "Актуализировать «Положение о наставничестве»");

    const ImportedItem* ii21 = find_item(r.sections[3], "2.1.");
    ASSERT_NE(ii21, nullptr);
    EXPECT_EQ(ii21->title.rfind("Формирование базы наставляемых на 2024-2025 учебный год: сбор потребностей", 0), 0u)
        << ii21->title;  // <i> stripped
    EXPECT_EQ(ii21->deadline_text, "до 1 октября 2024");
    EXPECT_EQ(ii21->stage, 2);  // own title, section II names no stage

    const ImportedItem* ii22 = find_item(r.sections[3], "2.2.");
    ASSERT_NE(ii22, nullptr);
    EXPECT_EQ(ii22->title,
              "Формирование базы наставников на 2024-2025 учебный год:\n"
              "- сбор заявок кандидатов в наставники;\n"
              "- рассмотрение кандидатур в наставники;\n"
              "- собеседования с кандидатами в наставники;");  // <ul> with ✓ bullets → lines
    EXPECT_EQ(ii22->expected_result, "База наставников с перечнем запросов");
    EXPECT_EQ(ii22->stage, 3);
    EXPECT_EQ(find_item(r.sections[3], "2.3.")->stage, 6);
    EXPECT_EQ(find_item(r.sections[3], "2.3.")->deadline_text,
              "в соответствии со сроками реализации программ наставничества");

    const ImportedItem* iv4 = find_item(r.sections[5], "4.4.");
    ASSERT_NE(iv4, nullptr);
    EXPECT_EQ(iv4->deadline_text, "Ежегодно в мае, августе");
    EXPECT_EQ(iv4->responsible, "Директор, Кураторы целевой модели наставничества");
    EXPECT_EQ(iv4->expected_result, "Грамоты, благодарности");
    EXPECT_FALSE(iv4->stage.has_value());

    expect_every_line_accounted(r_text, r);
}

// ------------------------------------------------------------------ seed 001: indicators, continuations, two tables

TEST(RoadmapImportSeeds, Seed001IndicatorsContinuationsAndSecondTable) {
    LOAD_SEED(r, "001_");
    EXPECT_EQ(r.tables, 2);
    ASSERT_EQ(r.table_info.size(), 2u);
    EXPECT_EQ(r.table_info[0].line, 24);
    EXPECT_FALSE(r.table_info[0].headerless);
    EXPECT_EQ(r.table_info[1].line, 35);
    EXPECT_TRUE(r.table_info[1].headerless);
    EXPECT_EQ(r.table_info[1].columns,
              (std::vector<std::string>{"№", "Содержание", "Показатели эффективности", "Сроки", "Ответственные"}));
    ASSERT_TRUE(r.title.has_value());
    EXPECT_EQ(*r.title, "Дорожная карта внедрения целевой модели наставничества в МБОУ СОШ № 23");

    ASSERT_EQ(r.sections.size(), 2u);
    EXPECT_EQ(items_per_section(r), (std::vector<std::size_t>{4, 4}));
    EXPECT_EQ(r.sections[0].number, "");
    EXPECT_EQ(r.sections[0].title, "Организационно-методическое сопровождение деятельности");
    EXPECT_EQ(r.sections[0].table, 1);
    EXPECT_EQ(r.sections[1].title,
              "Управление реализацией Целевой модели наставничеств на уровне образовательной организации");
    EXPECT_EQ(r.sections[1].table, 2);
    EXPECT_EQ(r.sections[1].line, 35);

    // Item 1 runs over lines 26–28: two continuation rows merged cell by cell, each fragment a new line.
    const ImportedItem& i1 = r.sections[0].items[0];
    EXPECT_EQ(i1.number, "1.");
    EXPECT_EQ(i1.title, "Подготовка условий для запуска программы наставничества");
    EXPECT_EQ(i1.line, 26);
    EXPECT_EQ(i1.end_line, 28);
    EXPECT_EQ(i1.expected_result,
              "Подготовка нормативной базы реализации целевой модели наставничества в МБОУ СОШ № 23\n"
              "Выбор форм и программ Наставничества исходя из потребностей школы\n"
              "Информирование родителей, педагогов, обучающихся о возможностях и целях целевой модели");
    EXPECT_EQ(i1.deadline_text, "Май - июль 2020 года\nСентябрь 2020 Сентябрь – октябрь 2020\nСентябрь 2020");
    EXPECT_EQ(i1.responsible,
              "Елисеева Н.В. Кудина Е.С.\nЕлисеева Н.В. Кудина Е.С. Елисеева Н.В. Кудина Е.С.\n"
              "Администрация школы, классные руководители, Совет старшеклассников");
    EXPECT_EQ(i1.indicators.rfind("1. Издан приказ «Внедрение целевой модели наставничества в МБОУ СОШ № 23» 2.", 0), 0u);
    EXPECT_NE(i1.indicators.find("\nПроведено совещание по вопросам реализации целевой модели наставничества."),
              std::string::npos);
    EXPECT_NE(i1.indicators.find("\n- Проведение родительских собраний. - Проведение Совета обучающихся."),
              std::string::npos);
    EXPECT_EQ(i1.stage, 1);

    const ImportedItem& i2 = r.sections[0].items[1];
    EXPECT_EQ(i2.number, "2.");
    EXPECT_EQ(i2.expected_result, "Обучение наставников для работы с наставляемыми");
    EXPECT_EQ(i2.indicators,
              "Прохождение курсов повышения квалификации. Работа Совета старшеклассников по обучению наставников из "
              "числа детей");
    EXPECT_EQ(i2.deadline_text, "В течение периода");
    EXPECT_EQ(i2.responsible, "Елисева Н.В. Кудина Е.С.");
    EXPECT_EQ(r.sections[0].items[2].stage, 6);  // «работы наставнических пар»

    // Item 4 is continued by line 34, a short row (5 cells of 6) whose text is the indicators' tail.
    const ImportedItem& i4 = r.sections[0].items[3];
    EXPECT_EQ(i4.number, "4.");
    EXPECT_EQ(i4.end_line, 34);
    EXPECT_EQ(i4.indicators,
              "1. Знакомство с традициями, особенностями школы и класса. 2. Помощь с организацией образовательно - "
              "воспитательного процесса. 3. Решение конкретных психологических и коммуникативных проблем.\n"
              "4. Психоэмоциональная поддержка учащихся. 5. Вовлечение учащихся в совместную творческую, "
              "образовательную деятельность. 6. Обучение навыкам мирного разрешения конфликтов.");
    EXPECT_EQ(i4.expected_result, "Организация комплекса последовательных мероприятий наставников и наставляемых");

    // The second table: the merged middle column is «Показатели эффективности».
    const ImportedItem& t2 = r.sections[1].items[1];
    EXPECT_EQ(t2.number, "2.");
    EXPECT_EQ(t2.title, "Контроль процедуры внедрения и реализации Целевой модели наставничества");
    EXPECT_EQ(t2.indicators, "Выполнено 100% позиций Дорожной карты");
    EXPECT_EQ(t2.deadline_text, "Весь период");
    EXPECT_EQ(t2.responsible, "Елисеева Н.В. Кудина Е.С.");
    EXPECT_EQ(t2.expected_result, "");
    EXPECT_EQ(r.sections[1].items[0].deadline_text, "Каждую четверть");

    // The closing prose after the table: every line unplaced.
    EXPECT_EQ(unplaced_lines(r), (std::vector<int>{41, 43, 45, 46, 47, 48}));
    for (const auto& u : r.unplaced) EXPECT_EQ(u.code, "outside-table") << u.line;
    EXPECT_EQ(r.unplaced[0].text, "Перспективные результаты внедрения целевой модели наставничества");
    expect_every_line_accounted(r_text, r);
}

// ------------------------------------------------------------------ seed 002: kindergarten, the seven stages

TEST(RoadmapImportSeeds, Seed002KindergartenSevenStages) {
    LOAD_SEED(r, "002_");
    EXPECT_EQ(r.tables, 1);
    ASSERT_TRUE(r.title.has_value());
    EXPECT_EQ(*r.title,
              "План внедрения «Дорожной карты» региональной системы (целевой модели) наставничества педагогических "
              "работников в БДОУ г. Омска «Центр развития ребенка - детский сад № 30» в 2024 году.");
    ASSERT_EQ(r.sections.size(), 7u);
    EXPECT_EQ(items_per_section(r), (std::vector<std::size_t>{2, 3, 4, 4, 4, 8, 8}));
    EXPECT_EQ(r.item_count(), 33u);
    EXPECT_TRUE(r.unplaced.empty());

    const std::vector<std::string> titles{
        "Подготовка условий для запуска программы наставничества", "Формирование базы наставляемых",
        "Формирование базы наставников",                            "Отбор и обучение наставников",
        "Формирование наставнических пар или групп",                "Организация работы наставнических пар или групп",
        "Завершение наставничества",
    };
    for (int k = 0; k < 7; ++k) {
        const auto& s = r.sections[static_cast<std::size_t>(k)];
        EXPECT_EQ(s.number, std::to_string(k + 1));
        EXPECT_EQ(s.title, titles[static_cast<std::size_t>(k)]);
        EXPECT_EQ(s.stage, k + 1) << s.title;
        for (const auto& it : s.items) {
            EXPECT_EQ(it.stage, k + 1) << it.number;
            EXPECT_EQ(it.number.rfind(std::to_string(k + 1) + ".", 0), 0u) << it.number;
        }
    }
    // «Задача: … Результат: …» split off the section title, plain text and <p> alike.
    EXPECT_EQ(r.sections[0].description.rfind("Задача: информирование о запуске программы наставничества;", 0), 0u);
    EXPECT_NE(r.sections[0].description.find("\nРезультат: определены необходимые ресурсы"), std::string::npos);
    EXPECT_EQ(r.sections[2].description,
              "Задача: поиск потенциальных наставников для формирования базы наставников.\n"
              "Результат: сформированы базы наставников, которые потенциально могут участвовать как в текущей "
              "программе наставничества, так и в будущих программах этой и иных (по запросу и с разрешения "
              "наставников) образовательных организаций.");
    EXPECT_EQ(r.sections[6].description.rfind("Цель: усилить программу наставничества", 0), 0u);

    const ImportedItem* i11 = find_item(r.sections[0], "1.1");
    ASSERT_NE(i11, nullptr);
    EXPECT_EQ(i11->deadline_text, "1 неделя февраля");
    EXPECT_EQ(i11->responsible, "Заведующий ДОУ Старший воспитатель");
    // «1.2» with empty deadline and responsible stays an item (it is numbered under «1»).
    const ImportedItem* i12 = find_item(r.sections[0], "1.2");
    ASSERT_NE(i12, nullptr);
    EXPECT_EQ(i12->deadline_text, "");
    EXPECT_EQ(i12->responsible, "");

    // 2.2 and its continuation line (32), an uppercase fragment: a new line.
    const ImportedItem* i22 = find_item(r.sections[1], "2.2");
    ASSERT_NE(i22, nullptr);
    EXPECT_EQ(i22->title,
              "Сбор дополнительной информации о запросах наставляемых (педагоги) от третьих лиц: психолог, руководитель "
              "и\nСбор согласий на сбор и обработку персональных данных от участников.");
    EXPECT_EQ(i22->deadline_text, "3 неделя февраля");
    EXPECT_EQ(i22->responsible, "Старший воспитатель");
    EXPECT_EQ(i22->line, 31);
    EXPECT_EQ(i22->end_line, 32);
    EXPECT_EQ(find_item(r.sections[1], "2.3")->line, 34);

    const ImportedItem* i78 = find_item(r.sections[6], "7.8");
    ASSERT_NE(i78, nullptr);
    EXPECT_EQ(i78->title, "Формирование долгосрочной базы наставников.");  // <p> stripped; stage 7 from its section
    EXPECT_EQ(i78->stage, 7);
    expect_every_line_accounted(r_text, r);
}

// ------------------------------------------------------------------ seed 003: Aban district, <b> sections

TEST(RoadmapImportSeeds, Seed003AbanBoldSectionsAndSentenceContinuations) {
    LOAD_SEED(r, "003_");
    EXPECT_EQ(r.tables, 1);
    ASSERT_TRUE(r.title.has_value());
    EXPECT_EQ(*r.title,
              "Дорожная карта по реализации Региональной целевой модели наставничества по направлению «педагогическое "
              "наставничество» в образовательных организациях Абанского района на период 2023– 2024 уч.г.");
    ASSERT_EQ(r.sections.size(), 6u);
    EXPECT_EQ(items_per_section(r), (std::vector<std::size_t>{3, 6, 5, 2, 4, 2}));
    EXPECT_EQ(r.item_count(), 22u);
    EXPECT_EQ(r.sections[0].number, "1.");
    EXPECT_EQ(r.sections[0].title, "Нормативно – правовой аспект на уровне ОО");  // <b> stripped
    EXPECT_EQ(r.sections[4].title,
              "Мониторинг реализации программ наставничества педагогических работников в образовательных организациях");
    for (const auto& s : r.sections) EXPECT_FALSE(s.stage.has_value()) << s.title;

    const ImportedItem* i11 = find_item(r.sections[0], "1.1");
    ASSERT_NE(i11, nullptr);
    EXPECT_EQ(i11->deadline_text, "Сентябрь - октябрь 2023");
    EXPECT_EQ(i11->responsible, "УО, МКУ ИМС, ОО");
    EXPECT_EQ(i11->expected_result,
              "Дорожные карты, программы, положения по развитию системы наставничества педагогических работников в ОО");

    // 2.1 continues after a blank line: the title fragment starts uppercase (new line), the result's lowercase.
    const ImportedItem* i21 = find_item(r.sections[1], "2.1");
    ASSERT_NE(i21, nullptr);
    EXPECT_EQ(i21->title,
              "Информирование образовательных организаций о реализации Дорожной карты по реализации\nРегиональной "
              "целевой модели наставничества по направлению «педагогическое наставничество» в образовательных "
              "организациях на территории Красноярского края на период 2023– 2024 гг.");
    EXPECT_EQ(i21->expected_result, "Информационные письма, размещение материалов на официальной странице УО, МКУ ИМС");
    EXPECT_EQ(i21->deadline_text, "На регулярной основе");
    EXPECT_EQ(i21->line, 11);
    EXPECT_EQ(i21->end_line, 13);
    EXPECT_EQ(find_item(r.sections[1], "2.4")->deadline_text, "Не менее 3 раз в год");
    EXPECT_EQ(find_item(r.sections[1], "2.5")->deadline_text, "На регулярной основе (по запросу)");

    const ImportedItem* i35 = find_item(r.sections[2], "3.5");
    ASSERT_NE(i35, nullptr);
    EXPECT_EQ(i35->title,
              "Разработка методических материалов на уровне образовательной организации, необходимых для реализации "
              "системы наставничества педагогических работников в образовательных организациях Абанского района");
    EXPECT_EQ(find_item(r.sections[2], "3.1")->stage, 1);  // «Создание условий для реализации…»
    EXPECT_FALSE(find_item(r.sections[2], "3.3")->stage.has_value());  // «базы наставников и наставляемых»: two stages
    EXPECT_EQ(find_item(r.sections[2], "3.4")->stage, 6);

    const ImportedItem* i52 = find_item(r.sections[4], "5.2");
    ASSERT_NE(i52, nullptr);
    EXPECT_EQ(i52->deadline_text, "Декабрь 2023 и май 2024");
    EXPECT_EQ(i52->responsible, "УО, МКУ ИМС, кураторы ОО");
    EXPECT_EQ(find_item(r.sections[4], "5.1")->deadline_text, "Раз в квартал");
    const ImportedItem* i53 = find_item(r.sections[4], "5.3");
    ASSERT_NE(i53, nullptr);
    EXPECT_EQ(i53->expected_result, "Аналитика данных для регионального, федерального мониторинга");
    EXPECT_EQ(i53->deadline_text, "По запросу региона и Федерации");

    const ImportedItem* i62 = find_item(r.sections[5], "6.2");
    ASSERT_NE(i62, nullptr);
    EXPECT_EQ(i62->end_line, 42);
    EXPECT_NE(i62->title.find("реализации Региональной целевой модели наставничества по направлению «педагогическое "
                              "наставничество» в образовательных организациях Абанского района."),
              std::string::npos);

    // The closing «-- --- -- -- --» row.
    ASSERT_EQ(r.unplaced.size(), 1u);
    EXPECT_EQ(r.unplaced[0].line, 43);
    EXPECT_EQ(r.unplaced[0].code, "separator");
    expect_every_line_accounted(r_text, r);
}

// ------------------------------------------------------------------ seed 004: Kameshkovo district + template

TEST(RoadmapImportSeeds, Seed004KameshkovoPlanWithoutTheSampleForm) {
    LOAD_SEED(r, "004_");
    // Part 1, the district's plan; the sample form after it is part 2, left out and reported.
    EXPECT_EQ(r.part, 1);
    ASSERT_EQ(r.parts.size(), 2u);
    EXPECT_EQ(r.parts[0].number, 1);
    EXPECT_EQ(r.parts[0].line, 40);
    EXPECT_EQ(r.parts[0].end_line, 62);
    EXPECT_EQ(r.parts[0].caption, "");
    EXPECT_EQ(r.parts[0].sections, 5u);
    EXPECT_EQ(r.parts[0].items, 14u);
    EXPECT_EQ(r.parts[1].number, 2);
    EXPECT_EQ(r.parts[1].line, 64);
    EXPECT_EQ(r.parts[1].end_line, 75);
    EXPECT_EQ(r.parts[1].caption,
              "Примерная форма дорожной карты внедрения целевой модели наставничества в образовательной организации");
    EXPECT_EQ(r.parts[1].tables, 1);
    EXPECT_EQ(r.parts[1].sections, 7u);
    EXPECT_EQ(r.parts[1].items, 7u);

    EXPECT_EQ(r.tables, 1);
    ASSERT_EQ(r.table_info.size(), 1u);
    EXPECT_EQ(r.table_info[0].line, 40);
    EXPECT_FALSE(r.table_info[0].stage_template);
    ASSERT_TRUE(r.title.has_value());
    EXPECT_EQ(r.title_line, 34);
    EXPECT_EQ(*r.title,
              "План мероприятий (дорожная карта) внедрения целевой модели наставничества в организациях, "
              "осуществляющих образовательную деятельность по общеобразовательным и дополнительным "
              "общеобразовательным программам, на территории Камешковского района на период с 2021 по 2024 год");

    ASSERT_EQ(r.sections.size(), 5u);
    EXPECT_EQ(items_per_section(r), (std::vector<std::size_t>{4, 4, 2, 2, 2}));
    EXPECT_EQ(r.item_count(), 14u);
    for (const auto& s : r.sections) EXPECT_EQ(s.table, 1) << s.title;

    // The district roadmap: the numbering row (41) skipped, «1 ⇥ title» rows are sections.
    EXPECT_EQ(r.sections[0].number, "1");
    EXPECT_EQ(r.sections[0].line, 42);
    EXPECT_EQ(r.sections[0].title, "Нормативное правовое регулирование внедрения методологии (целевой модели) наставничества");
    EXPECT_EQ(r.sections[4].title, "Контроль реализации мероприятий по внедрению целевой модели наставничества");
    const ImportedItem* i11 = find_item(r.sections[0], "1.1");
    ASSERT_NE(i11, nullptr);
    EXPECT_EQ(i11->title, "Утверждение состава муниципальной рабочей группы по внедрению целевой модели наставничества");
    EXPECT_EQ(i11->deadline_text, "Декабрь 2021");
    EXPECT_EQ(i11->responsible, "Домарева И.А. Папушина Н.А. специалисты МКУ «МЦ»");
    EXPECT_EQ(i11->expected_result, "Приказ УО");

    // 2.4 continued (after a blank line) by «модели наставничества в районе»: a lowercase fragment.
    const ImportedItem* i24 = find_item(r.sections[1], "2.4");
    ASSERT_NE(i24, nullptr);
    EXPECT_EQ(i24->title, "Информирование педагогов, родителей, обучающихся ОО о реализации целевой модели наставничества в районе");
    EXPECT_EQ(i24->deadline_text, "В течение года");
    EXPECT_EQ(i24->expected_result, "Информационная компания");
    EXPECT_EQ(i24->line, 51);
    EXPECT_EQ(i24->end_line, 53);
    EXPECT_EQ(find_item(r.sections[1], "2.1")->deadline_text, "Ежегодно сентябрь-октябрь");
    EXPECT_EQ(find_item(r.sections[1], "2.3")->deadline_text, "По плану ДО, ВИРО");
    EXPECT_EQ(find_item(r.sections[3], "4.2")->deadline_text, "2 раза в год май, ноябрь");
    EXPECT_EQ(find_item(r.sections[3], "4.2")->responsible, "Координаторы ОО, МКУ «МЦ»");
    EXPECT_EQ(find_item(r.sections[4], "5.2")->responsible, "Балюлина Г.Е.");
    for (const auto& s : r.sections) EXPECT_FALSE(s.stage.has_value()) << s.title;
    // Nothing of the sample form is in the plan: no section or item from line 64 on.
    for (const auto& s : r.sections) {
        EXPECT_LT(s.line, 64) << s.title;
        for (const auto& it : s.items) EXPECT_LT(it.end_line, 64) << it.number;
    }

    // The caption is the appendix's, not a stray line: nothing unplaced.
    EXPECT_TRUE(r.unplaced.empty());
    expect_every_line_accounted(r_text, r, {41});
}

TEST(RoadmapImportSeeds, Seed004SampleFormImportedOnItsOwnAsPart2) {
    const std::string text = testsupport::seed_text("004_");
    domain::ImportOptions options;
    options.part = 2;
    const ImportedRoadmap r = domain::parse_roadmap_table(text, TableFormat::tsv, options);
    EXPECT_EQ(r.part, 2);
    ASSERT_EQ(r.parts.size(), 2u);
    EXPECT_EQ(r.tables, 1);
    ASSERT_EQ(r.table_info.size(), 1u);
    EXPECT_EQ(r.table_info[0].line, 66);
    EXPECT_TRUE(r.table_info[0].stage_template);
    EXPECT_FALSE(r.table_info[0].headerless);
    // The appendix's caption is its title.
    ASSERT_TRUE(r.title.has_value());
    EXPECT_EQ(*r.title,
              "Примерная форма дорожной карты внедрения целевой модели наставничества в образовательной организации");
    EXPECT_EQ(r.title_line, 64);
    EXPECT_TRUE(r.warnings.empty());  // the plan (part 1) is no appendix; the form itself reads clean
    EXPECT_TRUE(r.unplaced.empty());

    // The template: one section per stage, stage = its number, one item holding the activities.
    const std::vector<std::string> stages{
        "Подготовка условий для запуска ЦМН",        "Формирование базы наставляемых",
        "Формирование базы наставников",             "Отбор и обучение наставников",
        "Формирование наставнических пар/групп",     "Организация работы наставнических пар или групп",
        "Завершение наставничества",
    };
    ASSERT_EQ(r.sections.size(), 7u);
    EXPECT_EQ(r.item_count(), 7u);
    for (int k = 0; k < 7; ++k) {
        const auto& s = r.sections[static_cast<std::size_t>(k)];
        EXPECT_EQ(s.table, 1);
        EXPECT_EQ(s.number, std::to_string(k + 1));
        EXPECT_EQ(s.title, stages[static_cast<std::size_t>(k)]);
        EXPECT_EQ(s.stage, k + 1);
        ASSERT_EQ(s.items.size(), 1u);
        EXPECT_EQ(s.items[0].number, std::to_string(k + 1));
        EXPECT_EQ(s.items[0].stage, k + 1);
        EXPECT_EQ(s.items[0].deadline_text, "");
        EXPECT_EQ(s.items[0].responsible, "");
        EXPECT_FALSE(s.items[0].expected_result.empty());
    }
    const ImportedItem& st1 = r.sections[0].items[0];
    EXPECT_EQ(st1.line, 67);
    const auto acts1 = domain::split_list_entries(st1.title);
    ASSERT_EQ(acts1.size(), 6u);
    EXPECT_EQ(acts1[1], "собрать предварительные запросы обучающихся, педагогов, молодых специалистов");
    EXPECT_EQ(st1.title.rfind("- информировать педагогов, обучающихся и родительское сообщество", 0), 0u);
    EXPECT_EQ(st1.expected_result.rfind("- Приказ о внедрении целевой модели наставничества в ОО;\n- Положение о "
                                        "наставничестве в ОО (срок действия до 2024 года):",
                                        0),
              0u);
    EXPECT_EQ(domain::split_list_entries(r.sections[6].items[0].title).size(), 11u);
    EXPECT_EQ(r.sections[5].items[0].expected_result,
              "Планы индивидуального развития наставляемых; Внесение изменений в положение о стимулирующих выплатах.");
    // Stage 5: <i>-при необходимости;</i> stays inside its entry.
    EXPECT_NE(r.sections[4].items[0].title.find("квест, соревнование и пр.) -при необходимости;\n- организовать пробную"),
              std::string::npos);
    expect_every_line_accounted(text, r);
}

TEST(RoadmapImportSeeds, PartBeyondTheDocumentIsAValidationError) {
    const std::string text = testsupport::seed_text("004_");
    for (int part : {0, 3, -1}) {
        domain::ImportOptions options;
        options.part = part;
        try {
            (void)domain::parse_roadmap_table(text, TableFormat::tsv, options);
            ADD_FAILURE() << "part " << part << " accepted";
        } catch (const domain::Error& e) {
            EXPECT_EQ(e.kind(), domain::ErrorKind::validation) << part;
            ASSERT_EQ(e.fields().size(), 1u);
            EXPECT_EQ(e.fields()[0].pointer, "/part");
            EXPECT_NE(e.fields()[0].message.find("2 part(s)"), std::string::npos) << e.fields()[0].message;
        }
    }
    // A one-part document has only part 1.
    domain::ImportOptions two;
    two.part = 2;
    EXPECT_THROW((void)domain::parse_roadmap_table(testsupport::seed_text("000_"), TableFormat::tsv, two), domain::Error);
}

// ------------------------------------------------------------------ warnings: what each seed's reading doubted

namespace {

using CodeLine = std::pair<std::string, int>;

std::vector<CodeLine> codes_and_lines(const std::vector<domain::ImportWarning>& ws) {
    std::vector<CodeLine> out;
    for (const auto& w : ws) out.emplace_back(w.code, w.line);
    return out;
}

// Every warning a seed gives with the period its title names (001 names none: its school year
// 2020-2021, as the demo district imports it): the reading's own, then the windows outside it.
std::vector<CodeLine> seed_warnings(const std::string& prefix, const domain::DateRange& period) {
    const auto r = domain::parse_roadmap_table(testsupport::seed_text(prefix), TableFormat::tsv);
    auto ws = r.warnings;
    for (auto& w : domain::windows_outside_period(r, period)) ws.push_back(w);
    std::stable_sort(ws.begin(), ws.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    for (const auto& w : ws) {
        EXPECT_FALSE(w.message.empty()) << w.code << " " << w.line;
        EXPECT_FALSE(w.message_ru.empty()) << w.code << " " << w.line;
    }
    return codes_and_lines(ws);
}

domain::DateRange period_of(const char* a, const char* b) { return {*domain::Date::parse_iso(a), *domain::Date::parse_iso(b)}; }

}  // namespace

TEST(RoadmapImportWarnings, Seed000CollegeNestedHeadingsRepeatedNumbersAndAugust) {
    EXPECT_EQ(seed_warnings("000_", period_of("2024-09-01", "2025-08-31")),
              (std::vector<CodeLine>{
                  {"empty-section", 19},          // «I.» then «1.» right under it
                  {"window-outside-period", 21},  // 1.1 «Август 2024» in the 2024-2025 school year
                  {"duplicate-number", 32},       // «2.1.» under «II.» repeats «2.1» under «2.»
                  {"duplicate-number", 33},
                  {"duplicate-number", 34},
              }));
}

TEST(RoadmapImportWarnings, Seed001ContinuationsAndTheSecondTablesNumbers) {
    EXPECT_EQ(seed_warnings("001_", period_of("2020-09-01", "2021-08-31")),
              (std::vector<CodeLine>{
                  {"window-outside-period", 26},  // «Май - июль 2020 года» before the school year
                  {"continuation-joined", 27},
                  {"continuation-joined", 28},
                  {"continuation-joined", 34},
                  {"duplicate-number", 36},  // the second table numbers 1.–4. again
                  {"duplicate-number", 37},
                  {"duplicate-number", 38},
                  {"duplicate-number", 39},
              }));
}

TEST(RoadmapImportWarnings, Seed002OneContinuation) {
    EXPECT_EQ(seed_warnings("002_", period_of("2024-01-01", "2024-12-31")),
              (std::vector<CodeLine>{{"continuation-joined", 32}}));
}

TEST(RoadmapImportWarnings, Seed003ContinuationsAndWindowsBeforeTheSchoolYear) {
    EXPECT_EQ(seed_warnings("003_", period_of("2023-09-01", "2024-08-31")),
              (std::vector<CodeLine>{
                  {"continuation-joined", 13},
                  {"window-outside-period", 21},  // «Август - сентябрь 2023» starts before the period
                  {"continuation-joined", 27},
                  {"continuation-joined", 36},
                  {"window-outside-period", 39},  // «Декабрь 2022 – май 2023» wholly before it
                  {"continuation-joined", 42},
              }));
}

TEST(RoadmapImportWarnings, Seed004ContinuationAndTheSampleFormLeftOut) {
    EXPECT_EQ(seed_warnings("004_", period_of("2021-12-01", "2024-12-31")),
              (std::vector<CodeLine>{{"continuation-joined", 53}, {"appendix-not-imported", 64}}));
    const auto r = domain::parse_roadmap_table(testsupport::seed_text("004_"), TableFormat::tsv);
    const auto& w = r.warnings.back();
    EXPECT_NE(w.message.find("Lines 64–75"), std::string::npos) << w.message;
    EXPECT_NE(w.message.find("7 section(s), 7 item(s)"), std::string::npos) << w.message;
    EXPECT_NE(w.message.find("part=2"), std::string::npos) << w.message;
    EXPECT_NE(w.message_ru.find("Примерная форма дорожной карты"), std::string::npos) << w.message_ru;
}

TEST(RoadmapImportWarnings, MessagesNameTheRowsTheyConcern) {
    const auto r = domain::parse_roadmap_table(testsupport::seed_text("000_"), TableFormat::tsv);
    ASSERT_EQ(r.warnings.size(), 4u);
    EXPECT_EQ(r.warnings[0].message.find("Section «I.»"), 0u) << r.warnings[0].message;
    EXPECT_NE(r.warnings[0].message.find("(line 20)"), std::string::npos) << r.warnings[0].message;
    EXPECT_EQ(r.warnings[1].message, "Item number «2.1.» repeats item «2.1» on line 26.");
    EXPECT_EQ(r.warnings[1].message_ru, "Номер мероприятия «2.1.» повторяет номер «2.1» в строке 26.");
    const auto r2 = domain::parse_roadmap_table(testsupport::seed_text("002_"), TableFormat::tsv);
    ASSERT_EQ(r2.warnings.size(), 1u);
    EXPECT_EQ(r2.warnings[0].message, "A row without a number was joined to item «2.2» on line 31.");
}

TEST(RoadmapImportWarnings, NoWarningsForACleanTable) {
    const std::string tsv =
        "№\tМероприятие\tСрок\n"
        "1\tРаздел\t\n"
        "1.1\tСовещание\tсентябрь 2024\n"
        "1.2\tПриказ\tоктябрь 2024\n";
    const auto r = domain::parse_roadmap_table(tsv, TableFormat::tsv);
    EXPECT_TRUE(r.warnings.empty());
    EXPECT_TRUE(domain::windows_outside_period(r, period_of("2024-09-01", "2025-08-31")).empty());
    ASSERT_EQ(r.parts.size(), 1u);
    EXPECT_EQ(r.parts[0].line, 1);
    EXPECT_EQ(r.parts[0].end_line, 4);
}

TEST(RoadmapImportWarnings, AppendixCaptionsAndAStageTableAfterThePlan) {
    const std::string plan =
        "№\tМероприятие\tСрок\n"
        "1.1\tСовещание\tсентябрь 2024\n";
    for (const std::string caption : {"Приложение №2", "Приложение 2 к приказу", "ПРИЛОЖЕНИЕ", "**Примерная форма плана**",
                                      "Образец заполнения", "Типовая форма дорожной карты"}) {
        const auto r = domain::parse_roadmap_table(plan + "\n" + caption + "\n\n№\tМероприятие\tСрок\n1\tЕщё\tмай\n",
                                                   TableFormat::tsv);
        ASSERT_EQ(r.parts.size(), 2u) << caption;
        EXPECT_EQ(r.parts[1].line, 4) << caption;
        EXPECT_EQ(r.item_count(), 1u) << caption;
        EXPECT_TRUE(r.unplaced.empty()) << caption;
        EXPECT_EQ(codes_and_lines(r.warnings), (std::vector<CodeLine>{{"appendix-not-imported", 4}})) << caption;
    }
    // Words that merely start like a caption are no caption; before the plan has items, neither.
    for (const std::string line : {"Приложения к отчёту размещены на сайте", "Формирование базы"}) {
        const auto r = domain::parse_roadmap_table(plan + line + "\n1.2\tЕщё\tмай\n", TableFormat::tsv);
        EXPECT_EQ(r.parts.size(), 1u) << line;
    }
    {
        const auto r = domain::parse_roadmap_table("№\tМероприятие\tСрок\nПриложение 1\n1.1\tСовещание\tмай\n",
                                                   TableFormat::tsv);
        EXPECT_EQ(r.parts.size(), 1u);
        EXPECT_EQ(r.item_count(), 1u);
    }
    // A stage-template header right after a plan's rows: a part of its own even without a caption.
    const auto r = domain::parse_roadmap_table(
        plan + "№ этапа\tНаименование этапа\tМероприятия\tСроки\n1\tПодготовка условий\t- приказ\tмай\n",
        TableFormat::tsv);
    ASSERT_EQ(r.parts.size(), 2u);
    EXPECT_EQ(r.parts[1].caption, "");
    EXPECT_EQ(r.item_count(), 1u);
    EXPECT_EQ(codes_and_lines(r.warnings), (std::vector<CodeLine>{{"appendix-not-imported", 3}}));
}

TEST(RoadmapImportWarnings, EmptySectionAtTheEndAndRepeatsAcrossSections) {
    const std::string tsv =
        "№\tМероприятие\tСрок\n"
        "I.\tПервый\t\n"
        "1)\tОдин\tмай\n"
        "II.\tВторой\t\n"
        "1.\tОпять один\tмай\n"
        "III.\tПустой в конце\t\n";
    const auto r = domain::parse_roadmap_table(tsv, TableFormat::tsv);
    EXPECT_EQ(codes_and_lines(r.warnings), (std::vector<CodeLine>{{"duplicate-number", 5}, {"empty-section", 6}}));
    EXPECT_EQ(r.warnings[1].message, "Section «III.» «Пустой в конце» has no items.");
}

// Thousands of repeated numbers and appendix captions, each reported once (the reading stays
// linear: a quadratic one would take minutes here and hit the suite's timeout).
TEST(RoadmapImportWarnings, ManyRepeatsAndParts) {
    std::string tsv = "№\tМероприятие\tСрок\n";
    for (int k = 0; k < 20000; ++k) tsv += "1.1\tСовещание\tмай\n";
    for (int k = 0; k < 3000; ++k) tsv += "Приложение " + std::to_string(k + 2) + "\n№\tМероприятие\tСрок\n1\tПункт\tмай\n";
    const auto r = domain::parse_roadmap_table(tsv, TableFormat::tsv);
    EXPECT_EQ(r.item_count(), 20000u);
    EXPECT_EQ(r.parts.size(), 3001u);
    const auto dup = std::count_if(r.warnings.begin(), r.warnings.end(), [](const auto& w) { return w.code == "duplicate-number"; });
    const auto apx = std::count_if(r.warnings.begin(), r.warnings.end(), [](const auto& w) { return w.code == "appendix-not-imported"; });
    EXPECT_EQ(dup, 19999);
    EXPECT_EQ(apx, 3000);
    EXPECT_EQ(r.parts.back().end_line, 20001 + 3 * 3000);
}

// ------------------------------------------------------------------ the period, when none is given

TEST(RoadmapImportPeriod, ReadFromEachSeedsTitleOrItsDeadlines) {
    struct Case {
        const char* seed;
        const char* start;
        const char* end;
        int line;
        bool from_title;
    };
    for (const Case c : {Case{"000_", "2024-09-01", "2025-08-31", 15, true}, Case{"001_", "2019-09-01", "2021-08-31", 26, false},
                         Case{"002_", "2024-01-01", "2024-12-31", 19, true}, Case{"003_", "2023-09-01", "2024-08-31", 3, true},
                         Case{"004_", "2021-01-01", "2024-12-31", 34, true}}) {
        const auto r = domain::parse_roadmap_table(testsupport::seed_text(c.seed), TableFormat::tsv);
        const auto p = domain::infer_import_period(r);
        ASSERT_TRUE(p.has_value()) << c.seed;
        EXPECT_EQ(p->period.start.iso(), c.start) << c.seed;
        EXPECT_EQ(p->period.end.iso(), c.end) << c.seed;
        EXPECT_EQ(p->line, c.line) << c.seed;
        EXPECT_EQ(p->from_title, c.from_title) << c.seed;
        const auto w = domain::period_inferred_warning(*p);
        EXPECT_EQ(w.code, "period-inferred");
        EXPECT_EQ(w.line, c.line);
        EXPECT_NE(w.message.find(std::string(c.start) + ".." + c.end), std::string::npos) << w.message;
    }
}

TEST(RoadmapImportPeriod, NamedInTitles) {
    struct Case {
        const char* text;
        const char* start;  // nullptr: none
        const char* end;
    };
    for (const Case c : {
             Case{"на 2024-2025 учебный год", "2024-09-01", "2025-08-31"},
             Case{"на 2024/2025 уч. год", "2024-09-01", "2025-08-31"},
             Case{"на период 2023– 2024 уч.г.", "2023-09-01", "2024-08-31"},
             Case{"2024-2025", "2024-09-01", "2025-08-31"},
             Case{"на 2024-2025 гг.", "2024-01-01", "2025-12-31"},
             Case{"на 2022-2024 годы", "2022-01-01", "2024-12-31"},
             Case{"на период с 2021 по 2024 год", "2021-01-01", "2024-12-31"},
             Case{"в 2024 году", "2024-01-01", "2024-12-31"},
             Case{"на 2025 учебный год", "2025-09-01", "2026-08-31"},
             Case{"приказ от 30.08.2024 № 5", nullptr, nullptr},
             Case{"на 2010-2030 годы", nullptr, nullptr},  // longer than six years: no inference
             Case{"План школы № 1234", nullptr, nullptr},
             Case{"без года", nullptr, nullptr},
         }) {
        const auto p = domain::period_named_in(c.text);
        if (!c.start) {
            EXPECT_FALSE(p.has_value()) << c.text;
            continue;
        }
        ASSERT_TRUE(p.has_value()) << c.text;
        EXPECT_EQ(p->start.iso(), c.start) << c.text;
        EXPECT_EQ(p->end.iso(), c.end) << c.text;
    }
}

TEST(RoadmapImportPeriod, NothingToInferFrom) {
    const auto r = domain::parse_roadmap_table("№\tМероприятие\tСрок\n1\tСовещание\tсентябрь\n", TableFormat::tsv);
    EXPECT_FALSE(domain::infer_import_period(r).has_value());
}

// ------------------------------------------------------------------ CSV

TEST(RoadmapImportCsv, SemicolonBomQuotesAndEmbeddedNewlines) {
    const std::string csv =
        "\xEF\xBB\xBF\"Дорожная карта школы № 5\";;;\r\n"
        "№ п/п;Наименование мероприятия;Срок реализации;Ответственный\r\n"
        "\"I. Подготовка условий для запуска программы\";;;\r\n"
        "1.1;\"Издать приказ \"\"О наставничестве\"\"\r\nи положение\";Сентябрь 2024;Директор\r\n"
        "1.2;Назначить куратора;\"до 1 октября; 2024\";\"Иванова И.И.,\r\nПетрова П.П.\"\r\n"
        ";\"и разместить на сайте\";;\r\n";
    const auto r = domain::parse_roadmap_table(csv, TableFormat::csv);
    EXPECT_EQ(r.csv_delimiter, ';');
    EXPECT_EQ(r.tables, 1);
    EXPECT_EQ(r.title, std::optional<std::string>("Дорожная карта школы № 5"));
    ASSERT_EQ(r.sections.size(), 1u);
    EXPECT_EQ(r.sections[0].number, "I.");
    EXPECT_EQ(r.sections[0].title, "Подготовка условий для запуска программы");
    EXPECT_EQ(r.sections[0].stage, 1);
    ASSERT_EQ(r.sections[0].items.size(), 2u);
    const auto& a = r.sections[0].items[0];
    EXPECT_EQ(a.number, "1.1");
    EXPECT_EQ(a.title, "Издать приказ \"О наставничестве\"\nи положение");
    EXPECT_EQ(a.deadline_text, "Сентябрь 2024");
    EXPECT_EQ(a.line, 4);
    const auto& b = r.sections[0].items[1];
    EXPECT_EQ(b.line, 6);  // the record above spans lines 4–5
    EXPECT_EQ(b.deadline_text, "до 1 октября; 2024");
    EXPECT_EQ(b.responsible, "Иванова И.И.,\nПетрова П.П.");
    EXPECT_EQ(b.title, "Назначить куратора и разместить на сайте");  // continuation record, lowercase
    EXPECT_EQ(b.end_line, 8);
    EXPECT_EQ(b.stage, 1);
    EXPECT_TRUE(r.unplaced.empty());
}

TEST(RoadmapImportCsv, CommaSeparatedWithoutSectionsGoesToImplicitSection) {
    const std::string csv =
        "Мероприятие,Сроки,Ответственные,Показатели эффективности,Примечание\n"
        "\"Встреча, знакомство\",Май 2025,Куратор,\"охват 70%\",онлайн\n"
        "Анкетирование,,,,\n";
    const auto r = domain::parse_roadmap_table(csv, TableFormat::csv);
    EXPECT_EQ(r.csv_delimiter, ',');
    EXPECT_FALSE(r.title.has_value());
    ASSERT_EQ(r.sections.size(), 2u);  // no number column: a title-only row is a section
    EXPECT_EQ(r.sections[0].number, "");
    EXPECT_EQ(r.sections[0].title, "");
    ASSERT_EQ(r.sections[0].items.size(), 1u);
    const auto& it = r.sections[0].items[0];
    EXPECT_EQ(it.title, "Встреча, знакомство");
    EXPECT_EQ(it.indicators, "охват 70%");
    EXPECT_EQ(it.notes, "Примечание: онлайн");  // an unknown column is kept, not dropped
    EXPECT_EQ(r.sections[1].title, "Анкетирование");
}

TEST(RoadmapImportCsv, QuotingErrorsNameTheLine) {
    expect_unreadable("№;Мероприятие;Сроки\n1;\"Встреча;Май\n2;Опрос;Июнь\n", TableFormat::csv, "line 2");
    expect_unreadable("№;Мероприятие;Сроки\n1;Встреча;Май\n2;\"Опрос\"x;Июнь\n", TableFormat::csv, "line 3");
    expect_unreadable("№;Мероприятие;Сроки\n1;Встреча;Май\n\n2;Оп\"рос;Июнь\n", TableFormat::csv, "line 4");
    expect_unreadable("№;Мероприятие;Сроки\n1;\"Встреча;Май\n", TableFormat::csv, "never closed");
}

TEST(RoadmapImportCsv, BomOnlyAndNoHeader) {
    expect_unreadable("\xEF\xBB\xBF", TableFormat::csv, "empty");
    expect_unreadable("a;b;c\n1;2;3\n", TableFormat::csv, "No roadmap table header");
}

// ------------------------------------------------------------------ unreadable input

TEST(RoadmapImportErrors, EmptyInput) {
    expect_unreadable("", TableFormat::tsv, "empty");
    expect_unreadable(" \n\t\r\n  ", TableFormat::tsv, "empty");
    expect_unreadable("", TableFormat::csv, "empty");
}

TEST(RoadmapImportErrors, BinaryInput) {
    std::string nul = "№\tМероприятие\tСроки\n1\tВстреча";
    nul += '\0';
    nul += "\tМай\n";
    expect_unreadable(nul, TableFormat::tsv, "NUL");
    expect_unreadable(std::string("PK\x03\x04\x14\0\x06\0", 8), TableFormat::csv, "NUL");
    expect_unreadable("\xC3\x28 invalid", TableFormat::tsv, "not valid UTF-8 (line 1");
    // Windows-1251 «Мероприятие»
    expect_unreadable("N\t\xcc\xe5\xf0\xee\xef\xf0\xe8\xff\xf2\xe8\xe5\n", TableFormat::tsv, "Windows-1251");
    expect_unreadable("ok\n\xED\xA0\x80 surrogate", TableFormat::tsv, "line 2");
}

TEST(RoadmapImportErrors, NoRecognisableHeader) {
    expect_unreadable("Дорожная карта\nПросто текст без таблицы\n", TableFormat::tsv, "No roadmap table header");
    expect_unreadable("1\tВстреча\tМай\n2\tОпрос\tИюнь\n", TableFormat::tsv, "tabs");
    // A title column alone is not enough.
    expect_unreadable("Мероприятие\tКомментарий\n", TableFormat::tsv, "No roadmap table header");
    // A CSV sent as TSV.
    expect_unreadable("№;Мероприятие;Сроки\n1;Встреча;Май\n", TableFormat::tsv, "No roadmap table header");
}

TEST(RoadmapImportErrors, TooLarge) {
    const std::string big(domain::max_import_bytes + 1, 'a');
    try {
        (void)domain::parse_roadmap_table(big, TableFormat::tsv);
        ADD_FAILURE();
    } catch (const domain::Error& e) {
        EXPECT_EQ(e.kind(), domain::ErrorKind::too_large);
    }
}

// ------------------------------------------------------------------ table shapes

TEST(RoadmapImportTsv, HeaderOnlyIsAnEmptyTable) {
    const auto r = domain::parse_roadmap_table("№ п/п\tНаименование мероприятия\tСрок реализации\n", TableFormat::tsv);
    EXPECT_EQ(r.tables, 1);
    EXPECT_TRUE(r.sections.empty());
    EXPECT_TRUE(r.unplaced.empty());
    EXPECT_FALSE(r.title.has_value());
}

TEST(RoadmapImportTsv, HeaderColumnsInAnyOrderAndCase) {
    const std::string tsv =
        "СРОКИ\tответственные\tМЕРОПРИЯТИЯ:\t№\tРезультат. Вид документа\n"
        "Май\tКуратор\tВстреча\t1.1\tПротокол\n";
    const auto r = domain::parse_roadmap_table(tsv, TableFormat::tsv);
    ASSERT_EQ(r.item_count(), 1u);
    const auto& it = r.sections[0].items[0];
    EXPECT_EQ(it.number, "1.1");
    EXPECT_EQ(it.title, "Встреча");
    EXPECT_EQ(it.deadline_text, "Май");
    EXPECT_EQ(it.responsible, "Куратор");
    EXPECT_EQ(it.expected_result, "Протокол");
}

TEST(RoadmapImportTsv, ContinuationBeforeAnyItemIsUnplaced) {
    const std::string tsv =
        "№\tМероприятие\tСроки\n"
        "\tпродолжение без начала\t\n"
        "I. Раздел\t\t\n"
        "\tещё одно продолжение\tМай\n"
        "1.1\tВстреча\tИюнь\n"
        "\tс наставниками\t\n";
    const auto r = domain::parse_roadmap_table(tsv, TableFormat::tsv);
    EXPECT_EQ(unplaced_lines(r), (std::vector<int>{2, 4}));
    for (const auto& u : r.unplaced) EXPECT_EQ(u.code, "continuation-without-item");
    ASSERT_EQ(r.sections.size(), 1u);
    ASSERT_EQ(r.sections[0].items.size(), 1u);
    EXPECT_EQ(r.sections[0].items[0].title, "Встреча с наставниками");
}

TEST(RoadmapImportTsv, ItemsBeforeAnySectionGoToAnImplicitSection) {
    const std::string tsv =
        "№\tМероприятие\tСроки\n"
        "1\tВстреча\tМай\n"
        "2\tОпрос\t\n"
        "II. Раздел\t\t\n"
        "3\tАнализ\tИюнь\n";
    const auto r = domain::parse_roadmap_table(tsv, TableFormat::tsv);
    ASSERT_EQ(r.sections.size(), 2u);
    EXPECT_EQ(r.sections[0].number, "");
    EXPECT_EQ(r.sections[0].title, "");
    EXPECT_EQ(r.sections[0].line, 2);
    // «2 ⇥ Опрос» has no other cells but nothing is numbered under it: an item, not a section.
    EXPECT_EQ(items_per_section(r), (std::vector<std::size_t>{2, 1}));
    EXPECT_EQ(r.sections[1].number, "II.");
}

TEST(RoadmapImportTsv, NumberingSeparatorExtraCellsAndNumberOnlyRows) {
    const std::string tsv =
        "№\tМероприятие\tСроки\n"
        "1\t2\t3\n"
        "1.1\tВстреча\tМай\t\t\n"
        "1.2\tОпрос\tИюнь\tлишнее\n"
        "---\t---\t---\n"
        "1.3\t\t\n";
    const auto r = domain::parse_roadmap_table(tsv, TableFormat::tsv);
    ASSERT_EQ(r.item_count(), 1u);
    EXPECT_EQ(r.sections[0].items[0].number, "1.1");
    ASSERT_EQ(r.unplaced.size(), 3u);
    EXPECT_EQ(r.unplaced[0].line, 4);
    EXPECT_EQ(r.unplaced[0].code, "too-many-cells");
    EXPECT_EQ(r.unplaced[1].line, 5);
    EXPECT_EQ(r.unplaced[1].code, "separator");
    EXPECT_EQ(r.unplaced[2].line, 6);
    EXPECT_EQ(r.unplaced[2].code, "number-without-text");
}

TEST(RoadmapImportTsv, TrailingEmptyCellsLeftOutAndCrLf) {
    const std::string tsv =
        "№\tМероприятие\tСроки\tОтветственные\tРезультат\r\n"
        "1.1\tВстреча\tМай\tКуратор\r\n"
        "1.2\tОпрос\r\n";
    const auto r = domain::parse_roadmap_table(tsv, TableFormat::tsv);
    ASSERT_EQ(r.item_count(), 2u);
    EXPECT_EQ(r.sections[0].items[0].responsible, "Куратор");
    EXPECT_EQ(r.sections[0].items[0].expected_result, "");
    EXPECT_EQ(r.sections[0].items[1].title, "Опрос");
}

TEST(RoadmapImportTsv, TextLineInsideATableIsASectionAfterItIsUnplaced) {
    const std::string tsv =
        "Дорожная карта\n\n"
        "№\tМероприятие\tСроки\n"
        "Раздел без табуляций\n"
        "1.1\tВстреча\tМай\n"
        "\n"
        "Подпись директора\n";
    const auto r = domain::parse_roadmap_table(tsv, TableFormat::tsv);
    EXPECT_EQ(r.title, std::optional<std::string>("Дорожная карта"));
    ASSERT_EQ(r.sections.size(), 1u);
    EXPECT_EQ(r.sections[0].title, "Раздел без табуляций");
    EXPECT_EQ(r.sections[0].line, 4);
    EXPECT_EQ(unplaced_lines(r), (std::vector<int>{7}));
}

TEST(RoadmapImportTsv, NumberAndTitleInOneCell) {
    const auto r = domain::parse_roadmap_table("№\tМероприятие\tСроки\n1.1. Встреча с наставниками\t\tМай\n",
                                               TableFormat::tsv);
    ASSERT_EQ(r.item_count(), 1u);
    EXPECT_EQ(r.sections[0].items[0].number, "1.1.");
    EXPECT_EQ(r.sections[0].items[0].title, "Встреча с наставниками");
    EXPECT_EQ(r.sections[0].items[0].deadline_text, "Май");
}

TEST(RoadmapImportTsv, ShortSectionRowRightAfterTheHeaderIsNotANewTable) {
    const std::string tsv =
        "№\tМероприятие\tСроки\tОтветственные\tРезультат\n"
        "I. Подготовка условий\t\n"
        "1.1\tВстреча\tМай\tКуратор\tПротокол\n"
        "II. Формирование базы наставляемых\t\t\n"
        "2.1\tОпрос\tИюнь\tКуратор\tАнкеты\n";
    const auto r = domain::parse_roadmap_table(tsv, TableFormat::tsv);
    EXPECT_EQ(r.tables, 2);  // the second short section row, after items, is a headerless table (merged cells)
    ASSERT_EQ(r.sections.size(), 2u);
    EXPECT_EQ(r.sections[0].table, 1);
    EXPECT_EQ(r.sections[1].table, 2);
    EXPECT_EQ(r.sections[1].stage, 2);
    // Full-width rows keep the header's columns in either table.
    EXPECT_EQ(r.sections[1].items[0].expected_result, "Анкеты");
    EXPECT_EQ(r.sections[1].items[0].responsible, "Куратор");
}

TEST(RoadmapImportTsv, SecondHeaderStartsANewTable) {
    const std::string tsv =
        "№\tМероприятие\tСроки\n"
        "1\tВстреча\tМай\n"
        "\tс наставниками\t\n"
        "№\tСодержание\tОтветственный\n"
        "\tпродолжение\tкто-то\n"
        "1\tОпрос\tКуратор\n";
    const auto r = domain::parse_roadmap_table(tsv, TableFormat::tsv);
    EXPECT_EQ(r.tables, 2);
    ASSERT_EQ(r.sections.size(), 2u);
    EXPECT_EQ(r.sections[0].items[0].title, "Встреча с наставниками");
    EXPECT_EQ(r.sections[1].table, 2);
    EXPECT_EQ(r.sections[1].items[0].responsible, "Куратор");
    EXPECT_EQ(unplaced_lines(r), (std::vector<int>{5}));  // nothing to continue in the new table
}

// ------------------------------------------------------------------ cleaning

TEST(RoadmapImportClean, EntitiesAndTags) {
    struct Case {
        const char* what;
        std::string in;
        std::string out;
    };
    const std::vector<Case> cases{
        {"named entities", "&laquo;Наставничество&raquo;&nbsp;в&nbsp;школе &amp; &lt;b&gt; &quot;x&quot; &ndash; &mdash;",
         "«Наставничество» в школе & <b> \"x\" – —"},
        {"numeric entities", "&#8470; 5, &#x2116; 6, &#1044;&#1050;", "№ 5, № 6, ДК"},
        {"unknown and bare ampersands stay", "AT&T &unknown; & &#0; &#xD800;", "AT&T &unknown; & &#0; &#xD800;"},
        {"inline tags vanish", "<b>Приказ</b> <i>№ 32</i> от <span style=\"x\">04.09</span>", "Приказ № 32 от 04.09"},
        {"paragraphs and breaks", "<p>Первый</p> <p>Второй<br/>Третий</p>", "Первый\nВторой\nТретий"},
        {"li items", "Список:<ul><li>один</li><li>два</li></ul>конец", "Список:\n- один\n- два\nконец"},
        {"li with its own bullet", "<ul><li>- один</li><li>✓ два</li></ul>", "- один\n- два"},
        {"inline bullets inside ul", "Итог: <ul style=\"list-style-type: none\"> ✓ а; ✓ б; - в;  ",
         "Итог:\n- а;\n- б;\n- в;"},
        {"dashes outside a list stay", "текст - ещё текст – и ещё", "текст - ещё текст – и ещё"},
        {"en dash inside a list is not a bullet", "<ul> - ОО – выпускники; - работодатели", "- ОО – выпускники;\n- работодатели"},
        {"hyphen glued to a word is not a bullet", "<ul> - встречи <i>-при необходимости;</i> - план",
         "- встречи -при необходимости;\n- план"},
        {"whitespace collapsed, nbsp and zero-width", "  a \u00A0\u00A0 b\u200B c\t\td  ", "a b c d"},
        {"not tags", "a < b > c, x<y, 3<5", "a < b > c, x<y, 3<5"},
        {"unclosed tag", "текст <b без конца", "текст <b без конца"},
        {"many angle brackets", "<<<<>>>><<<", "<<<<>>>><<<"},
        {"comment", "до<!-- скрыто -->после", "допосле"},
        {"empty", "", ""},
        {"only tags", "<p></p><br><ul></ul>", ""},
        {"invalid utf-8 replaced", "a\xFF" "b", "a\uFFFDb"},
        {"embedded newlines (CSV)", "строка 1\r\n\n  строка 2  ", "строка 1\nстрока 2"},
    };
    for (const auto& c : cases) EXPECT_EQ(domain::clean_cell(c.in), c.out) << c.what;
}

TEST(RoadmapImportClean, SplitListEntries) {
    EXPECT_EQ(domain::split_list_entries("- а;\n- б, в;\n- г."), (std::vector<std::string>{"а", "б, в", "г."}));
    EXPECT_EQ(domain::split_list_entries("вступление\n- пункт"), (std::vector<std::string>{"вступление", "пункт"}));
    EXPECT_TRUE(domain::split_list_entries("").empty());
}

TEST(RoadmapImportStages, Keywords) {
    struct Case {
        const char* title;
        std::optional<int> stage;
    };
    const std::vector<Case> cases{
        {"I. Подготовка условий для реализации программы наставничества", 1},
        {"Подготовка условий для запуска ЦМН", 1},
        {"Формирование базы наставляемых", 2},
        {"ФОРМИРОВАНИЕ БАЗЫ НАСТАВНИКОВ", 3},
        {"Отбор и обучение наставников", 4},
        {"Формирование наставнических пар/групп", 5},
        {"Организация работы наставнических пар или групп", 6},
        {"Завершение наставничества", 7},
        {"Формирование базы наставников и наставляемых", std::nullopt},
        {"Мониторинг и оценка результатов", std::nullopt},
        {"", std::nullopt},
    };
    for (const auto& c : cases) EXPECT_EQ(domain::detect_stage(c.title), c.stage) << c.title;
}

// ------------------------------------------------------------------ robustness

TEST(RoadmapImportRobustness, RandomInputNeverCrashes) {
    const std::vector<std::string> atoms{
        "\t",      "\n",   "\r\n", ";",      ",",     "\"",          "<",       ">",         "&",     "&nbsp;",
        "<ul>",    "<li>", "<p>",  "</p>",   " - ",   "✓ ",          "№",       "Мероприятие", "Сроки", "Ответственные",
        "1.",      "1.1",  "I.",   "2",      "текст", "Наставничество", "**",   "&#",        "\xEF\xBB\xBF", " ",
        "Результат", "--", "Задача:", "Наименование этапа", "Показатели эффективности"};
    const std::vector<std::string> bad{"\xD0", "\xFF", std::string(1, '\0')};
    std::mt19937 rng(20240901);
    int parsed = 0;
    for (int round = 0; round < 400; ++round) {
        std::string in;
        const int len = static_cast<int>(rng() % 200);
        for (int k = 0; k < len; ++k) in += atoms[rng() % atoms.size()];
        if (round % 4 == 0) in.insert(rng() % (in.size() + 1), bad[rng() % bad.size()]);
        for (auto format : {TableFormat::tsv, TableFormat::csv}) {
            try {
                const auto r = domain::parse_roadmap_table(in, format);
                EXPECT_GE(r.tables, 1);
                EXPECT_EQ(static_cast<std::size_t>(r.tables), r.table_info.size());
                ++parsed;
            } catch (const domain::Error& e) {
                EXPECT_EQ(e.kind(), domain::ErrorKind::bad_request);
            }
        }
        (void)domain::clean_cell(in);
    }
    EXPECT_GT(parsed, 0);
}

TEST(RoadmapImportRobustness, SeveralMegabytesInBoundedTime) {
    std::string tsv = "№\tМероприятие\tСроки\tОтветственные\n";
    for (int k = 1; tsv.size() < 3'000'000; ++k) {
        tsv += "1." + std::to_string(k) + "\t<p>Мероприятие &laquo;" + std::to_string(k) +
               "&raquo;</p><ul> - пункт; - пункт</ul>\tМай\tКуратор\n";
        if (k % 7 == 0) tsv += "\tпродолжение\t\t\n";
        if (k % 11 == 0) tsv += "строка вне таблицы\n";
    }
    std::string pathological(2'000'000, '<');
    const auto start = std::chrono::steady_clock::now();
    const auto r = domain::parse_roadmap_table(tsv, TableFormat::tsv);
    (void)domain::clean_cell(pathological);
    (void)domain::clean_cell(std::string(1'000'000, '&'));
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_GT(r.item_count(), 20'000u);
    EXPECT_LT(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count(), 20);
}
