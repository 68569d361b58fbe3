#include "api/http/problem_ru.hpp"

#include <algorithm>
#include <cctype>
#include <regex>
#include <unordered_map>
#include <vector>

#include "api/http/log.hpp"

namespace api {
namespace {

// English → Russian. In an English sentence `{}` stands for a dynamic part (kept, or
// translated when it is a word of kWords or a sentence of this catalogue); in the Russian
// one `{0}`, `{1}`… place those parts. Sentences are tried in order: the more specific
// first. Every English sentence the code puts into a problem's detail or an error's
// message is here (tests/unit/problem_ru_test.cpp holds one of each).
struct Entry {
    const char* en;
    const char* ru;
};

const Entry kSentences[] = {
    // ---- the HTTP front, credentials, bodies ----
    {"No resource lives at this path.", "По этому адресу ничего нет."},
    {"This resource allows {}.", "Этот ресурс допускает только методы: {0}."},
    {"The path or query string is not valid UTF-8.", "Путь или строка запроса — не корректный текст UTF-8."},
    {"The body is larger than the limit of {} bytes.", "Тело запроса больше допустимого предела в {0} байт."},
    {"The request is larger than the server accepts.", "Запрос больше, чем принимает сервер."},
    {"The HTTP request could not be read: {}", "Не удалось прочитать HTTP-запрос (причина: {0})."},
    {"The HTTP request could not be read.", "Не удалось прочитать HTTP-запрос."},
    {"The request has more than one Content-Length header.", "В запросе больше одного заголовка Content-Length."},
    {"The request has both Content-Length and Transfer-Encoding.",
     "В запросе есть и Content-Length, и Transfer-Encoding: длина тела неоднозначна."},
    {"Transfer-Encoding must be chunked.", "Transfer-Encoding может быть только chunked."},
    {"Content-Length must be a decimal number.", "Content-Length должен быть десятичным числом."},
    {"A chunk size is not a hexadecimal number.", "Размер фрагмента тела (chunked) — не шестнадцатеричное число."},
    {"A chunk's data is not followed by CRLF.", "После данных фрагмента тела (chunked) нет CRLF."},
    {"The trailer section of a chunked body is not CRLF-terminated lines.",
     "Завершающие поля тела (chunked) — не строки, оканчивающиеся CRLF."},
    {"/metrics needs Authorization: Bearer <METRICS_TOKEN>.",
     "Для /metrics нужен заголовок Authorization: Bearer <METRICS_TOKEN>."},
    {"Send the body as UTF-8 JSON (got charset {}).",
     "Отправьте тело запроса как JSON в кодировке UTF-8 (получена кодировка {0})."},
    {"The body gives the key '{}' twice in one object.", "В теле запроса ключ «{0}» повторяется в одном объекте."},
    {"The body gives a key twice in one object.", "В теле запроса ключ повторяется в одном объекте."},
    {"On a write, If-None-Match may only be * (create only).",
     "При записи If-None-Match может быть только * (только создание)."},
    {"Send If-Match or If-None-Match, not both.", "Передайте If-Match или If-None-Match, но не оба сразу."},
    {"The request was not received in time.", "Запрос не был получен вовремя."},
    {"The server is shutting down.", "Сервер останавливается."},
    {"The database is not reachable.", "База данных недоступна."},
    {"internal error", "Внутренняя ошибка сервера."},
    {"Sign in first.", "Сначала войдите в систему."},
    {"Credentials in the query string are refused; send Authorization: Bearer <token>.",
     "Учётные данные в строке запроса не принимаются; передайте заголовок Authorization: Bearer <токен>."},
    {"Sign in first: send Authorization: Bearer <token or API key>.",
     "Сначала войдите в систему: передайте заголовок Authorization: Bearer <токен или ключ API>."},
    {"Only Bearer credentials are accepted here.", "Здесь принимаются только учётные данные Bearer."},
    {"The login or the password is wrong.", "Неверный логин или пароль."},
    {"The token is not valid: it expired, was revoked, or never existed. Sign in again.",
     "Токен недействителен: срок его действия истёк, он отозван или никогда не существовал. Войдите снова."},
    {"This API key was revoked or has expired.", "Этот ключ API отозван, или срок его действия истёк."},
    {"The API key is not valid.", "Ключ API недействителен."},
    {"The credential is not a Nastavnik token or API key.", "Учётные данные — не токен и не ключ API «Наставника»."},
    {"Too many failed sign-ins; try again in {} seconds.", "Слишком много неудачных попыток входа; повторите через {0} с."},
    {"Too many requests with this credential; the limit is {} a minute. Try again in {} seconds.",
     "Слишком много запросов с этими учётными данными: предел — {0} в минуту. Повторите через {1} с."},
    {"Another export of this report is being made right now; try again when it is done.",
     "Этот отчёт сейчас уже выгружается; повторите, когда выгрузка закончится."},
    {"You may not create a user with the role {}.", "Вы не можете создать пользователя с ролью {0}."},
    {"You may not give the role {}.", "Вы не можете назначить роль {0}."},
    {"Send the body as application/json (no Content-Type was given).",
     "Отправьте тело запроса как application/json (заголовок Content-Type не передан)."},
    {"Send the body as application/json (got {}).", "Отправьте тело запроса как application/json (получено: {0})."},
    {"The body is not valid UTF-8.", "Тело запроса — не корректный текст UTF-8."},
    {"The body nests arrays and objects more than {} levels deep.",
     "В теле запроса массивы и объекты вложены глубже {0} уровней."},
    {"The body is not well-formed JSON (at byte {}).", "Тело запроса — не корректный JSON (ошибка в байте {0})."},
    {"The body is not well-formed JSON.", "Тело запроса — не корректный JSON."},
    {"The body has a number outside the range of a double-precision value.",
     "В теле запроса есть число вне диапазона чисел двойной точности."},
    {"Send If-Match with the ETag you last read, so that no one's change is lost.",
     "Передайте заголовок If-Match с последним прочитанным ETag, чтобы ничьи изменения не потерялись."},
    {"If-Match does not name a current version; fetch the resource again.",
     "If-Match указывает не текущую версию; получите ресурс заново."},
    {"Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is a good choice).",
     "Idempotency-Key должен состоять из 1–255 видимых символов ASCII (подойдёт UUID)."},
    {"This Idempotency-Key was used for a different request (another body or path) in the last 24 hours; use a new "
     "key for a new request.",
     "Этот Idempotency-Key за последние 24 часа уже использован для другого запроса (с другим телом или адресом); "
     "для нового запроса нужен новый ключ."},
    {"A request with this Idempotency-Key is still being processed; retry shortly.",
     "Запрос с этим Idempotency-Key ещё обрабатывается; повторите чуть позже."},
    {"The cursor is not one this server gave out; start from the first page.",
     "Этот курсор выдан не этим сервером; начните с первой страницы."},
    {"The database is not reachable right now; try again shortly.", "База данных сейчас недоступна; повторите чуть позже."},
    {"Every database connection is busy; try again shortly.", "Все соединения с базой данных заняты; повторите чуть позже."},
    {"The database took too long to answer this request; try again shortly.",
     "База данных отвечала на этот запрос слишком долго; повторите чуть позже."},
    {"It conflicts with an existing record.", "Запрос противоречит существующей записи."},
    {"A value in the request is not valid.", "Значение в запросе недопустимо."},
    {"The values do not fit together (a rule of the data was broken).",
     "Значения не согласуются между собой (нарушено правило данных)."},
    {"It refers to a record that does not exist.", "Запрос ссылается на несуществующую запись."},
    {"The request has invalid fields.", "В запросе есть недопустимые поля."},
    {"Nothing was written: correct the records named in errors and send the batch again.",
     "Ничего не записано: исправьте записи, указанные в errors, и отправьте пакет снова."},
    {"Say what needs to change: a comment is required.", "Скажите, что нужно исправить: комментарий обязателен."},
    {"The pair cannot be formed as it is.", "Пару (группу) нельзя составить в таком виде."},
    {"The values do not fit the campaign's form.", "Значения не соответствуют форме кампании."},
    {"{} was not found.", "Не найдено: {0}."},
    {"{} has changed since you read it; fetch it again and retry.",
     "С тех пор как вы это прочитали, данные изменились ({0}); получите их заново и повторите."},

    // ---- query parameters ----
    {"Query parameter 'campaign' is required: the campaign's id.",
     "Нужен параметр запроса «campaign»: идентификатор кампании мониторинга."},
    {"Query parameter 'owner' is required: district or an organization id.",
     "Нужен параметр запроса «owner»: district или идентификатор организации."},
    {"Query parameter 'owner' must be district or an organization id.",
     "Параметр запроса «owner» должен быть district или идентификатором организации."},
    {"Query parameter '{}' is required (YYYY-MM-DD).", "Нужен параметр запроса «{0}» (дата ГГГГ-ММ-ДД)."},
    {"Query parameter '{}' must be a date (YYYY-MM-DD).", "Параметр запроса «{0}» должен быть датой (ГГГГ-ММ-ДД)."},
    {"Query parameter '{}' must be an RFC 3339 instant (YYYY-MM-DDTHH:MM:SSZ or with an offset such as +03:00).",
     "Параметр запроса «{0}» должен быть моментом времени RFC 3339 (ГГГГ-ММ-ДДTЧЧ:ММ:ССZ или со смещением, "
     "например +03:00)."},
    {"Query parameter '{}' must not be in the future.", "Параметр запроса «{0}» не может указывать на будущее."},
    {"Query parameter '{}' must be a UUID.", "Параметр запроса «{0}» должен быть идентификатором (UUID)."},
    {"Query parameter '{}' is too long.", "Параметр запроса «{0}» слишком длинный."},
    {"Query parameter '{}' must be a percentage from {} to {}.",
     "Параметр запроса «{0}» должен быть процентом от {1} до {2}."},
    {"Query parameter '{}' must be a whole number from {} to {}.",
     "Параметр запроса «{0}» должен быть целым числом от {1} до {2}."},
    {"Query parameter '{}' must be one of: {}.", "Параметр запроса «{0}» должен принимать одно из значений: {1}."},
    {"Query parameter '{}' must be {} or {}.", "Параметр запроса «{0}» должен принимать одно из значений: {1} или {2}."},

    // ---- who may do what ----
    {"Mentors, mentees and their pairs are personal data: only the organisation's curators and the district "
     "coordinator see them; others see the counts in monitoring reports.",
     "Наставники, наставляемые и их пары — персональные данные: их видят только кураторы организации и координатор "
     "района; остальные видят численность в отчётах мониторинга."},
    {"School systems write monitoring data and records, not the organisation itself.",
     "Информационные системы школ передают данные мониторинга и записи баз, но не меняют саму организацию."},
    {"The district's compliance shows every organisation; ask for your own at "
     "/districts/{d}/organizations/{o}/compliance.",
     "Исполнение по району показывает все организации; данные своей организации смотрите по адресу "
     "/districts/{d}/organizations/{o}/compliance."},
    {"Only district coordinators and region analysts export the regional report.",
     "Региональный отчёт выгружают только координаторы районов и аналитики регионов."},
    {"Only the organisation's curator or the district coordinator edits its roadmap.",
     "Дорожную карту организации редактируют только её куратор и координатор района."},
    {"Only the district coordinator edits the district's roadmap.",
     "Дорожную карту района редактирует только координатор района."},
    {"Only the district coordinator approves or returns roadmaps.",
     "Утверждает и возвращает дорожные карты только координатор района."},
    {"Region analysts read aggregates; they change nothing in a district.",
     "Аналитики региона читают сводные данные; в районе они ничего не меняют."},
    {"District viewers may read, not change.", "Наблюдатели района могут читать, но не изменять."},
    {"Only the district coordinator changes district-wide data.", "Данные района меняет только координатор района."},
    {"This key has no read scope.", "У этого ключа нет права чтения (read)."},
    {"This key has no write scope.", "У этого ключа нет права записи (write)."},
    {"Only the district coordinator manages the district's users and keys.",
     "Пользователями и ключами района управляет только координатор района."},
    {"Region analysts read; they change nothing.", "Аналитики региона только читают и ничего не меняют."},
    {"Only a system administrator may do this.", "Это может только системный администратор."},

    // ---- bases ----
    {"At most {} records per request; send the rest in another.",
     "Не больше {0} записей за один запрос; остальные отправьте следующим запросом."},
    {"This person's record was erased; only its anonymous part remains.",
     "Запись об этом человеке удалена; осталась только обезличенная часть."},
    {"{} with external_id «{}» is already in the base.", "В базе уже есть запись ({0}) с external_id «{1}»."},
    {"{} pair(s) belong to this program; move or delete them first.",
     "К этой программе относятся пары (группы): {0}; сначала перенесите или удалите их."},

    // ---- roadmaps ----
    {"Send the table as text/tab-separated-values or text/csv (UTF-8), or the roadmap as application/json.",
     "Отправьте таблицу как text/tab-separated-values или text/csv (UTF-8) либо дорожную карту как application/json."},
    {"This version was replaced by a newer one; edit that one.", "Эта версия заменена более новой; редактируйте новую."},
    {"The roadmap is submitted for approval; it can be edited again once it is returned.",
     "Дорожная карта отправлена на утверждение; редактировать её можно будет снова после возврата."},
    {"The roadmap is approved; start a new version to change its sections and items.",
     "Дорожная карта утверждена; чтобы изменить разделы и мероприятия, начните новую версию."},
    {"Progress is recorded on an approved roadmap; this one is {}.",
     "Выполнение отмечается в утверждённой дорожной карте; статус этой — «{0}»."},
    {"This version was replaced by a newer one; record progress there.",
     "Эта версия заменена более новой; отмечайте выполнение в ней."},
    {"Only a draft or a returned roadmap can be submitted; this one is {}.",
     "На утверждение отправляют только черновик или возвращённую дорожную карту; статус этой — «{0}»."},
    {"Only a submitted roadmap can be approved; this one is {}.",
     "Утвердить можно только отправленную на утверждение дорожную карту; статус этой — «{0}»."},
    {"Only a submitted roadmap can be returned; this one is {}.",
     "Вернуть можно только отправленную на утверждение дорожную карту; статус этой — «{0}»."},
    {"Only a draft can be deleted; an approved roadmap is history.",
     "Удалить можно только черновик; утверждённая дорожная карта — это история."},
    {"This version was replaced by a newer one.", "Эта версия заменена более новой."},
    {"This version was already replaced by a newer one.", "Эта версия уже заменена более новой."},
    {"A roadmap with no items cannot be submitted.", "Дорожную карту без мероприятий нельзя отправить на утверждение."},
    {"New versions start from an approved roadmap; edit this one directly.",
     "Новая версия начинается с утверждённой дорожной карты; эту редактируйте напрямую."},
    {"A new version of this roadmap is already being prepared: {}.", "Новая версия этой дорожной карты уже готовится: {0}."},
    {"Another new version of this roadmap was approved already; this one is stale.",
     "Другая новая версия этой дорожной карты уже утверждена; эта устарела."},
    {"The import is larger than {} MiB.", "Импортируемый файл больше {0} МиБ."},
    {"The import is empty: there is no table to read.", "Импортируемый файл пуст: таблицы в нём нет."},
    {"The import contains NUL bytes (line {}): it looks like a binary file (.docx, .xlsx, .pdf?). Send the table as "
     "UTF-8 text, tab-separated or CSV.",
     "В импортируемом файле есть байты NUL (строка {0}): похоже, это двоичный файл (.docx, .xlsx, .pdf?). Отправьте "
     "таблицу текстом в UTF-8, с табуляциями или в CSV."},
    {"The import is not valid UTF-8 (line {}, byte {}). Save the table as UTF-8 (a Windows-1251 file must be "
     "converted first).",
     "Импортируемый файл — не корректный текст UTF-8 (строка {0}, байт {1}). Сохраните таблицу в UTF-8 (файл в "
     "Windows-1251 сначала нужно перекодировать)."},
    {"No roadmap table header found: expected a row naming the activity column ({}) and at least one more known "
     "column ({}), with cells separated by tabs.",
     "Не найден заголовок таблицы дорожной карты: нужна строка с колонкой мероприятия ({0}) и хотя бы ещё одной "
     "известной колонкой ({1}); ячейки разделяются табуляцией."},
    {"No roadmap table header found: expected a row naming the activity column ({}) and at least one more known "
     "column ({}), with cells separated by ',' or ';'.",
     "Не найден заголовок таблицы дорожной карты: нужна строка с колонкой мероприятия ({0}) и хотя бы ещё одной "
     "известной колонкой ({1}); ячейки разделяются «,» или «;»."},
    {"CSV quoting error on line {}: a quoted cell is never closed (a missing '\"').",
     "Ошибка кавычек CSV в строке {0}: ячейка в кавычках не закрыта (не хватает «\"»)."},
    {"CSV quoting error on line {}: unexpected text after a closing quote; double the quotes inside a quoted cell "
     "(\"\").",
     "Ошибка кавычек CSV в строке {0}: текст после закрывающей кавычки; кавычки внутри ячейки нужно удваивать (\"\")."},
    {"CSV quoting error on line {}: a '\"' inside an unquoted cell; quote the whole cell and double the inner quotes.",
     "Ошибка кавычек CSV в строке {0}: символ «\"» в ячейке без кавычек; заключите всю ячейку в кавычки и удвойте "
     "кавычки внутри."},

    // ---- monitoring ----
    {"This report exists: send If-Match with the ETag you last read, so that no one's change is lost.",
     "Отчёт уже существует: передайте If-Match с последним прочитанным ETag, чтобы ничьи изменения не потерялись."},
    {"The report does not exist yet, so If-Match cannot match: send it without If-Match (or with If-None-Match: *) "
     "to create it.",
     "Отчёта ещё нет, поэтому If-Match не может совпасть: чтобы создать отчёт, отправьте его без If-Match (или с "
     "If-None-Match: *)."},
    {"The report exists already (If-None-Match: * creates only); fetch it and send If-Match with its ETag to change "
     "it.",
     "Отчёт уже существует (If-None-Match: * только создаёт); чтобы изменить его, получите его и передайте If-Match с "
     "его ETag."},
    {"The report was created meanwhile by another request; fetch it and retry with If-Match.",
     "Тем временем отчёт создан другим запросом; получите его и повторите с If-Match."},
    {"The campaign was locked on {}; only the district coordinator can reopen this report.",
     "Кампания закрыта для изменений {0}; открыть этот отчёт снова может только координатор района."},
    {"The report is {}; the district coordinator returns it before it can change.",
     "Статус отчёта — «{0}»; чтобы его изменить, координатор района должен сначала вернуть его."},
    {"There is no report yet: PUT its values first.", "Отчёта ещё нет: сначала передайте его значения (PUT)."},
    {"The report is {}; only a draft or a returned report can be submitted.",
     "Статус отчёта — «{0}»; сдать можно только черновик или возвращённый отчёт."},
    {"The report cannot be submitted: {} check(s) failed; each is listed with its indicator.",
     "Отчёт нельзя сдать: не пройдено проверок — {0}; каждая указана при своём показателе."},
    {"The report is {}; only a submitted report can be accepted.",
     "Статус отчёта — «{0}»; принять можно только сданный отчёт."},
    {"The report is {}; only a submitted or accepted report can be returned.",
     "Статус отчёта — «{0}»; вернуть можно только сданный или принятый отчёт."},
    {"The campaign does not expect organisation {}: ask the district coordinator to add it to the campaign "
     "(POST /api/v1/districts/{}/monitoring-campaigns/{}/organizations).",
     "Кампания не ожидает отчёта организации {0}: попросите координатора района добавить её в кампанию "
     "(POST /api/v1/districts/{1}/monitoring-campaigns/{2}/organizations)."},
    {"The campaign was locked on {}; reopen it (a later lock_date) before changing which organisations it expects.",
     "Кампания закрыта для изменений {0}; чтобы изменить состав организаций, сначала откройте её (более поздняя "
     "lock_date)."},
    {"The organisation is closed; only an active organisation can be added to a campaign.",
     "Организация закрыта; в кампанию можно добавить только действующую организацию."},
    {"Organisation {} has a report in this campaign; a campaign keeps every organisation that reported.",
     "У организации {0} есть отчёт в этой кампании; организации, приславшие отчёт, остаются в кампании."},
    {"A campaign expects at least one organisation.", "В кампании должна остаться хотя бы одна организация."},
};

// Field messages (an error's `message`): the same notation.
const Entry kMessages[] = {
    {"is required", "обязательное поле"},
    {"must not be null", "не может быть null"},
    {"must be a string", "должно быть строкой"},
    {"must be a string or null", "должно быть строкой или null"},
    {"must not contain NUL characters", "не должно содержать символов NUL"},
    {"must be an array of strings", "должно быть массивом строк"},
    {"must be true or false", "должно быть true или false"},
    {"must be an object", "должно быть объектом"},
    {"must be an object or null", "должно быть объектом или null"},
    {"must be a JSON object", "должно быть объектом JSON"},
    {"must be an array", "должно быть массивом"},
    {"is read-only", "поле только для чтения"},
    {"is not a field of this resource", "у этого ресурса нет такого поля"},
    {"is not a field here", "здесь нет такого поля"},
    {"must be a finite number", "должно быть конечным числом"},
    {"must be a number, true/false, a text, \"not_applicable\", or null (missing)",
     "должно быть числом, true/false, текстом, \"not_applicable\" или null (нет значения)"},
    {"must be a date (YYYY-MM-DD)", "должно быть датой (ГГГГ-ММ-ДД)"},
    {"must be a date (YYYY-MM-DD) or null", "должно быть датой (ГГГГ-ММ-ДД) или null"},
    {"must be a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDTHH:MM:SSZ)",
     "должно быть датой (ГГГГ-ММ-ДД) или временем UTC (ГГГГ-ММ-ДДTЧЧ:ММ:ССZ)"},
    {"must not be empty", "не может быть пустым"},
    {"must not be in the future", "не может быть в будущем"},
    {"must be in the future", "должно быть в будущем"},
    {"must be a UUID", "должно быть идентификатором (UUID)"},
    {"must be a user id", "должно быть идентификатором пользователя"},
    {"must be an array of user ids", "должно быть массивом идентификаторов пользователей"},
    {"must be the organization's id", "должно быть идентификатором организации"},
    {"must be an organization id (UUID)", "должно быть идентификатором организации (UUID)"},
    {"must be an organisation id (UUID)", "должно быть идентификатором организации (UUID)"},
    {"must be a region id (UUID)", "должно быть идентификатором региона (UUID)"},
    {"must be a mentee id (UUID)", "должно быть идентификатором наставляемого (UUID)"},
    {"must be a program id (UUID) or null", "должно быть идентификатором программы (UUID) или null"},
    {"must be a mentor id (UUID): a pair or group has exactly one mentor",
     "должно быть идентификатором наставника (UUID): у пары или группы ровно один наставник"},
    {"must be at least {} characters", "должно содержать не меньше {0} символов"},
    {"must be at most {} characters", "должно содержать не больше {0} символов"},
    {"must be a whole number from {} to {}, or null", "должно быть целым числом от {0} до {1} или null"},
    {"must be a whole number from {} to {} or null", "должно быть целым числом от {0} до {1} или null"},
    {"must be a whole number from 1 to 1000 (pairs one mentor may lead), or null for no limit",
     "должно быть целым числом от 1 до 1000 (сколько пар может вести один наставник) или null — без ограничения"},
    {"must be a whole number from {} to {}", "должно быть целым числом от {0} до {1}"},
    {"must be a whole number from 0 or \"not_applicable\"", "должно быть целым числом от 0 или \"not_applicable\""},
    {"must be a number from 0 or \"not_applicable\"", "должно быть числом от 0 или \"not_applicable\""},
    {"must be a percentage from 0 to 100 or \"not_applicable\"",
     "должно быть процентом от 0 до 100 или \"not_applicable\""},
    {"must be true or false or \"not_applicable\"", "должно быть true, false или \"not_applicable\""},
    {"must be a non-empty text or \"not_applicable\"", "должно быть непустым текстом или \"not_applicable\""},
    {"must be one of: {}", "должно принимать одно из значений: {0}"},
    {"must be a year from {} to {}", "должно быть годом от {0} до {1}"},
    {"must be a stage from 1 to 7", "должно быть номером этапа от 1 до 7"},
    {"must end on or after its start", "должен заканчиваться не раньше, чем начинается"},
    {"must be at most six years long", "не может быть длиннее шести лет"},
    {"must name at most {} users", "не больше {0} пользователей"},
    {"must be an http:// or https:// link", "должно быть ссылкой http:// или https://"},
    {"must be active or disabled", "должно быть active или disabled"},
    {"must name at least one of read, write", "нужно хотя бы одно из значений: read, write"},
    {"must be read or write", "должно быть read или write"},
    {"must be district or organization", "должно быть district или organization"},
    {"must be {order_number, order_date}", "должно быть объектом {order_number, order_date}"},
    {"must be {title, number, date, url}", "должно быть объектом {title, number, date, url}"},
    {"must be {start, end} as YYYY-MM-DD", "должно быть объектом {start, end} с датами ГГГГ-ММ-ДД"},
    {"is required: {start, end} as YYYY-MM-DD", "обязательное поле: {start, end} с датами ГГГГ-ММ-ДД"},
    {"is required: {kind: district|organization, organization_id}",
     "обязательное поле: {kind: district|organization, organization_id}"},
    {"is required: an array of sections with their items", "обязательное поле: массив разделов с их мероприятиями"},
    {"is required: the id of one of the roadmap's sections",
     "обязательное поле: идентификатор одного из разделов дорожной карты"},
    {"is required: bulk records are matched by it", "обязательное поле: по нему сопоставляются записи пакета"},
    {"is required: one of {}", "обязательное поле: одно из значений {0}"},
    {"is required for an indicator of the campaign's own", "обязательно для собственного показателя кампании"},
    {"is required for pupils and students: it decides whether a parent's consent is needed",
     "обязательно для обучающихся и студентов: от него зависит, нужно ли согласие родителя"},
    {"is required when the pair is {}", "обязательно, когда статус пары — «{0}»"},
    {"is required by this campaign and has no value: enter it, or \"not_applicable\" when it does not apply",
     "обязателен в этой кампании, но не заполнен: введите значение или \"not_applicable\", если показатель "
     "неприменим"},
    {"may hold only Latin letters, digits, '-', '_' and '.'",
     "может содержать только латинские буквы, цифры, «-», «_» и «.»"},
    {"may hold only Latin letters, digits and . _ - @", "может содержать только латинские буквы, цифры и . _ - @"},
    {"appears twice", "встречается дважды"},
    {"appears twice in the batch (also at /items/{})", "встречается в пакете дважды (также в /items/{0})"},
    {"comes before the start {}", "раньше начала {0}"},
    {"comes before the start date {}", "раньше даты начала {0}"},
    {"comes before the reporting date {}", "раньше отчётной даты {0}"},
    {"comes before the due date {}: reports lock after they are due",
     "раньше срока сдачи {0}: отчёты закрываются после срока сдачи"},
    {"lies in the future; record consent once it has been given",
     "дата в будущем; вносите согласие, когда оно уже получено"},
    {"lies outside the program's period {} – {}", "вне периода программы {0} – {1}"},
    // people and the bases
    {"no such organization in this district", "в этом районе нет такой организации"},
    {"no such organisation in this district", "в этом районе нет такой организации"},
    {"a district's users are coordinators, viewers or curators",
     "пользователи района — координаторы, наблюдатели или кураторы"},
    {"a region's users are region analysts", "пользователи региона — аналитики региона"},
    {"a curator needs an organization", "куратору нужна организация"},
    {"only curators belong to an organization", "к организации относятся только кураторы"},
    {"org_system is for API keys, not people", "роль org_system — для ключей API, а не для людей"},
    {"no such region", "такого региона нет"},
    {"no such template", "такого шаблона нет"},
    {"must name at least one mentoring form", "нужна хотя бы одна форма наставничества"},
    {"is not a mentoring form (see /api/v1/mentoring-forms)", "это не форма наставничества (см. /api/v1/mentoring-forms)"},
    {"is not one of the program's forms", "не входит в формы программы"},
    {"must name at least one mentee", "нужен хотя бы один наставляемый"},
    {"a group has at most {} mentees", "в группе не больше {0} наставляемых"},
    {"must hold at least one record", "нужна хотя бы одна запись"},
    {"no such mentor in this organisation's base", "в базе организации нет такого наставника"},
    {"no such mentee in this organisation's base", "в базе организации нет такого наставляемого"},
    {"no such program in this organisation", "в организации нет такой программы"},
    {"the mentor already leads {} active pair(s) in this program, whose capacity is {} per mentor",
     "наставник уже ведёт в этой программе активных пар: {0}, а программа допускает {1} на наставника"},
    {"the mentor {}", "наставник: {0}"},
    {"the mentee {}", "наставляемый: {0}"},
    {"has been erased and can no longer take part", "данные удалены, участвовать больше нельзя"},
    {"has no consent to the processing of personal data on record", "нет согласия на обработку персональных данных"},
    {"has no consent on record as of {}", "нет согласия на {0}"},
    {"may be under 18 on {} (born {}): a parent's consent is required, and the consent on record was given by the "
     "person",
     "на {0} может быть младше 18 лет (год рождения: {1}): нужно согласие родителя, а внесённое согласие дал сам "
     "человек"},
    {"a pupil born in {} would be {} this year; pupils are 5 to 21",
     "обучающемуся {0} года рождения в этом году исполнится {1}; обучающимся от 5 до 21 года"},
    {"a college student born in {} would be {} this year; college students are 13 to 35",
     "студенту {0} года рождения в этом году исполнится {1}; студентам от 13 до 35 лет"},
    {"a {} born in {} would be {} this year; adults are 16 or older",
     "участнику ({0}) {1} года рождения в этом году исполнится {2}; взрослым участникам 16 лет и больше"},
    // roadmaps
    {"the district's own roadmap has no organization", "у собственной дорожной карты района нет организации"},
    {"a section needs a title, a number or items", "у раздела должно быть название, номер или мероприятия"},
    {"done needs evidence: a document title or a link", "для выполненного нужно подтверждение: название документа или ссылка"},
    {"done needs the completion date", "для выполненного нужна дата выполнения"},
    {"cancelling needs the reason", "для отмены нужна причина"},
    {"only done work has a completion date", "дата выполнения бывает только у выполненной работы"},
    {"returning needs a comment (at most 5000 characters)", "для возврата нужен комментарий (не больше 5000 символов)"},
    {"names a user who is not an active user of this district",
     "указан пользователь, который не является действующим пользователем этого района"},
    {"no such section in this roadmap", "в этой дорожной карте нет такого раздела"},
    {"no window of this item starts on {}", "ни один срок этого мероприятия не начинается {0}"},
    {"this item has no due windows; record it with the date the work was done",
     "у этого мероприятия нет сроков; отметьте его с датой выполнения работы"},
    {"this item has several windows; name one by its start date (YYYY-MM-DD)",
     "у этого мероприятия несколько сроков; укажите один по дате начала (ГГГГ-ММ-ДД)"},
    // monitoring
    {"must be 1–64 characters: a lowercase Latin letter, then letters, digits or '_'",
     "1–64 символа: строчная латинская буква, затем буквы, цифры или «_»"},
    {"a standard indicator keeps its title and type; only `required` may change",
     "у стандартного показателя нельзя менять название и тип; меняется только `required`"},
    {"a derived share is computed, so it cannot be required", "расчётная доля вычисляется, поэтому не может быть обязательной"},
    {"a campaign has at most {} indicators of its own", "у кампании не больше {0} собственных показателей"},
    {"must name at least one organisation (by default: every active one)",
     "нужна хотя бы одна организация (по умолчанию — все действующие)"},
    {"has a key that is not an indicator code (a lowercase Latin letter, then letters, digits or '_', at most 64)",
     "содержит ключ, который не является кодом показателя (строчная латинская буква, затем буквы, цифры или «_», "
     "не длиннее 64)"},
    {"is not an indicator of this campaign (see the campaign's indicators)",
     "это не показатель этой кампании (см. показатели кампании)"},
    {"is derived from other values; it is computed, not entered", "рассчитывается из других значений, его не вводят"},
    {"{} ({}) exceeds {} ({}): it counts a part of them, so it cannot be larger",
     "{0} ({1}) больше, чем {2} ({3}): это часть из них, поэтому больше быть не может"},
    {"more participants were surveyed ({}) than there are mentors and mentees ({})",
     "опрошено участников ({0}) больше, чем наставников и наставляемых ({1})"},
    {"there are {} pairs/groups but no mentor: each pair has exactly one mentor",
     "пар (групп): {0}, но нет ни одного наставника: у каждой пары ровно один наставник"},
    {"there are {} pairs/groups but no mentee: each pair has at least one mentee",
     "пар (групп): {0}, но нет ни одного наставляемого: у каждой пары хотя бы один наставляемый"},
    {"entered {}, but the organisation's records give {} as of {}",
     "введено {0}, а по записям организации на {2} — {1}"},
    {"marked not applicable, but the organisation's records give {} as of {}",
     "отмечено как неприменимое, а по записям организации на {1} — {0}"},
    {"{} % is below the federal target of {} %", "{0} % ниже федерального целевого значения {1} %"},
    {"organisation {} has a report in this campaign already, so it stays expected",
     "у организации {0} уже есть отчёт в этой кампании, поэтому она остаётся в списке"},
    // the database's own refusals
    {"a value in the request is not valid", "значение в запросе недопустимо"},
    {"the values do not fit together", "значения не согласуются между собой"},
    {"must be an active organisation of this district", "должно быть действующей организацией этого района"},
};

// Dynamic parts that are words: what was not found or has changed, a status.
const std::unordered_map<std::string, std::string>& words() {
    static const std::unordered_map<std::string, std::string> w = {
        {"The district", "район"},
        {"The region", "регион"},
        {"The organization", "организация"},
        {"The user", "пользователь"},
        {"The campaign", "кампания мониторинга"},
        {"The monitoring campaign", "кампания мониторинга"},
        {"The roadmap", "дорожная карта"},
        {"The template", "шаблон дорожной карты"},
        {"The item", "мероприятие"},
        {"The section", "раздел"},
        {"The API key", "ключ API"},
        {"The program", "программа наставничества"},
        {"The pair", "пара (группа) наставничества"},
        {"The mentor", "наставник"},
        {"The mentee", "наставляемый"},
        {"The report", "отчёт"},
        {"The organization's report in this campaign", "отчёт организации в этой кампании"},
        {"draft", "черновик"},
        {"submitted", "на проверке"},
        {"accepted", "принят"},
        {"returned", "возвращён на доработку"},
        {"approved", "утверждён"},
        {"active", "действует"},
        {"completed", "завершена"},
        {"ended_early", "прекращена досрочно"},
        {"in an unknown year", "неизвестен"},
    };
    return w;
}

struct Rule {
    std::regex pattern;
    std::string ru;
};

std::string escape_regex(std::string_view s) {
    static const std::string special = R"(\^$.|?*+()[]{})";
    std::string out;
    for (char c : s) {
        if (special.find(c) != std::string::npos) out += '\\';
        out += c;
    }
    return out;
}

struct Catalogue {
    std::unordered_map<std::string, std::string> exact;
    std::vector<Rule> patterns;

    explicit Catalogue(std::initializer_list<std::pair<const Entry*, std::size_t>> tables) {
        for (auto [table, n] : tables)
            for (std::size_t i = 0; i < n; ++i) {
                std::string en = table[i].en;
                if (en.find("{}") == std::string::npos) {
                    exact.emplace(en, table[i].ru);
                    continue;
                }
                std::string re;
                std::size_t at = 0;
                for (auto p = en.find("{}"); p != std::string::npos; at = p + 2, p = en.find("{}", at))
                    re += escape_regex(std::string_view(en).substr(at, p - at)) + "(.+?)";
                re += escape_regex(std::string_view(en).substr(at));
                patterns.push_back({std::regex(re, std::regex::ECMAScript | std::regex::optimize), table[i].ru});
            }
    }
};

const Catalogue& catalogue() {
    static const Catalogue c({{kSentences, std::size(kSentences)}, {kMessages, std::size(kMessages)}});
    return c;
}

std::string part_ru(const std::string& part) {
    if (auto it = words().find(part); it != words().end()) return it->second;
    if (auto t = translate_ru(part)) return *t;
    return part;
}

// The Russian template with {0}, {1}… replaced (a brace not followed by a digit and '}' is text).
std::string fill(const std::string& ru, const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < ru.size(); ++i) {
        if (ru[i] == '{' && i + 2 < ru.size() && std::isdigit(static_cast<unsigned char>(ru[i + 1])) && ru[i + 2] == '}') {
            auto k = static_cast<std::size_t>(ru[i + 1] - '0');
            if (k < parts.size()) out += parts[k];
            i += 2;
        } else {
            out += ru[i];
        }
    }
    return out;
}

bool has_cyrillic(const std::string& s) {
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c == 0xD0 || c == 0xD1) return true;
    }
    return false;
}

double q_value(std::string_view params) {
    // ";q=0.8" (whitespace allowed); a missing or unreadable q is 1.
    auto p = params.find("q=");
    if (p == std::string_view::npos) return 1.0;
    std::string v(params.substr(p + 2));
    try {
        return std::stod(v);
    } catch (...) {
        return 0.0;
    }
}

std::string trim_lower(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

}  // namespace

Language problem_language(std::optional<std::string_view> header) {
    if (!header) return Language::en;
    double ru = -1, en = -1;
    std::size_t ru_at = 0, en_at = 0, index = 0;
    std::string_view rest = *header;
    while (!rest.empty()) {
        auto comma = rest.find(',');
        auto item = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        auto semi = item.find(';');
        auto tag = trim_lower(item.substr(0, semi));
        double q = semi == std::string_view::npos ? 1.0 : q_value(item.substr(semi + 1));
        auto primary = tag.substr(0, tag.find('-'));
        ++index;
        if (primary == "ru" && q > ru) ru = q, ru_at = index;
        if (primary == "en" && q > en) en = q, en_at = index;
    }
    if (ru <= 0) return Language::en;
    if (en < 0 || ru > en || (ru == en && ru_at < en_at)) return Language::ru;
    return Language::en;
}

std::string title_ru(int status) {
    switch (status) {
        case 400: return "Неверный запрос";
        case 401: return "Нужно войти в систему";
        case 403: return "Доступ запрещён";
        case 404: return "Не найдено";
        case 405: return "Метод не поддерживается";
        case 408: return "Время ожидания запроса истекло";
        case 409: return "Конфликт";
        case 412: return "Данные изменились";
        case 413: return "Запрос слишком большой";
        case 415: return "Неподдерживаемый тип содержимого";
        case 422: return "Недопустимые данные";
        case 428: return "Нужен заголовок If-Match";
        case 429: return "Слишком много запросов";
        case 503: return "Сервис недоступен";
        default: return "Внутренняя ошибка сервера";
    }
}

std::optional<std::string> translate_ru(const std::string& english) {
    const auto& c = catalogue();
    if (auto it = c.exact.find(english); it != c.exact.end()) return it->second;
    std::smatch m;
    for (auto& rule : c.patterns)
        if (std::regex_match(english, m, rule.pattern)) {
            std::vector<std::string> parts;
            for (std::size_t i = 1; i < m.size(); ++i) parts.push_back(part_ru(m[i].str()));
            return fill(rule.ru, parts);
        }
    return std::nullopt;
}

std::string detail_ru(int status, const std::string& english) {
    if (auto t = translate_ru(english)) return *t;
    if (has_cyrillic(english)) return english;  // written in Russian already
    log::warn("no Russian for a problem detail", {{"status", status}, {"detail", english}});
    switch (status) {
        case 400: return "Запрос составлен неверно.";
        case 401: return "Нужно войти в систему.";
        case 403: return "Недостаточно прав для этого действия.";
        case 404: return "Не найдено.";
        case 405: return "Этот метод здесь не поддерживается.";
        case 408: return "Запрос не был получен вовремя.";
        case 409: return "Действие противоречит текущему состоянию данных.";
        case 412: return "Данные изменились после того, как вы их прочитали; получите их заново.";
        case 413: return "Запрос слишком большой.";
        case 415: return "Неподдерживаемый тип содержимого.";
        case 422: return "В запросе есть недопустимые значения.";
        case 428: return "Нужен заголовок If-Match с последним прочитанным ETag.";
        case 429: return "Слишком много запросов; повторите позже.";
        case 503: return "Сервис временно недоступен; повторите позже.";
        default: return "Внутренняя ошибка сервера.";
    }
}

std::string message_ru(const std::string& english) {
    if (auto t = translate_ru(english)) return *t;
    if (has_cyrillic(english)) return english;
    log::warn("no Russian for a field message", {{"message", english}});
    return "недопустимое значение";
}

}  // namespace api
