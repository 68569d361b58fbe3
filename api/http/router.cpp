#include <algorithm>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "api/http/http.hpp"

namespace api {
namespace {

std::vector<std::string> split_path(std::string_view path) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '/') {
            ++i;
            continue;
        }
        auto j = path.find('/', i);
        if (j == std::string_view::npos) j = path.size();
        out.emplace_back(path.substr(i, j - i));
        i = j;
    }
    return out;
}

}  // namespace

std::optional<std::string> Request::header(std::string_view lower_name) const {
    for (auto& [k, v] : headers)
        if (k == lower_name) return v;
    return std::nullopt;
}

const std::string& Request::param(const std::string& name) const {
    auto it = params.find(name);
    if (it == params.end()) throw std::logic_error("route has no parameter " + name);
    return it->second;
}

std::optional<std::string> Request::query_param(const std::string& name) const {
    auto it = query.find(name);
    if (it == query.end()) return std::nullopt;
    return it->second;
}

Response Response::json(int status, const nlohmann::json& body) {
    Response r;
    r.status = status;
    r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return r;
}

Response Response::no_content() {
    Response r;
    r.status = 204;
    r.content_type.clear();
    return r;
}

void Router::add(std::string method, std::string path_template, Handler handler) {
    auto segments = split_path(path_template);
    bool needs = path_template.rfind("/api/v1/", 0) == 0;
    routes_.push_back({std::move(method), std::move(path_template), std::move(segments), std::move(handler), needs});
}

void Router::add_public(std::string method, std::string path_template, Handler handler) {
    auto segments = split_path(path_template);
    routes_.push_back({std::move(method), std::move(path_template), std::move(segments), std::move(handler), false});
}

Router::Match Router::match(std::string_view method, std::string_view path) const {
    Match m;
    auto segments = split_path(path);
    for (const auto& r : routes_) {
        if (r.segments.size() != segments.size()) continue;
        std::map<std::string, std::string> params;
        bool ok = true;
        for (std::size_t i = 0; i < segments.size() && ok; ++i) {
            const auto& t = r.segments[i];
            if (t.size() > 2 && t.front() == '{' && t.back() == '}') {
                params[t.substr(1, t.size() - 2)] = percent_decode(segments[i]);
            } else {
                ok = t == segments[i];
            }
        }
        if (!ok) continue;
        if (r.method == method) {
            m.handler = &r.handler;
            m.needs_credential = r.needs_credential;
            m.route = r.path_template;
            m.params = std::move(params);
            m.allowed.clear();
            return m;
        }
        if (std::find(m.allowed.begin(), m.allowed.end(), r.method) == m.allowed.end()) m.allowed.push_back(r.method);
        m.route = r.path_template;
    }
    if (m.allowed.empty() && fallback_ && method == "GET") {
        m.handler = &fallback_;
        m.route = "web";
    }
    return m;
}

std::vector<Router::RouteInfo> Router::routes() const {
    std::vector<RouteInfo> out;
    for (auto& r : routes_) out.push_back({r.method, r.path_template});
    return out;
}

std::map<std::string, std::string> parse_query(std::string_view q) {
    std::map<std::string, std::string> out;
    while (!q.empty()) {
        auto amp = q.find('&');
        auto pair = q.substr(0, amp);
        if (!pair.empty()) {
            auto eq = pair.find('=');
            auto key = percent_decode(pair.substr(0, eq), true);
            out[key] = eq == std::string_view::npos ? std::string() : percent_decode(pair.substr(eq + 1), true);
        }
        q = amp == std::string_view::npos ? std::string_view{} : q.substr(amp + 1);
    }
    return out;
}

}  // namespace api
