// libFuzzer target: page cursors from the query string (persistence/cursor.hpp).
// Invariants: a cursor we did not make is domain::Error bad_request (bad-cursor), nothing
// else; a decoded cursor has a UUID id and a UTF-8 key and encodes back to a cursor that
// decodes to the same pair; number cursors round-trip too.
#include <cstddef>
#include <cstdint>

#include "persistence/cursor.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using domain::ErrorKind;
    const std::string_view text{reinterpret_cast<const char*>(data), size};

    std::pair<std::string, std::string> kv;
    if (!fuzz::refused([&] { kv = persistence::decode_cursor(text); }, {ErrorKind::bad_request})) {
        fuzz::check(domain::is_uuid(kv.second), "decoded cursor id not a UUID", kv.second);
        fuzz::utf8(kv.first, "decoded cursor key");
        auto again = persistence::decode_cursor(persistence::encode_cursor(kv.first, kv.second));
        fuzz::check(again == kv, "cursor does not round-trip");
    }
    long long n = -1;
    if (!fuzz::refused([&] { n = persistence::decode_number_cursor(text); }, {ErrorKind::bad_request})) {
        fuzz::check(n >= 0, "negative number cursor");
        fuzz::check(persistence::decode_number_cursor(persistence::encode_number_cursor(n)) == n,
                    "number cursor does not round-trip");
    }
    // Whatever key a page ends on, its cursor decodes back to it.
    if (domain::is_valid_utf8(text) && text.find('\x1f') == std::string_view::npos) {
        const std::string id = "0b7c6f4e-3f1a-4c2b-9d5e-8a1b2c3d4e5f";
        auto c = persistence::encode_cursor(text, id);
        if (c.size() <= 4096) {
            auto back = persistence::decode_cursor(c);
            fuzz::check(back.first == text && back.second == id, "encoded cursor does not decode to its key");
        }
    }
    return 0;
}
