#include "api/http/problem.hpp"

#include <nlohmann/json.hpp>

#include "api/http/log.hpp"
#include "api/http/problem_ru.hpp"

namespace api {
namespace {

const char* title_for(int status) {
    switch (status) {
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        case 408: return "Request Timeout";
        case 409: return "Conflict";
        case 412: return "Precondition Failed";
        case 413: return "Content Too Large";
        case 415: return "Unsupported Media Type";
        case 422: return "Unprocessable Content";
        case 428: return "Precondition Required";
        case 429: return "Too Many Requests";
        case 503: return "Service Unavailable";
        default: return "Internal Server Error";
    }
}

}  // namespace

int status_for(domain::ErrorKind kind) {
    using K = domain::ErrorKind;
    switch (kind) {
        case K::validation: return 422;
        case K::bad_request: return 400;
        case K::not_found: return 404;
        case K::conflict: return 409;
        case K::forbidden: return 403;
        case K::unauthorized: return 401;
        case K::precondition_failed: return 412;
        case K::precondition_required: return 428;
        case K::unsupported_media: return 415;
        case K::too_large: return 413;
        case K::too_many_requests: return 429;
        case K::unavailable: return 503;
    }
    return 500;
}

Response problem(int status, const std::string& slug, const std::string& detail, const Request& req,
                 const std::vector<domain::FieldError>& fields) {
    // English for machines by default; Russian for people who ask for it (Accept-Language: ru).
    // `type`, `status` and the pointers never change with the language.
    bool ru = problem_language(req.header("accept-language")) == Language::ru;
    nlohmann::json body = {
        {"type", "https://nastavnik.example/problems/" + slug},
        {"title", ru ? title_ru(status) : std::string(title_for(status))},
        {"status", status},
        {"detail", ru ? detail_ru(status, detail) : detail},
        {"instance", req.path},
        {"request_id", req.request_id},
    };
    if (!fields.empty()) {
        auto& errors = body["errors"] = nlohmann::json::array();
        for (auto& f : fields)
            errors.push_back({{"pointer", f.pointer}, {"message", ru ? message_ru(f.message) : f.message}});
    }
    auto r = Response::json(status, body);
    r.content_type = "application/problem+json";
    r.with_header("Content-Language", ru ? "ru" : "en");
    if (status == 503) r.with_header("Retry-After", "1");
    return r;
}

Response problem_from_exception(std::exception_ptr error, const Request& req) {
    try {
        std::rethrow_exception(error);
    } catch (const domain::Error& e) {
        auto r = problem(status_for(e.kind()), e.slug(), e.what(), req, e.fields());
        if (e.retry_after() > 0) {
            for (auto& [k, v] : r.headers)
                if (k == "Retry-After") v = std::to_string(e.retry_after());
            if (e.kind() != domain::ErrorKind::unavailable) r.with_header("Retry-After", std::to_string(e.retry_after()));
        }
        if (e.kind() == domain::ErrorKind::unauthorized) {
            // RFC 6750 §3.1: no error code when no credential was sent; invalid_request for
            // one sent the wrong way; invalid_token for one that is not (or no longer) good.
            std::string challenge = "Bearer realm=\"nastavnik\"";
            if (e.slug() == "credentials-in-query" || e.slug() == "credentials-malformed")
                challenge += ", error=\"invalid_request\"";
            else if (e.slug() != "credentials-missing")
                challenge += ", error=\"invalid_token\"";
            r.with_header("WWW-Authenticate", challenge);
        }
        return r;
    } catch (const std::exception& e) {
        log::error("unhandled error", {{"request_id", req.request_id}, {"route", req.route}, {"error", e.what()}});
    } catch (...) {
        log::error("unhandled non-standard exception", {{"request_id", req.request_id}, {"route", req.route}});
    }
    return problem(500, "internal", "internal error", req);
}

}  // namespace api
