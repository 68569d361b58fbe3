#pragma once
// A streaming JSON writer: appends compact JSON straight into one std::string, with no tree in
// between (the hot computed answers, api/json/compliance_json.cpp). It writes exactly what
// nlohmann::json's dump(-1, ' ', false, error_handler_t::replace) writes for the same value:
// strings escaped the same way (invalid UTF-8 replaced by U+FFFD), integers plain, doubles in
// the shortest round-trip form laid out as nlohmann lays them out (100.0, 0.5, 1e+16), NaN
// and infinities as null. It puts the commas; the caller keeps the structure right and writes
// an object's keys in std::map order (byte-wise sorted) when the text must equal nlohmann's.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace api {

class JsonWriter {
public:
    explicit JsonWriter(std::size_t reserve = 0) { out_.reserve(reserve); }

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view k);

    JsonWriter& string(std::string_view s);
    JsonWriter& string(const std::string& s) { return string(std::string_view(s)); }
    JsonWriter& string(const char* s) { return string(std::string_view(s)); }
    JsonWriter& number(int v) { return number(static_cast<std::int64_t>(v)); }
    JsonWriter& number(std::int64_t v);
    JsonWriter& number(double v);
    JsonWriter& boolean(bool v);
    JsonWriter& null();
    // The value, or null when absent.
    JsonWriter& string(const std::optional<std::string>& s) { return s ? string(*s) : null(); }
    JsonWriter& number(const std::optional<double>& v) { return v ? number(*v) : null(); }
    JsonWriter& boolean(const std::optional<bool>& v) { return v ? boolean(*v) : null(); }

    [[nodiscard]] const std::string& str() const { return out_; }
    [[nodiscard]] std::string take() { return std::move(out_); }

    // s as a JSON string's content (no quotes) appended to out: the escaping described above.
    static void append_escaped(std::string& out, std::string_view s);
    // v as nlohmann writes a double.
    static void append_double(std::string& out, double v);

private:
    void separate() {
        if (comma_) out_ += ',';
    }
    std::string out_;
    bool comma_ = false;  // a value was written at this level: the next one needs a comma
};

}  // namespace api
