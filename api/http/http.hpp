#pragma once
// The server's own request/response types: handlers see these, never Pistache.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "domain/access.hpp"
#include "domain/text/percent.hpp"

namespace api {

struct Request {
    std::string method;
    std::string path;   // percent-decoded
    std::string route;  // the matched template, e.g. /api/v1/districts/{d}
    std::map<std::string, std::string> params;  // path parameters
    std::map<std::string, std::string> query;   // percent-decoded; last one wins
    std::vector<std::pair<std::string, std::string>> headers;  // names lower-case
    std::string body;
    std::string request_id;
    std::string client_ip;
    // The authenticated caller: set by the server before any handler of a route that
    // needs a credential (every /api/v1 route but sign-in), from the credential alone.
    std::optional<domain::Actor> actor;

    [[nodiscard]] std::optional<std::string> header(std::string_view lower_name) const;
    [[nodiscard]] const std::string& param(const std::string& name) const;
    [[nodiscard]] std::optional<std::string> query_param(const std::string& name) const;
};

struct Response {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    // A body too large to hold: produced in chunks and sent with chunked transfer
    // encoding as it is produced (exports). Everything that can fail is done before.
    using ChunkWriter = std::function<void(std::string_view)>;
    std::function<void(const ChunkWriter&)> stream;
    std::size_t body_bytes = 0;  // of a streamed body, once sent

    static Response json(int status, const nlohmann::json& body);
    static Response no_content();
    Response& with_header(std::string name, std::string value) {
        headers.emplace_back(std::move(name), std::move(value));
        return *this;
    }
};

using Handler = std::function<Response(Request&)>;

// Path templates with {name} segments. The server matches a method and a path to a
// handler, or says 404 / 405 (with the methods the path allows).
class Router {
public:
    // A route; those under /api/v1 need a credential unless added with add_public.
    void add(std::string method, std::string path_template, Handler handler);
    void add_public(std::string method, std::string path_template, Handler handler);
    // The handler of a GET (or HEAD) whose path no route knows: the web app's files and its
    // index for the browser's own paths (api/handlers/web_handlers.cpp). Not a route of the contract.
    void set_fallback(Handler handler) { fallback_ = std::move(handler); }

    struct Match {
        const Handler* handler = nullptr;
        std::string route;
        std::map<std::string, std::string> params;
        std::vector<std::string> allowed;  // non-empty when the path exists but not the method
        bool needs_credential = false;
    };
    [[nodiscard]] Match match(std::string_view method, std::string_view path) const;

    struct RouteInfo {
        std::string method, path_template;
    };
    [[nodiscard]] std::vector<RouteInfo> routes() const;

private:
    struct Route {
        std::string method, path_template;
        std::vector<std::string> segments;
        Handler handler;
        bool needs_credential;
    };
    std::vector<Route> routes_;
    Handler fallback_;
};

// Percent-decoding is the domain's one (domain/text/percent.hpp), lenient: a bad escape stays as written.
using domain::percent_decode;
// Splits a query string into decoded pairs; last occurrence of a name wins.
std::map<std::string, std::string> parse_query(std::string_view query);

}  // namespace api
