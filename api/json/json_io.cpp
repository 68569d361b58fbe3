#include "api/json/json_io.hpp"

#include <charconv>
#include <cmath>

#include "domain/text/percent.hpp"
#include "domain/validation.hpp"

namespace api {

nlohmann::json json_body(const Request& req) {
    auto ct = req.header("content-type").value_or("");
    auto semi = ct.find(';');
    std::string media = domain::trim(ct.substr(0, semi));
    for (auto& c : media) c = char(std::tolower(static_cast<unsigned char>(c)));
    bool is_json = media == "application/json" ||
                   (media.size() > 5 && media.rfind("application/", 0) == 0 && media.substr(media.size() - 5) == "+json");
    if (!is_json)
        throw domain::Error(domain::ErrorKind::unsupported_media, "unsupported-media-type",
                            "Send the body as application/json" +
                                (media.empty() ? std::string(" (no Content-Type was given).") : " (got " + media + ")."));
    // JSON is UTF-8 (RFC 8259): a charset parameter may only say so.
    for (std::size_t at = semi; at != std::string::npos;) {
        auto next = ct.find(';', at + 1);
        std::string param = domain::trim(ct.substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1));
        for (auto& c : param) c = char(std::tolower(static_cast<unsigned char>(c)));
        if (param.rfind("charset=", 0) == 0) {
            std::string charset = param.substr(8);
            if (charset.size() >= 2 && charset.front() == '"' && charset.back() == '"')
                charset = charset.substr(1, charset.size() - 2);
            if (charset != "utf-8" && charset != "utf8")
                throw domain::Error(domain::ErrorKind::unsupported_media, "unsupported-media-type",
                                    "Send the body as UTF-8 JSON (got charset " + charset + ").");
        }
        at = next;
    }
    if (!domain::is_valid_utf8(req.body))
        throw domain::bad_request("invalid-utf8", "The body is not valid UTF-8.");
    nlohmann::json j = parse_json_text(req.body);
    if (!j.is_object()) throw domain::validation_error({{"", "must be a JSON object"}});
    return j;
}

namespace {
struct TooDeep {};
struct DuplicateKey {
    std::string key;
};
}  // namespace

nlohmann::json parse_json_text(std::string_view text) {
    // nlohmann's parser is iterative, but what is built from its result (dump, copies,
    // comparisons) recurses: the depth is refused while parsing, before any of that runs.
    // A key given twice in one object is refused too: readers disagree on which one wins.
    std::vector<std::set<std::string>> keys;  // the keys seen in each open object
    auto check = [&keys](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        using E = nlohmann::json::parse_event_t;
        if ((event == E::object_start || event == E::array_start) && depth >= max_json_depth) throw TooDeep{};
        if (event == E::object_start) keys.emplace_back();
        if (event == E::object_end && !keys.empty()) keys.pop_back();
        if (event == E::key && !keys.empty() && !keys.back().insert(parsed.get<std::string>()).second)
            throw DuplicateKey{parsed.get<std::string>()};
        return true;
    };
    try {
        return nlohmann::json::parse(text.begin(), text.end(), check);
    } catch (const DuplicateKey& d) {
        throw domain::bad_request("duplicate-key", d.key.size() <= 64 && domain::is_valid_utf8(d.key)
                                                       ? "The body gives the key '" + d.key + "' twice in one object."
                                                       : std::string("The body gives a key twice in one object."));
    } catch (const TooDeep&) {
        throw domain::bad_request("json-too-deep", "The body nests arrays and objects more than " +
                                                       std::to_string(max_json_depth) + " levels deep.");
    } catch (const nlohmann::json::parse_error& e) {
        throw domain::bad_request("malformed-json", "The body is not well-formed JSON (at byte " +
                                                        std::to_string(e.byte) + ").");
    } catch (const nlohmann::json::out_of_range&) {
        // 406: a number outside the range of a double (1e400, -1e309).
        throw domain::bad_request("number-out-of-range",
                                  "The body has a number outside the range of a double-precision value.");
    } catch (const nlohmann::json::exception&) {
        throw domain::bad_request("malformed-json", "The body is not well-formed JSON.");
    }
}

Fields::Fields(const nlohmann::json& object, std::string prefix, std::vector<domain::FieldError>& errors,
               std::initializer_list<const char*> read_only, std::initializer_list<const char*> ignored)
    : object_(object), prefix_(std::move(prefix)), errors_(errors) {
    for (auto* r : read_only) read_only_.insert(r);
    for (auto* r : ignored) ignored_.insert(r);
}

const nlohmann::json* Fields::find(const char* name) {
    seen_.insert(name);
    if (!object_.is_object()) return nullptr;
    auto it = object_.find(name);
    return it == object_.end() ? nullptr : &*it;
}

bool Fields::is_null(const char* name) const {
    if (!object_.is_object()) return false;
    auto it = object_.find(name);
    return it != object_.end() && it->is_null();
}

void Fields::fail(const std::string& name, std::string message) { errors_.push_back({pointer(name), std::move(message)}); }

std::optional<std::string> Fields::text(const char* name, bool required) {
    const nlohmann::json* v = find(name);
    if (!v) {
        if (required) fail(name, "is required");
        return std::nullopt;
    }
    if (v->is_null()) {
        fail(name, required ? "is required" : "must not be null");
        return std::nullopt;
    }
    if (!v->is_string()) {
        fail(name, "must be a string");
        return std::nullopt;
    }
    auto s = v->get<std::string>();
    if (s.find('\0') != std::string::npos) {
        fail(name, "must not contain NUL characters");
        return std::nullopt;
    }
    return s;
}

std::optional<std::optional<std::string>> Fields::nullable_text(const char* name) {
    const nlohmann::json* v = find(name);
    if (!v) return std::nullopt;
    if (v->is_null()) return std::optional<std::string>{};
    if (!v->is_string()) {
        fail(name, "must be a string or null");
        return std::nullopt;
    }
    auto s = v->get<std::string>();
    if (s.find('\0') != std::string::npos) {
        fail(name, "must not contain NUL characters");
        return std::nullopt;
    }
    return std::optional<std::string>{std::move(s)};
}

std::optional<std::vector<std::string>> Fields::text_list(const char* name, bool required) {
    const nlohmann::json* v = find(name);
    if (!v) {
        if (required) fail(name, "is required");
        return std::nullopt;
    }
    if (!v->is_array()) {
        fail(name, "must be an array of strings");
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const auto& x = (*v)[i];
        if (!x.is_string() || x.get<std::string>().find('\0') != std::string::npos) {
            fail(std::string(name) + "/" + std::to_string(i), "must be a string");
            continue;
        }
        out.push_back(x.get<std::string>());
    }
    return out;
}

namespace {
std::optional<int> as_int(const nlohmann::json& v, int min, int max) {
    if (v.is_number_integer()) {
        auto n = v.get<long long>();
        if (n < min || n > max) return std::nullopt;
        return int(n);
    }
    if (v.is_number_float()) {
        double d = v.get<double>();
        if (d != std::floor(d) || d < min || d > max) return std::nullopt;
        return int(d);
    }
    return std::nullopt;
}
}  // namespace

std::optional<int> Fields::integer(const char* name, bool required, int min, int max) {
    const nlohmann::json* v = find(name);
    if (!v || v->is_null()) {
        if (required || (v && v->is_null())) fail(name, required ? "is required" : "must not be null");
        return std::nullopt;
    }
    auto n = as_int(*v, min, max);
    if (!n) fail(name, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return n;
}

std::optional<std::optional<int>> Fields::nullable_integer(const char* name, int min, int max) {
    const nlohmann::json* v = find(name);
    if (!v) return std::nullopt;
    if (v->is_null()) return std::optional<int>{};
    auto n = as_int(*v, min, max);
    if (!n) {
        fail(name, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) + ", or null");
        return std::nullopt;
    }
    return std::optional<int>{*n};
}

std::optional<bool> Fields::boolean(const char* name) {
    const nlohmann::json* v = find(name);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) {
        fail(name, "must be true or false");
        return std::nullopt;
    }
    return v->get<bool>();
}

const nlohmann::json* Fields::object(const char* name, bool required, bool nullable) {
    const nlohmann::json* v = find(name);
    if (!v) {
        if (required) fail(name, "is required");
        return nullptr;
    }
    if (v->is_null()) {
        if (!nullable) fail(name, required ? "is required" : "must not be null");
        return nullptr;
    }
    if (!v->is_object()) {
        fail(name, nullable ? "must be an object or null" : "must be an object");
        return nullptr;
    }
    return v;
}

const nlohmann::json* Fields::array(const char* name, bool required) {
    const nlohmann::json* v = find(name);
    if (!v) {
        if (required) fail(name, "is required");
        return nullptr;
    }
    if (!v->is_array()) {
        fail(name, "must be an array");
        return nullptr;
    }
    return v;
}

void Fields::finish() {
    if (!object_.is_object()) {
        errors_.push_back({prefix_, "must be a JSON object"});
        return;
    }
    for (auto& [key, value] : object_.items()) {
        if (ignored_.count(key)) continue;
        if (read_only_.count(key))
            errors_.push_back({pointer(key), "is read-only"});
        else if (!seen_.count(key))
            errors_.push_back({pointer(key), "is not a field of this resource"});
    }
}

void throw_if_any(std::vector<domain::FieldError>& errors, const std::string& detail) {
    if (!errors.empty()) throw domain::validation_error(std::move(errors), detail);
}

domain::ExpectedVersion require_if_match(const Request& req) {
    auto h = req.header("if-match");
    if (!h)
        throw domain::Error(domain::ErrorKind::precondition_required, "if-match-required",
                            "Send If-Match with the ETag you last read, so that no one's change is lost.");
    std::string v = domain::trim(*h);
    if (v == "*") return {};
    if (v.rfind("W/", 0) == 0) v = v.substr(2);
    if (v.size() >= 3 && v.front() == '"' && v.back() == '"') {
        int n = 0;
        auto inner = std::string_view(v).substr(1, v.size() - 2);
        auto [p, ec] = std::from_chars(inner.data(), inner.data() + inner.size(), n);
        if (ec == std::errc() && p == inner.data() + inner.size()) return {n};
    }
    throw domain::Error(domain::ErrorKind::precondition_failed, "stale",
                        "If-Match does not name a current version; fetch the resource again.");
}

std::optional<domain::ExpectedVersion> optional_if_match(const Request& req) {
    if (!req.header("if-match")) return std::nullopt;
    return require_if_match(req);
}

std::string etag(int version) { return "\"" + std::to_string(version) + "\""; }

domain::PageRequest page_request(const Request& req) {
    domain::PageRequest p;
    if (auto n = query_int(req, "limit", 1, domain::PageRequest::max_limit)) p.limit = *n;
    p.cursor = query_cursor(req);
    return p;
}

Response page_response(const Request& req, nlohmann::json items, const std::optional<std::string>& next_cursor) {
    nlohmann::json body = {{"items", std::move(items)}, {"next_cursor", nullptr}};
    auto r = Response::json(200, body);
    if (next_cursor) {
        body["next_cursor"] = *next_cursor;
        r = Response::json(200, body);
        std::string link = req.path + "?";
        for (auto& [k, v] : req.query)
            if (k != "cursor") link += domain::percent_encode(k) + "=" + domain::percent_encode(v) + "&";
        link += "cursor=" + domain::percent_encode(*next_cursor);
        r.with_header("Link", "<" + link + ">; rel=\"next\"");
    }
    return r;
}

const std::string& uuid_param(const Request& req, const std::string& name, const char* what) {
    const auto& v = req.param(name);
    if (!domain::is_uuid(v)) throw domain::not_found(what);
    return v;
}

}  // namespace api
