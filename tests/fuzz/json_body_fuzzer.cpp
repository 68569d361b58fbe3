// libFuzzer target: a request body read the way the routes read it — Content-Type check,
// UTF-8, parse_json_text (depth, duplicate keys, number range), then the field readers of
// the main resources (api/json/json_io.hpp Fields, api/json/roadmap_json.hpp, api/json/monitoring_json.hpp).
// Byte 0 chooses the reader, byte 1 the Content-Type; the rest is the body.
// Invariants: only domain::Error (400/415/422) comes out; its problem+json answer is a
// 4xx with a well-formed UTF-8 JSON body; every text read is valid UTF-8 without NUL.
#include <cstddef>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "api/json/json_io.hpp"
#include "api/json/monitoring_json.hpp"
#include "api/http/problem.hpp"
#include "api/json/roadmap_json.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

using nlohmann::json;
using domain::ErrorKind;

const char* const kContentTypes[] = {"application/json", "application/json; charset=utf-8",
                                     "application/merge-patch+json", "Application/JSON; charset=\"UTF-8\"",
                                     "application/json; charset=iso-8859-1", "text/plain", ""};

void text_ok(const std::string& s) {
    fuzz::utf8(s, "text field not valid UTF-8");
    fuzz::check(s.find('\0') == std::string::npos, "text field with NUL", s);
}
void text_ok(const std::optional<std::string>& s) {
    if (s) text_ok(*s);
}

// Every reader of Fields on every key the body has, as a resource with unknown shape would.
void generic(const json& body, std::vector<domain::FieldError>& errors) {
    std::vector<std::string> keys;
    for (auto& [k, v] : body.items()) keys.push_back(k);
    api::Fields f(body, "", errors, {"id", "version", "created_at"}, {"ignored"});
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const char* k = keys[i].c_str();
        switch (i % 8) {
            case 0: text_ok(f.text(k, true)); break;
            case 1: if (auto t = f.nullable_text(k)) text_ok(*t); break;
            case 2: if (auto l = f.text_list(k, false)) for (auto& s : *l) text_ok(s); break;
            case 3: if (auto n = f.integer(k, false, -5, 1000)) fuzz::check(*n >= -5 && *n <= 1000, "integer out of range"); break;
            case 4: if (auto n = f.nullable_integer(k, 0, 10); n && *n) fuzz::check(**n >= 0 && **n <= 10, "nullable integer out of range"); break;
            case 5: f.boolean(k); break;
            case 6: if (auto* o = f.object(k, false, true)) fuzz::check(o->is_object(), "object() not an object"); break;
            case 7: if (auto* a = f.array(k, false)) fuzz::check(a->is_array(), "array() not an array"); break;
        }
    }
    f.finish();
}

// The organisation and user bodies (their readers live inside the handlers): the same
// Fields calls with the same names.
void organisation(const json& body, std::vector<domain::FieldError>& errors) {
    api::Fields f(body, "", errors, {"id", "version", "created_at", "updated_at", "district_id", "status"});
    text_ok(f.text("name", true));
    text_ok(f.text("short_name", false));
    text_ok(f.text("inn", false));
    text_ok(f.text("kind", false));
    if (auto t = f.nullable_text("address")) text_ok(*t);
    f.finish();
}
void user(const json& body, std::vector<domain::FieldError>& errors) {
    api::Fields f(body, "", errors, {"id", "version", "created_at", "updated_at", "district_id", "region_id", "status"});
    text_ok(f.text("login", true));
    text_ok(f.text("password", true));
    text_ok(f.text("full_name", true));
    text_ok(f.text("role", true));
    if (auto t = f.nullable_text("organization_id")) text_ok(*t);
    f.finish();
}

void item_ok(const domain::ItemInput& i) {
    for (auto* s : {&i.number, &i.title, &i.deadline_text, &i.responsible, &i.expected_result, &i.indicators, &i.notes})
        text_ok(*s);
    for (auto& u : i.responsible_user_ids) text_ok(u.str());
}

void person_ok(const domain::PersonInput& p) {
    text_ok(p.full_name);
    text_ok(p.external_id);
}

void read(int which, const json& body, std::vector<domain::FieldError>& errors) {
    namespace mj = api::monitoring;
    switch (which) {
        case 0: generic(body, errors); break;
        case 1: organisation(body, errors); break;
        case 2: user(body, errors); break;
        case 3: item_ok(api::read_item(body, "", errors)); break;
        case 4: {
            auto s = api::read_section(body, "", errors);
            text_ok(s.number), text_ok(s.title), text_ok(s.description);
            for (auto& i : s.items) item_ok(i);
            break;
        }
        case 5: {
            api::FieldReader f(body);
            if (auto p = api::read_period(f, body, "period", true))
                fuzz::check(p->start.ok() && p->end.ok(), "period with an impossible date");
            text_ok(f.text("title", false));
            f.finish();
            break;
        }
        case 6: person_ok(mj::read_person(body, "", errors)); break;
        case 7: mj::read_person_patch(body, errors); break;
        case 8: mj::read_program(body, errors); break;
        case 9: mj::read_program_patch(body, errors); break;
        case 10: mj::read_pair(body, errors); break;
        case 11: mj::read_pair_patch(body, errors); break;
        case 12: mj::read_campaign(body, errors); break;
        case 13: mj::read_campaign_patch(body, errors); break;
        case 14: {
            auto values = mj::read_values(body, errors);
            for (auto& [k, v] : values) text_ok(k);
            (void)mj::values_json(values).dump();  // what is read can be written back
            break;
        }
        case 15: {  // persons bulk: {"items": [person, …]}
            api::Fields f(body, "", errors);
            if (auto* items = f.array("items", true))
                for (std::size_t i = 0; i < items->size(); ++i)
                    person_ok(mj::read_person((*items)[i], "/items/" + std::to_string(i), errors));
            f.finish();
            break;
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    api::Request req;
    req.method = "POST";
    req.path = "/api/v1/fuzz";
    req.request_id = "fuzz";
    const int which = data[0] % 16;
    const char* ct = kContentTypes[data[1] % (sizeof kContentTypes / sizeof *kContentTypes)];
    if (*ct) req.headers.emplace_back("content-type", ct);
    req.body.assign(reinterpret_cast<const char*>(data + 2), size - 2);

    std::exception_ptr error;
    const domain::Error* e = fuzz::refused(
        [&] {
            try {
                json body = api::json_body(req);
                fuzz::check(body.is_object(), "json_body gave a non-object");
                // What was parsed dumps strictly (valid UTF-8 throughout).
                (void)body.dump();
                std::vector<domain::FieldError> errors;
                read(which, body, errors);
                api::throw_if_any(errors);
            } catch (...) {
                error = std::current_exception();
                throw;
            }
        },
        {ErrorKind::bad_request, ErrorKind::validation, ErrorKind::unsupported_media});
    if (e) {
        api::Response r = api::problem_from_exception(error, req);
        fuzz::check(r.status >= 400 && r.status < 500, "malformed input answered outside 4xx", r.body);
        fuzz::utf8(r.body, "problem body not valid UTF-8");
        auto parsed = json::parse(r.body, nullptr, false);
        fuzz::check(!parsed.is_discarded() && parsed.is_object(), "problem body not a JSON object", r.body);
    }
    return 0;
}
