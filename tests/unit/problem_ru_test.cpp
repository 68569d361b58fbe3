// Problem details in Russian (api/http/problem_ru.cpp): which language a header asks for, and
// one instance of every English sentence the code puts into a detail or a field message
// comes out Russian from the catalogue (not from the general fallback), its numbers,
// dates and codes kept.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "api/http/problem_ru.hpp"

namespace {

using api::Language;
using api::problem_language;

bool has_cyrillic(const std::string& s) {
    for (std::size_t i = 0; i + 1 < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) == 0xD0 || static_cast<unsigned char>(s[i]) == 0xD1) return true;
    return false;
}

TEST(ProblemLanguageChoice, RussianWhenPreferredOrEnglishAbsent) {
    EXPECT_EQ(problem_language("ru"), Language::ru);
    EXPECT_EQ(problem_language("ru-RU"), Language::ru);
    EXPECT_EQ(problem_language("RU-ru"), Language::ru);
    EXPECT_EQ(problem_language("ru-RU,ru;q=0.9,en;q=0.8"), Language::ru);
    EXPECT_EQ(problem_language("en;q=0.5, ru"), Language::ru);
    EXPECT_EQ(problem_language("de, ru;q=0.3"), Language::ru);
    EXPECT_EQ(problem_language("ru , en"), Language::ru);  // equal q: the first named wins
}

TEST(ProblemLanguageChoice, EnglishOtherwise) {
    EXPECT_EQ(problem_language(std::nullopt), Language::en);
    EXPECT_EQ(problem_language(""), Language::en);
    EXPECT_EQ(problem_language("en"), Language::en);
    EXPECT_EQ(problem_language("en-US,en;q=0.9,ru;q=0.8"), Language::en);
    EXPECT_EQ(problem_language("en, ru"), Language::en);
    EXPECT_EQ(problem_language("ru;q=0"), Language::en);  // q=0: not acceptable
    EXPECT_EQ(problem_language("de, *"), Language::en);
    EXPECT_EQ(problem_language("rus"), Language::en);     // another language, not a ru range
    EXPECT_EQ(problem_language(";;;,,,q=x"), Language::en);
}

// One of each: {English, a piece of the Russian that must be there}.
const std::vector<std::pair<std::string, std::string>> kDetails = {
    {"No resource lives at this path.", "По этому адресу"},
    {"This resource allows GET, POST.", "GET, POST"},
    {"The path or query string is not valid UTF-8.", "UTF-8"},
    {"The body is larger than the limit of 1048576 bytes.", "1048576 байт"},
    {"The request is larger than the server accepts.", "больше"},
    {"The HTTP request could not be read: Invalid method", "Не удалось прочитать"},
    {"The HTTP request could not be read.", "Не удалось прочитать"},
    {"Transfer-Encoding must be chunked.", "только chunked"},
    {"Content-Length must be a decimal number.", "десятичным числом"},
    {"A chunk size is not a hexadecimal number.", "шестнадцатеричное"},
    {"A chunk's data is not followed by CRLF.", "нет CRLF"},
    {"The trailer section of a chunked body is not CRLF-terminated lines.", "Завершающие поля"},
    {"The request was not received in time.", "вовремя"},
    {"The server is shutting down.", "Сервер"},
    {"The database is not reachable.", "База данных"},
    {"internal error", "Внутренняя"},
    {"Sign in first.", "войдите"},
    {"Credentials in the query string are refused; send Authorization: Bearer <token>.", "строке запроса"},
    {"Sign in first: send Authorization: Bearer <token or API key>.", "ключ API"},
    {"Only Bearer credentials are accepted here.", "Bearer"},
    {"The login or the password is wrong.", "Неверный логин"},
    {"The token is not valid: it expired, was revoked, or never existed. Sign in again.", "Токен"},
    {"This API key was revoked or has expired.", "отозван"},
    {"The API key is not valid.", "недействителен"},
    {"The credential is not a Nastavnik token or API key.", "Наставника"},
    {"Too many failed sign-ins; try again in 600 seconds.", "через 600 с"},
    {"Too many requests with this credential; the limit is 600 a minute. Try again in 3 seconds.", "600 в минуту"},
    {"Another export of this report is being made right now; try again when it is done.", "уже выгружается"},
    {"The database took too long to answer this request; try again shortly.", "слишком долго"},
    {"You may not create a user with the role system_admin.", "system_admin"},
    {"You may not give the role region_analyst.", "region_analyst"},
    {"Send the body as application/json (no Content-Type was given).", "Content-Type не передан"},
    {"Send the body as application/json (got text/plain).", "получено: text/plain"},
    {"The body is not valid UTF-8.", "UTF-8"},
    {"The body nests arrays and objects more than 64 levels deep.", "глубже 64 уровней"},
    {"The body is not well-formed JSON (at byte 17).", "байте 17"},
    {"The body is not well-formed JSON.", "не корректный JSON"},
    {"The body has a number outside the range of a double-precision value.", "двойной точности"},
    {"Send If-Match with the ETag you last read, so that no one's change is lost.", "If-Match"},
    {"If-Match does not name a current version; fetch the resource again.", "текущую версию"},
    {"Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is a good choice).", "1–255"},
    {"This Idempotency-Key was used for a different request (another body or path) in the last 24 hours; use a new "
     "key for a new request.",
     "24 часа"},
    {"A request with this Idempotency-Key is still being processed; retry shortly.", "обрабатывается"},
    {"The cursor is not one this server gave out; start from the first page.", "курсор"},
    {"The database is not reachable right now; try again shortly.", "недоступна"},
    {"Every database connection is busy; try again shortly.", "заняты"},
    {"It conflicts with an existing record.", "противоречит"},
    {"A value in the request is not valid.", "недопустимо"},
    {"The values do not fit together (a rule of the data was broken).", "не согласуются"},
    {"It refers to a record that does not exist.", "несуществующую"},
    {"The request has invalid fields.", "недопустимые поля"},
    {"Nothing was written: correct the records named in errors and send the batch again.", "Ничего не записано"},
    {"Say what needs to change: a comment is required.", "комментарий"},
    {"The pair cannot be formed as it is.", "Пару"},
    {"The values do not fit the campaign's form.", "форме кампании"},
    {"The roadmap was not found.", "Не найдено: дорожная карта."},
    {"The organization's report in this campaign was not found.", "отчёт организации в этой кампании"},
    {"The monitoring campaign was not found.", "кампания мониторинга"},
    {"The API key was not found.", "ключ API"},
    {"The mentee was not found.", "наставляемый"},
    {"The program has changed since you read it; fetch it again and retry.", "(программа наставничества)"},
    {"The report has changed since you read it; fetch it again and retry.", "(отчёт)"},
    {"Query parameter 'campaign' is required: the campaign's id.", "«campaign»"},
    {"Query parameter 'owner' is required: district or an organization id.", "«owner»"},
    {"Query parameter 'owner' must be district or an organization id.", "идентификатором организации"},
    {"Query parameter 'period_start' is required (YYYY-MM-DD).", "«period_start»"},
    {"Query parameter 'as_of' must be a date (YYYY-MM-DD).", "«as_of» должен быть датой"},
    {"Query parameter 'as_of' must not be in the future.", "будущее"},
    {"Query parameter 'region_id' must be a UUID.", "«region_id»"},
    {"Query parameter 'q' is too long.", "слишком длинный"},
    {"Query parameter 'below' must be a percentage from 0 to 100.", "от 0 до 100"},
    {"Query parameter 'limit' must be a whole number from 1 to 200.", "целым числом от 1 до 200"},
    {"Query parameter 'type' must be one of: school, kindergarten.", "school, kindergarten"},
    {"Query parameter 'format' must be json, csv or xlsx.", "json, csv или xlsx"},
    {"Query parameter 'sort' must be name, compliance or overdue.", "name, compliance или overdue"},
    {"Query parameter 'action' must be insert, update or delete.", "insert, update или delete"},
    {"Mentors, mentees and their pairs are personal data: only the organisation's curators and the district "
     "coordinator see them; others see the counts in monitoring reports.",
     "персональные данные"},
    {"School systems write monitoring data and records, not the organisation itself.", "Информационные системы"},
    {"The district's compliance shows every organisation; ask for your own at "
     "/districts/{d}/organizations/{o}/compliance.",
     "/districts/{d}/organizations/{o}/compliance"},
    {"Only district coordinators and region analysts export the regional report.", "Региональный отчёт"},
    {"Only the organisation's curator or the district coordinator edits its roadmap.", "куратор"},
    {"Only the district coordinator edits the district's roadmap.", "координатор"},
    {"Only the district coordinator approves or returns roadmaps.", "Утверждает"},
    {"Region analysts read aggregates; they change nothing in a district.", "Аналитики"},
    {"District viewers may read, not change.", "Наблюдатели"},
    {"Only the district coordinator changes district-wide data.", "координатор"},
    {"This key has no read scope.", "(read)"},
    {"This key has no write scope.", "(write)"},
    {"Only the district coordinator manages the district's users and keys.", "ключами"},
    {"Region analysts read; they change nothing.", "Аналитики"},
    {"Only a system administrator may do this.", "администратор"},
    {"At most 5000 records per request; send the rest in another.", "Не больше 5000"},
    {"This person's record was erased; only its anonymous part remains.", "обезличенная"},
    {"The mentor with external_id «T-1» is already in the base.", "(наставник) с external_id «T-1»"},
    {"3 pair(s) belong to this program; move or delete them first.", "(группы): 3"},
    {"Send the table as text/tab-separated-values or text/csv (UTF-8), or the roadmap as application/json.",
     "Отправьте таблицу"},
    {"This version was replaced by a newer one; edit that one.", "редактируйте новую"},
    {"The roadmap is submitted for approval; it can be edited again once it is returned.", "после возврата"},
    {"The roadmap is approved; start a new version to change its sections and items.", "новую версию"},
    {"Progress is recorded on an approved roadmap; this one is draft.", "«черновик»"},
    {"This version was replaced by a newer one; record progress there.", "отмечайте выполнение"},
    {"Only a draft or a returned roadmap can be submitted; this one is approved.", "«утверждён»"},
    {"Only a submitted roadmap can be approved; this one is draft.", "«черновик»"},
    {"Only a submitted roadmap can be returned; this one is returned.", "«возвращён на доработку»"},
    {"Only a draft can be deleted; an approved roadmap is history.", "история"},
    {"This version was replaced by a newer one.", "заменена"},
    {"This version was already replaced by a newer one.", "уже заменена"},
    {"A roadmap with no items cannot be submitted.", "без мероприятий"},
    {"New versions start from an approved roadmap; edit this one directly.", "напрямую"},
    {"A new version of this roadmap is already being prepared: 0b7c-id.", "уже готовится: 0b7c-id"},
    {"Another new version of this roadmap was approved already; this one is stale.", "устарела"},
    {"The import is larger than 4 MiB.", "больше 4 МиБ"},
    {"The import is empty: there is no table to read.", "пуст"},
    {"The import contains NUL bytes (line 3): it looks like a binary file (.docx, .xlsx, .pdf?). Send the table as "
     "UTF-8 text, tab-separated or CSV.",
     "строка 3"},
    {"The import is not valid UTF-8 (line 2, byte 40). Save the table as UTF-8 (a Windows-1251 file must be "
     "converted first).",
     "строка 2, байт 40"},
    {"No roadmap table header found: expected a row naming the activity column («Наименование мероприятия», "
     "«Мероприятие», «Содержание»…) and at least one more known column («№ п/п», «Срок реализации»), with cells "
     "separated by tabs.",
     "табуляцией"},
    {"No roadmap table header found: expected a row naming the activity column («Мероприятие») and at least one "
     "more known column («№ п/п»), with cells separated by ',' or ';'.",
     "«,» или «;»"},
    {"CSV quoting error on line 4: a quoted cell is never closed (a missing '\"').", "строке 4"},
    {"CSV quoting error on line 5: unexpected text after a closing quote; double the quotes inside a quoted cell "
     "(\"\").",
     "строке 5"},
    {"CSV quoting error on line 6: a '\"' inside an unquoted cell; quote the whole cell and double the inner quotes.",
     "строке 6"},
    {"This report exists: send If-Match with the ETag you last read, so that no one's change is lost.", "If-Match"},
    {"The report does not exist yet, so If-Match cannot match: send it without If-Match (or with If-None-Match: *) "
     "to create it.",
     "Отчёта ещё нет"},
    {"The report exists already (If-None-Match: * creates only); fetch it and send If-Match with its ETag to change "
     "it.",
     "Отчёт уже существует"},
    {"Query parameter 'known_at' must be an RFC 3339 instant (YYYY-MM-DDTHH:MM:SSZ or with an offset such as "
     "+03:00).",
     "«known_at»"},
    {"Query parameter 'known_at' must not be in the future.", "«known_at»"},
    {"The request has more than one Content-Length header.", "Content-Length"},
    {"The request has both Content-Length and Transfer-Encoding.", "Transfer-Encoding"},
    {"/metrics needs Authorization: Bearer <METRICS_TOKEN>.", "METRICS_TOKEN"},
    {"Send the body as UTF-8 JSON (got charset koi8-r).", "кодировка koi8-r"},
    {"The body gives the key 'name' twice in one object.", "ключ «name» повторяется"},
    {"The body gives a key twice in one object.", "повторяется"},
    {"On a write, If-None-Match may only be * (create only).", "If-None-Match"},
    {"Send If-Match or If-None-Match, not both.", "не оба"},
    {"Query parameter 'csv' must be excel or rfc4180.", "«csv»"},
    {"The report was created meanwhile by another request; fetch it and retry with If-Match.", "другим запросом"},
    {"The campaign was locked on 2026-10-01; only the district coordinator can reopen this report.", "2026-10-01"},
    {"The report is submitted; the district coordinator returns it before it can change.", "«на проверке»"},
    {"There is no report yet: PUT its values first.", "PUT"},
    {"The report is accepted; only a draft or a returned report can be submitted.", "«принят»"},
    {"The report cannot be submitted: 2 check(s) failed; each is listed with its indicator.", "проверок — 2"},
    {"The report is draft; only a submitted report can be accepted.", "«черновик»"},
    {"The report is draft; only a submitted or accepted report can be returned.", "вернуть"},
    {"The campaign does not expect organisation 0b7c: ask the district coordinator to add it to the campaign (POST "
     "/api/v1/districts/d1/monitoring-campaigns/c1/organizations).",
     "организации 0b7c: попросите координатора района добавить её в кампанию (POST "
     "/api/v1/districts/d1/monitoring-campaigns/c1/organizations)"},
    {"The campaign was locked on 2026-10-01; reopen it (a later lock_date) before changing which organisations it "
     "expects.",
     "2026-10-01"},
    {"The organisation is closed; only an active organisation can be added to a campaign.", "действующую"},
    {"Organisation 0b7c has a report in this campaign; a campaign keeps every organisation that reported.", "0b7c"},
    {"A campaign expects at least one organisation.", "хотя бы одна"},
};

const std::vector<std::pair<std::string, std::string>> kMessages = {
    {"is required", "обязательное поле"},
    {"must not be null", "null"},
    {"must be a string", "строкой"},
    {"must be a string or null", "строкой или null"},
    {"must not contain NUL characters", "NUL"},
    {"must be an array of strings", "массивом строк"},
    {"must be true or false", "true или false"},
    {"must be an object", "объектом"},
    {"must be an object or null", "объектом или null"},
    {"must be a JSON object", "JSON"},
    {"must be an array", "массивом"},
    {"is read-only", "только для чтения"},
    {"is not a field of this resource", "нет такого поля"},
    {"is not a field here", "нет такого поля"},
    {"must be a finite number", "конечным"},
    {"must be a number, true/false, a text, \"not_applicable\", or null (missing)", "текстом"},
    {"must be a date (YYYY-MM-DD)", "датой (ГГГГ-ММ-ДД)"},
    {"must be a date (YYYY-MM-DD) or null", "или null"},
    {"must be a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDTHH:MM:SSZ)", "UTC"},
    {"must not be empty", "пустым"},
    {"must not be in the future", "будущем"},
    {"must be in the future", "в будущем"},
    {"must be a UUID", "UUID"},
    {"must be a user id", "пользователя"},
    {"must be an array of user ids", "пользователей"},
    {"must be the organization's id", "организации"},
    {"must be an organization id (UUID)", "организации (UUID)"},
    {"must be an organisation id (UUID)", "организации (UUID)"},
    {"must be a region id (UUID)", "региона"},
    {"must be a mentee id (UUID)", "наставляемого"},
    {"must be a program id (UUID) or null", "программы"},
    {"must be a mentor id (UUID): a pair or group has exactly one mentor", "ровно один"},
    {"must be at least 10 characters", "не меньше 10 символов"},
    {"must be at most 200 characters", "не больше 200 символов"},
    {"must be a whole number from 0 to 5000, or null", "от 0 до 5000 или null"},
    {"must be a whole number from 1 to 7 or null", "от 1 до 7 или null"},
    {"must be a whole number from 1 to 1000 (pairs one mentor may lead), or null for no limit", "без ограничения"},
    {"must be a whole number from 1 to 200", "от 1 до 200"},
    {"must be a whole number from 0 or \"not_applicable\"", "целым числом от 0"},
    {"must be a number from 0 or \"not_applicable\"", "числом от 0"},
    {"must be a percentage from 0 to 100 or \"not_applicable\"", "процентом"},
    {"must be true or false or \"not_applicable\"", "true, false"},
    {"must be a non-empty text or \"not_applicable\"", "непустым текстом"},
    {"must be one of: school, kindergarten", "одно из значений: school, kindergarten"},
    {"must be a year from 1930 to 2026", "годом от 1930 до 2026"},
    {"must be a stage from 1 to 7", "этапа"},
    {"must end on or after its start", "не раньше"},
    {"must be at most six years long", "шести лет"},
    {"must name at most 20 users", "не больше 20"},
    {"must be an http:// or https:// link", "ссылкой"},
    {"must be active or disabled", "active или disabled"},
    {"must name at least one of read, write", "read, write"},
    {"must be read or write", "read или write"},
    {"must be district or organization", "district или organization"},
    {"must be {order_number, order_date}", "{order_number, order_date}"},
    {"must be {title, number, date, url}", "{title, number, date, url}"},
    {"must be {start, end} as YYYY-MM-DD", "{start, end}"},
    {"is required: {start, end} as YYYY-MM-DD", "обязательное поле: {start, end}"},
    {"is required: {kind: district|organization, organization_id}", "{kind: district|organization"},
    {"is required: an array of sections with their items", "массив разделов"},
    {"is required: the id of one of the roadmap's sections", "разделов"},
    {"is required: bulk records are matched by it", "пакета"},
    {"is required: one of integer, decimal, percentage, boolean, text", "integer, decimal"},
    {"is required for an indicator of the campaign's own", "собственного"},
    {"is required for pupils and students: it decides whether a parent's consent is needed", "согласие родителя"},
    {"is required when the pair is completed", "«завершена»"},
    {"is required by this campaign and has no value: enter it, or \"not_applicable\" when it does not apply",
     "не заполнен"},
    {"may hold only Latin letters, digits, '-', '_' and '.'", "латинские"},
    {"may hold only Latin letters, digits and . _ - @", "латинские"},
    {"appears twice", "дважды"},
    {"appears twice in the batch (also at /items/3)", "/items/3"},
    {"comes before the start 2025-09-01", "2025-09-01"},
    {"comes before the start date 2025-09-01", "2025-09-01"},
    {"comes before the reporting date 2025-12-01", "2025-12-01"},
    {"comes before the due date 2025-12-10: reports lock after they are due", "2025-12-10"},
    {"lies in the future; record consent once it has been given", "в будущем"},
    {"lies outside the program's period 2025-09-01 – 2026-05-31", "2025-09-01 – 2026-05-31"},
    {"no such organization in this district", "нет такой организации"},
    {"no such organisation in this district", "нет такой организации"},
    {"a district's users are coordinators, viewers or curators", "координаторы"},
    {"a region's users are region analysts", "аналитики"},
    {"a curator needs an organization", "куратору"},
    {"only curators belong to an organization", "кураторы"},
    {"org_system is for API keys, not people", "org_system"},
    {"no such region", "региона"},
    {"no such template", "шаблона"},
    {"must name at least one mentoring form", "форма"},
    {"is not a mentoring form (see /api/v1/mentoring-forms)", "/api/v1/mentoring-forms"},
    {"is not one of the program's forms", "программы"},
    {"must name at least one mentee", "наставляемый"},
    {"a group has at most 30 mentees", "не больше 30"},
    {"must hold at least one record", "запись"},
    {"no such mentor in this organisation's base", "наставника"},
    {"no such mentee in this organisation's base", "наставляемого"},
    {"no such program in this organisation", "программы"},
    {"the mentor already leads 2 active pair(s) in this program, whose capacity is 2 per mentor", "пар: 2"},
    {"the mentor has been erased and can no longer take part", "наставник: данные удалены"},
    {"the mentee has no consent to the processing of personal data on record", "наставляемый: нет согласия"},
    {"the mentee has no consent on record as of 2026-01-10", "нет согласия на 2026-01-10"},
    {"the mentee may be under 18 on 2026-01-10 (born 2010): a parent's consent is required, and the consent on "
     "record was given by the person",
     "год рождения: 2010"},
    {"the mentee may be under 18 on 2026-01-10 (born in an unknown year): a parent's consent is required, and the "
     "consent on record was given by the person",
     "год рождения: неизвестен"},
    {"a pupil born in 1990 would be 36 this year; pupils are 5 to 21", "1990 года рождения"},
    {"a college student born in 1970 would be 56 this year; college students are 13 to 35", "студенту 1970"},
    {"a teacher born in 2020 would be 6 this year; adults are 16 or older", "(teacher) 2020"},
    {"the district's own roadmap has no organization", "района"},
    {"a section needs a title, a number or items", "раздела"},
    {"done needs evidence: a document title or a link", "подтверждение"},
    {"done needs the completion date", "дата выполнения"},
    {"cancelling needs the reason", "причина"},
    {"only done work has a completion date", "выполненной"},
    {"returning needs a comment (at most 5000 characters)", "5000"},
    {"names a user who is not an active user of this district", "пользователь"},
    {"no such section in this roadmap", "раздела"},
    {"no window of this item starts on 2025-10-01", "2025-10-01"},
    {"this item has no due windows; record it with the date the work was done", "нет сроков"},
    {"this item has several windows; name one by its start date (YYYY-MM-DD)", "несколько сроков"},
    {"must be 1–64 characters: a lowercase Latin letter, then letters, digits or '_'", "1–64"},
    {"a standard indicator keeps its title and type; only `required` may change", "`required`"},
    {"a derived share is computed, so it cannot be required", "расчётная"},
    {"a campaign has at most 20 indicators of its own", "не больше 20"},
    {"must name at least one organisation (by default: every active one)", "организация"},
    {"is not an indicator of this campaign (see the campaign's indicators)", "показатель"},
    {"is derived from other values; it is computed, not entered", "рассчитывается"},
    {"«Наставников» (12) exceeds «Всего педагогов» (10): it counts a part of them, so it cannot be larger",
     "«Наставников» (12) больше, чем «Всего педагогов» (10)"},
    {"more participants were surveyed (40) than there are mentors and mentees (30)", "(40)"},
    {"there are 3 pairs/groups but no mentor: each pair has exactly one mentor", "(групп): 3"},
    {"there are 3 pairs/groups but no mentee: each pair has at least one mentee", "(групп): 3"},
    {"entered 12, but the organisation's records give 10 as of 2026-01-10", "на 2026-01-10 — 10"},
    {"marked not applicable, but the organisation's records give 10 as of 2026-01-10", "на 2026-01-10 — 10"},
    {"55.5 % is below the federal target of 70 %", "55.5 % ниже"},
    {"organisation 0b7c has a report in this campaign already, so it stays expected", "0b7c"},
    {"a value in the request is not valid", "недопустимо"},
    {"the values do not fit together", "не согласуются"},
    {"must be an active organisation of this district", "действующей организацией"},
};

// Each English sentence has its Russian one in the catalogue, with the expected piece.
void expect_translated(const std::vector<std::pair<std::string, std::string>>& sentences) {
    for (auto& [en, piece] : sentences) {
        auto ru = api::translate_ru(en);
        ASSERT_TRUE(ru.has_value()) << "no Russian for: " << en;
        EXPECT_TRUE(has_cyrillic(*ru)) << *ru;
        EXPECT_NE(ru->find(piece), std::string::npos) << en << "\n → " << *ru << "\n lacks " << piece;
    }
}

TEST(ProblemRussian, EveryDetailOfTheCodeHasItsSentence) { expect_translated(kDetails); }

TEST(ProblemRussian, EveryFieldMessageOfTheCodeHasItsSentence) { expect_translated(kMessages); }

TEST(ProblemRussian, UnknownSentencesFallBackToRussianNeverEnglish) {
    EXPECT_FALSE(api::translate_ru("Something nobody wrote yet.").has_value());
    EXPECT_TRUE(has_cyrillic(api::detail_ru(409, "Something nobody wrote yet.")));
    EXPECT_TRUE(has_cyrillic(api::detail_ru(404, "")));
    EXPECT_TRUE(has_cyrillic(api::message_ru("something nobody wrote yet")));
    EXPECT_EQ(api::detail_ru(422, "Уже по-русски."), "Уже по-русски.");  // kept as it is
    for (int status : {400, 401, 403, 404, 405, 408, 409, 412, 413, 415, 422, 428, 429, 500, 503})
        EXPECT_TRUE(has_cyrillic(api::title_ru(status))) << status;
}

}  // namespace
