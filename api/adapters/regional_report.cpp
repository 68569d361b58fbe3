#include "api/adapters/regional_report.hpp"

#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <stdexcept>

#include "domain/monitoring.hpp"

namespace api {
namespace {

using Kind = ReportColumn::Kind;
using nlohmann::json;

const char* type_ru(domain::OrganizationType t) {
    switch (t) {
        case domain::OrganizationType::school: return "Школа";
        case domain::OrganizationType::kindergarten: return "Детский сад";
        case domain::OrganizationType::college: return "Колледж (СПО)";
        case domain::OrganizationType::additional_education: return "Дополнительное образование";
        case domain::OrganizationType::methodical_center: return "Методический центр";
    }
    return "—";
}

const char* status_ru(const std::optional<domain::ReportStatus>& s) {
    if (!s) return "Не сдан";
    switch (*s) {
        case domain::ReportStatus::accepted: return "Принят";
        case domain::ReportStatus::submitted: return "Сдан";
        case domain::ReportStatus::returned: return "Возвращён";
        case domain::ReportStatus::draft: return "Черновик";
    }
    return "Не сдан";
}

ReportCell cell_of(const domain::Value& v) {
    switch (v.kind) {
        case domain::Value::Kind::number: return v.number;
        case domain::Value::Kind::boolean: return v.flag;
        case domain::Value::Kind::not_applicable: return std::string("н/п");
        case domain::Value::Kind::text: return v.text;
    }
    return std::monostate{};
}

Kind kind_of(domain::IndicatorType type) {
    switch (type) {
        case domain::IndicatorType::integer: return Kind::integer;
        case domain::IndicatorType::decimal: return Kind::decimal;
        case domain::IndicatorType::percentage: return Kind::percent;
        case domain::IndicatorType::boolean: return Kind::yes_no;
        case domain::IndicatorType::text: return Kind::text;
    }
    return Kind::text;
}

ReportCell pct(const std::optional<double>& v) { return v ? ReportCell(*v) : ReportCell(std::monostate{}); }
ReportCell opt_yes(const std::optional<bool>& v) { return v ? ReportCell(*v) : ReportCell(std::monostate{}); }

struct IndicatorCol {
    std::string code;
    bool derived;
};

// Totals: sums of number columns, shares derived again from the summed values, yes/no
// columns counted (how many said yes).
void add_totals(ReportTable& t, const std::vector<IndicatorCol>& indicators, std::size_t first_indicator,
                const domain::ComplianceCounts& counts, std::size_t compliance_col) {
    t.totals.assign(t.columns.size(), std::monostate{});
    t.totals[0] = std::string("Итого");
    domain::Values summed;
    for (std::size_t c = 1; c < t.columns.size(); ++c) {
        const auto& col = t.columns[c];
        if (col.kind == Kind::integer || col.kind == Kind::decimal) {
            double sum = 0;
            bool any = false;
            for (auto& row : t.rows)
                if (auto* v = std::get_if<double>(&row[c])) {
                    sum += *v;
                    any = true;
                }
            if (any) t.totals[c] = sum;
        } else if (col.kind == Kind::yes_no) {
            double yes = 0;
            for (auto& row : t.rows)
                if (auto* v = std::get_if<bool>(&row[c]); v && *v) ++yes;
            t.totals[c] = yes;
        }
    }
    for (std::size_t i = 0; i < indicators.size(); ++i)
        if (auto* v = std::get_if<double>(&t.totals[first_indicator + i]); v && !indicators[i].derived)
            summed[indicators[i].code] = domain::Value::of(*v);
    auto derived = domain::derive(summed);
    for (std::size_t i = 0; i < indicators.size(); ++i)
        if (indicators[i].derived) {
            auto it = derived.find(indicators[i].code);
            t.totals[first_indicator + i] = it == derived.end() ? ReportCell(std::monostate{}) : cell_of(it->second);
        }
    t.totals[compliance_col] = pct(counts.compliance_pct());
    t.totals[compliance_col + 1] = pct(counts.on_time_pct());
    t.totals[compliance_col + 2] = static_cast<double>(counts.overdue());
}

}  // namespace

ReportTable district_report(const domain::CampaignSheet& sheet, const domain::DistrictCompliance& compliance) {
    ReportTable t;
    t.title = sheet.title;
    t.columns = {{"organization", "Образовательная организация", Kind::text},
                 {"type", "Тип организации", Kind::text},
                 {"report_status", "Статус отчёта", Kind::text}};
    std::vector<IndicatorCol> indicators;
    for (const auto& i : sheet.indicators) {
        t.columns.push_back({i.code, i.title, kind_of(i.type)});
        indicators.push_back({i.code, i.derived});
    }
    std::size_t first_indicator = 3, compliance_col = t.columns.size();
    t.columns.insert(t.columns.end(),
                     {{"compliance_pct", "Выполнение дорожной карты, %", Kind::percent},
                      {"on_time_pct", "Выполнено в срок, %", Kind::percent},
                      {"items_overdue", "Просрочено мероприятий", Kind::integer},
                      {"documents_present", "Документы в наличии (из 6)", Kind::integer},
                      {"doc_order", "Приказ о внедрении ЦМН", Kind::yes_no},
                      {"doc_regulation", "Положение о наставничестве", Kind::yes_no},
                      {"doc_program", "Программа наставничества", Kind::yes_no},
                      {"doc_roadmap", "Утверждённая дорожная карта", Kind::yes_no},
                      {"doc_curator", "Куратор назначен", Kind::yes_no},
                      {"doc_site", "Раздел «Наставничество» на сайте", Kind::yes_no}});
    std::map<domain::OrganizationId, const domain::OrganizationCompliance*> by_org;
    for (auto& o : compliance.organizations) by_org[o.organization_id] = &o;
    domain::ComplianceCounts total_counts;
    for (auto& r : sheet.rows) {
        std::vector<ReportCell> row(t.columns.size(), std::monostate{});
        row[0] = r.name;
        row[1] = std::string(type_ru(r.type));
        row[2] = std::string(status_ru(r.status));
        const auto& values = r.values;
        auto derived = domain::derive(values);
        for (std::size_t i = 0; i < indicators.size(); ++i) {
            const auto& src = indicators[i].derived ? derived : values;
            if (auto it = src.find(indicators[i].code); it != src.end()) row[first_indicator + i] = cell_of(it->second);
        }
        if (auto it = by_org.find(r.organization_id); it != by_org.end()) {
            const auto& o = *it->second;
            row[compliance_col] = pct(o.counts.compliance_pct());
            row[compliance_col + 1] = pct(o.counts.on_time_pct());
            row[compliance_col + 2] = static_cast<double>(o.counts.overdue());
            row[compliance_col + 3] = static_cast<double>(o.documents.present());
            row[compliance_col + 4] = opt_yes(o.documents.order);
            row[compliance_col + 5] = opt_yes(o.documents.regulation);
            row[compliance_col + 6] = opt_yes(o.documents.program);
            row[compliance_col + 7] = o.documents.approved_roadmap;
            row[compliance_col + 8] = o.documents.curator_appointed;
            row[compliance_col + 9] = opt_yes(o.documents.site_page);
            total_counts += o.counts;
        }
        t.rows.push_back(std::move(row));
    }
    add_totals(t, indicators, first_indicator, total_counts, compliance_col);
    make_columns_unique(t.columns);
    return t;
}

ReportTable region_report(const std::string& title, const std::vector<DistrictSheet>& districts) {
    ReportTable t;
    t.title = title;
    t.columns = {{"district", "Муниципальный район", Kind::text},
                 {"organizations", "Образовательных организаций", Kind::integer},
                 {"campaign", "Мониторинг", Kind::text},
                 {"reports_submitted", "Отчётов сдано", Kind::integer}};
    std::vector<IndicatorCol> indicators;
    for (auto& i : domain::standard_indicators()) {
        if (i.type == domain::IndicatorType::boolean || i.type == domain::IndicatorType::text) continue;
        t.columns.push_back({i.code, i.title, i.derived ? Kind::percent : Kind::integer});
        indicators.push_back({i.code, i.derived});
    }
    std::size_t first_indicator = 4, compliance_col = t.columns.size();
    t.columns.insert(t.columns.end(), {{"compliance_pct", "Выполнение дорожных карт, %", Kind::percent},
                                       {"on_time_pct", "Выполнено в срок, %", Kind::percent},
                                       {"items_overdue", "Просрочено мероприятий", Kind::integer},
                                       {"organizations_fully_compliant", "Организаций со 100% выполнением", Kind::integer}});
    domain::ComplianceCounts total_counts;
    for (auto& d : districts) {
        std::vector<ReportCell> row(t.columns.size(), std::monostate{});
        row[0] = d.district.name;
        row[1] = static_cast<double>(d.compliance.organizations);
        domain::Values sums;
        if (d.sheet) {
            row[2] = d.sheet->title;
            double submitted = 0;
            for (auto& r : d.sheet->rows) {
                if (r.status != domain::ReportStatus::submitted && r.status != domain::ReportStatus::accepted) continue;
                ++submitted;
                for (auto& [code, v] : r.values)
                    if (v.kind == domain::Value::Kind::number) {
                        auto& s = sums[code];
                        s = domain::Value::of((s.kind == domain::Value::Kind::number ? s.number : 0) + v.number);
                    }
            }
            row[3] = submitted;
        }
        auto derived = domain::derive(sums);
        for (std::size_t i = 0; i < indicators.size(); ++i) {
            const auto& src = indicators[i].derived ? derived : sums;
            if (auto it = src.find(indicators[i].code); it != src.end()) row[first_indicator + i] = cell_of(it->second);
        }
        row[compliance_col] = pct(d.compliance.counts.compliance_pct());
        row[compliance_col + 1] = pct(d.compliance.counts.on_time_pct());
        row[compliance_col + 2] = static_cast<double>(d.compliance.counts.overdue());
        row[compliance_col + 3] = static_cast<double>(d.compliance.fully_compliant);
        total_counts += d.compliance.counts;
        t.rows.push_back(std::move(row));
    }
    add_totals(t, indicators, first_indicator, total_counts, compliance_col);
    make_columns_unique(t.columns);
    return t;
}

void make_columns_unique(std::vector<ReportColumn>& columns) {
    auto unique = [&](auto field, auto disambiguate) {
        std::set<std::string> seen;
        for (auto& c : columns) {
            auto& v = c.*field;
            if (seen.insert(v).second) continue;
            v = disambiguate(c);
            for (int n = 2; !seen.insert(v).second; ++n) v = disambiguate(c) + " " + std::to_string(n);
        }
    };
    unique(&ReportColumn::key, [](const ReportColumn& c) { return c.key + "_2"; });
    unique(&ReportColumn::title, [](const ReportColumn& c) { return c.title + " (" + c.key + ")"; });
}

namespace {

// "2026-12-06" → "06.12.2026"; "2026-12-06T02:10:00Z" → "06.12.2026 02:10 UTC" (as people write them).
std::string date_ru(const std::string& iso) {
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return iso;
    return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
}
std::string instant_ru(const std::string& ts) {
    if (ts.size() < 16 || ts[10] != 'T') return date_ru(ts);
    std::string zone = ts.back() == 'Z' ? " UTC" : "";
    if (zone.empty())
        if (auto sign = ts.find_first_of("+-", 16); sign != std::string::npos) zone = " UTC" + ts.substr(sign);
    return date_ru(ts) + " " + ts.substr(11, 5) + zone;
}

}  // namespace

std::vector<std::string> title_lines(const std::string& title, const ExportInfo& info) {
    std::vector<std::string> out{title};
    if (info.campaign)
        out.push_back("Кампания мониторинга: " + *info.campaign +
                      (info.reporting_date ? ", отчётная дата " + date_ru(*info.reporting_date) : std::string()));
    std::string as_of = "Данные на дату: " + date_ru(info.as_of);
    if (info.known_at) as_of += ", по сведениям, известным на " + instant_ru(*info.known_at);
    out.push_back(as_of);
    out.push_back("Выгрузил: " + info.exported_by + ", " + instant_ru(info.exported_at));
    return out;
}

namespace {

json cell_json(const ReportCell& c) {
    if (auto* s = std::get_if<std::string>(&c)) return *s;
    if (auto* d = std::get_if<double>(&c)) return *d;
    if (auto* b = std::get_if<bool>(&c)) return *b;
    return nullptr;
}

std::string cell_text(const ReportCell& c, Kind kind, char decimal_mark) {
    if (auto* s = std::get_if<std::string>(&c)) return *s;
    if (auto* b = std::get_if<bool>(&c)) return *b ? "Да" : "Нет";
    if (auto* d = std::get_if<double>(&c)) {
        char buf[64];
        if (kind == Kind::integer || (kind == Kind::yes_no) || *d == static_cast<long long>(*d))
            std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(*d));
        else
            std::snprintf(buf, sizeof buf, "%.1f", *d);
        std::string out = buf;
        for (auto& ch : out)
            if (ch == '.') ch = decimal_mark;
        return out;
    }
    return "";
}

// RFC 4180 quoting: a cell with the separator, a quote, CR or LF is quoted, quotes doubled.
std::string csv_field(const std::string& s, char separator) {
    const char specials[] = {separator, '"', '\r', '\n', '\0'};
    if (s.find_first_of(specials) == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace

json report_json(const ReportTable& t) {
    json columns = json::array(), rows = json::array(), totals = json::object();
    static const char* kinds[] = {"text", "integer", "decimal", "percent", "yes_no"};
    for (auto& c : t.columns) columns.push_back({{"key", c.key}, {"title", c.title}, {"kind", kinds[int(c.kind)]}});
    for (auto& r : t.rows) {
        json row = json::object();
        for (std::size_t i = 0; i < t.columns.size(); ++i) row[t.columns[i].key] = cell_json(r[i]);
        rows.push_back(row);
    }
    for (std::size_t i = 0; i < t.columns.size() && i < t.totals.size(); ++i) totals[t.columns[i].key] = cell_json(t.totals[i]);
    return {{"title", t.title},     {"as_of", t.info.as_of},   {"known_at", t.info.known_at ? json(*t.info.known_at) : json(nullptr)},
            {"columns", columns}, {"rows", rows}, {"totals", totals}};
}

void write_report_csv(const ReportTable& t, CsvDialect dialect, const std::function<void(std::string_view)>& write) {
    bool excel = dialect == CsvDialect::excel_ru;
    char separator = excel ? ';' : ',';
    char decimal_mark = excel ? ',' : '.';
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) out += separator;
            out += csv_field(cells[i], separator);
        }
        out += "\r\n";
        write(out);
    };
    if (excel) {
        write("\xEF\xBB\xBF");  // a BOM, so that Excel reads UTF-8
        // For people: the title lines, then an empty line, then the table.
        for (auto& text : title_lines(t.title, t.info)) line({text});
        line({});
    }
    std::vector<std::string> header;
    for (auto& c : t.columns) header.push_back(c.title);
    line(header);
    auto row_text = [&](const std::vector<ReportCell>& r) {
        std::vector<std::string> cells;
        for (std::size_t i = 0; i < t.columns.size(); ++i) cells.push_back(cell_text(r[i], t.columns[i].kind, decimal_mark));
        line(cells);
    };
    for (auto& r : t.rows) row_text(r);
    row_text(t.totals);
}

std::string report_csv(const ReportTable& t, CsvDialect dialect) {
    std::string out;
    write_report_csv(t, dialect, [&](std::string_view chunk) { out.append(chunk); });
    return out;
}

namespace {
// The cell formats of the workbook: the header row, numbers, the totals row, the title.
struct Formats {
    lxw_format *header, *integer, *decimal, *total_text, *total_int, *total_dec, *title;
};
Formats make_formats(lxw_workbook* wb) {
    Formats f{};
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(f.header, 0xDDEBF7);
    format_set_border(f.header, LXW_BORDER_THIN);
    f.integer = workbook_add_format(wb);
    format_set_num_format(f.integer, "0");
    f.decimal = workbook_add_format(wb);
    format_set_num_format(f.decimal, "0.0");
    f.total_text = workbook_add_format(wb);
    format_set_bold(f.total_text);
    f.total_int = workbook_add_format(wb);
    format_set_bold(f.total_int);
    format_set_num_format(f.total_int, "0");
    f.total_dec = workbook_add_format(wb);
    format_set_bold(f.total_dec);
    format_set_num_format(f.total_dec, "0.0");
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 13);
    return f;
}

void write_workbook(const ReportTable& t, const std::string& path, const std::string& tmpdir) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = const_cast<char*>(tmpdir.c_str());
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
    if (!wb) throw std::runtime_error("cannot create the workbook");
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Отчёт");
    const auto [header, integer, decimal, total_text, total_int, total_dec, title] = make_formats(wb);

    // The title lines above the table (the as-of date, the campaign, who exported it), an
    // empty row, then the header row.
    auto lines = title_lines(t.title, t.info);
    for (std::size_t i = 0; i < lines.size(); ++i)
        worksheet_write_string(ws, lxw_row_t(i), 0, lines[i].c_str(), i == 0 ? title : nullptr);
    const auto head = lxw_row_t(lines.size() + 1);
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        worksheet_write_string(ws, head, lxw_col_t(c), t.columns[c].title.c_str(), header);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), c == 0 ? 50 : 16, nullptr);
    }
    worksheet_set_row(ws, head, 60, nullptr);
    auto write_row = [&](lxw_row_t r, const std::vector<ReportCell>& cells, bool total) {
        for (std::size_t c = 0; c < t.columns.size() && c < cells.size(); ++c) {
            auto kind = t.columns[c].kind;
            const auto& cell = cells[c];
            if (auto* s = std::get_if<std::string>(&cell)) {
                worksheet_write_string(ws, r, lxw_col_t(c), s->c_str(), total ? total_text : nullptr);
            } else if (auto* d = std::get_if<double>(&cell)) {
                bool whole = kind == Kind::integer || kind == Kind::yes_no;
                worksheet_write_number(ws, r, lxw_col_t(c), *d,
                                       total ? (whole ? total_int : total_dec) : (whole ? integer : decimal));
            } else if (auto* b = std::get_if<bool>(&cell)) {
                worksheet_write_string(ws, r, lxw_col_t(c), *b ? "Да" : "Нет", total ? total_text : nullptr);
            }
        }
    };
    lxw_row_t r = head + 1;
    for (auto& row : t.rows) write_row(r++, row, false);
    write_row(r, t.totals, true);
    worksheet_freeze_panes(ws, head + 1, 1);
    worksheet_autofilter(ws, head, 0, r - 1, lxw_col_t(t.columns.size() - 1));
    if (workbook_close(wb) != LXW_NO_ERROR) {
        std::remove(path.c_str());
        throw std::runtime_error("cannot write the workbook");
    }
}
}  // namespace

XlsxFile::XlsxFile(const ReportTable& t) {
    thread_local std::mt19937_64 rng{std::random_device{}()};
    // The workbook and libxlsxwriter's own scratch files go to TMPDIR (/tmp by default).
    std::string tmpdir = std::filesystem::temp_directory_path().string();
    auto path = tmpdir + "/nastavnik-report-" + std::to_string(rng()) + ".xlsx";
    write_workbook(t, path, tmpdir);
    in_.open(path, std::ios::binary);
    std::remove(path.c_str());
    if (!in_) throw std::runtime_error("cannot read the workbook back");
}

void XlsxFile::write_to(const std::function<void(std::string_view)>& write) {
    std::string buf(64 * 1024, '\0');
    while (in_) {
        in_.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        auto n = in_.gcount();
        if (n > 0) write(std::string_view(buf.data(), static_cast<std::size_t>(n)));
    }
}

std::string report_xlsx(const ReportTable& t) {
    XlsxFile file(t);
    std::string bytes;
    file.write_to([&](std::string_view chunk) { bytes.append(chunk); });
    return bytes;
}

}  // namespace api
