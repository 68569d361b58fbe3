// libFuzzer target: the query string and the parameters read from it — percent_decode,
// parse_query, ?limit=&cursor= (page_request), closed sets (query_choice), the Link to the
// next page (page_response), dates (Date::parse_iso) and instants (Instant::parse_rfc3339)
// as ?as_of=, ?period=, ?known_at= read them.
// Invariants: only domain::Error bad_request comes out; a limit read is 1..200; the next
// page's Link carries every parameter back unchanged with the new cursor; a date or an
// instant read writes back to text that reads as the same value.
#include <cstddef>
#include <cstdint>

#include "api/json/json_io.hpp"
#include "domain/date.hpp"
#include "domain/instant.hpp"
#include "domain/paging.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {
std::optional<int> parse_colour(std::string_view s) {
    if (s == "red") return 1;
    if (s == "green") return 2;
    return std::nullopt;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using domain::ErrorKind;
    const std::string_view q{reinterpret_cast<const char*>(data), size};

    // Decoding never grows the text; '+' is a space only in the query.
    auto plain = api::percent_decode(q), form = api::percent_decode(q, true);
    fuzz::check(plain.size() <= q.size() && form.size() == plain.size(), "percent_decode sizes");

    api::Request req;
    req.method = "GET";
    req.path = "/api/v1/districts/d/persons";
    req.query = api::parse_query(q);

    domain::PageRequest page;
    if (!fuzz::refused([&] { page = api::page_request(req); }, {ErrorKind::bad_request})) {
        fuzz::check(page.limit >= 1 && page.limit <= domain::PageRequest::max_limit, "limit out of 1..200");
        if (page.cursor) fuzz::check(!page.cursor->empty(), "empty cursor kept");
    }
    std::optional<int> colour;
    if (!fuzz::refused([&] { colour = api::query_choice<int>(req, "colour", parse_colour, "red, green"); },
                       {ErrorKind::bad_request}))
        fuzz::check(colour.has_value() == req.query.count("colour") > 0, "query_choice value");

    // The next page's link: the same parameters, the cursor replaced.
    const std::string next = req.query.count("next") ? req.query["next"] : std::string("c\xc3\xa9 &=+%/?");
    api::Response r = api::page_response(req, nlohmann::json::array(), next);
    std::string link;
    for (auto& [k, v] : r.headers)
        if (k == "Link") link = v;
    fuzz::check(link.size() > 2 && link.front() == '<', "no Link header", link);
    auto end = link.find('>');
    auto qs = link.substr(1, end - 1);
    qs = qs.substr(qs.find('?') + 1);
    auto back = api::parse_query(qs);
    auto expected = req.query;
    expected["cursor"] = next;
    fuzz::check(back == expected, "the Link does not carry the query back", link);
    fuzz::utf8(r.body, "page body");  // the answer's JSON is UTF-8 whatever the cursor holds

    for (auto& [k, v] : req.query) {
        if (auto d = domain::Date::parse_iso(v)) {
            fuzz::check(d->ok(), "parse_iso gave an impossible date", v);
            auto again = domain::Date::parse_iso(d->iso());
            fuzz::check(again && *again == *d, "date does not round-trip", v);
        }
        if (auto t = domain::Instant::parse_rfc3339(v)) {
            auto again = domain::Instant::parse_rfc3339(t->utc());
            fuzz::check(again && *again == *t, "instant does not round-trip", v);
        }
    }
    return 0;
}
