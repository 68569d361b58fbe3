#include "api/http/request_parser.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace api {

using namespace Pistache;
using Http::Private::BodyStep;
using Http::Private::ParserBase;
using Http::Private::State;

namespace {

// Pistache keeps the parser's bytes, cursor and steps out of reach. An explicit
// instantiation may name private members (access checks do not apply to it), so the ones
// below hand out pointers to those members.
struct BufferTag {
    using type = ArrayStreamBuf<char> ParserBase::*;
    friend type member(BufferTag);
};
struct CursorTag {
    using type = StreamCursor ParserBase::*;
    friend type member(CursorTag);
};
struct StepsTag {
    using type = std::array<std::unique_ptr<Http::Private::Step>, ParserBase::StepsCount> ParserBase::*;
    friend type member(StepsTag);
};
struct CurrentStepTag {
    using type = std::size_t ParserBase::*;
    friend type member(CurrentStepTag);
};
struct BytesTag {
    using type = std::vector<char> ArrayStreamBuf<char>::*;
    friend type member(BytesTag);
};
template <typename Tag, typename Tag::type Member>
struct ExposeMember {
    friend typename Tag::type member(Tag) { return Member; }
};
template struct ExposeMember<BufferTag, &ParserBase::buffer>;
template struct ExposeMember<CursorTag, &ParserBase::cursor>;
template struct ExposeMember<StepsTag, &ParserBase::allSteps>;
template struct ExposeMember<CurrentStepTag, &ParserBase::currentStep>;
template struct ExposeMember<BytesTag, &ArrayStreamBuf<char>::bytes>;

ArrayStreamBuf<char>& buffer_of(Http::RequestParser& parser) { return parser.*member(BufferTag{}); }

// Where the parser's cursor stands, from the request's first byte.
std::size_t read_offset(Http::RequestParser& parser) {
    auto& b = buffer_of(parser);
    return static_cast<std::size_t>(b.curptr() - b.begptr());
}

std::string_view all_bytes(Http::RequestParser& parser) {
    auto& b = buffer_of(parser);
    return {b.begptr(), static_cast<std::size_t>(b.endptr() - b.begptr())};
}

FramingRefusal too_large(std::size_t max_body) {
    return {413, "The body is larger than the limit of " + std::to_string(max_body) + " bytes."};
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Before the body step: true when the body is chunked (to be held back until whole);
// throws when what the headers announce is over the limit or not plainly chunked.
bool chunked_body(const Http::Request& request, std::size_t max_body) {
    const auto& headers = request.headers();
    auto length = headers.tryGet<Http::Header::ContentLength>();
    auto coding = headers.tryGet<Http::Header::TransferEncoding>();
    if (length && coding) return false;  // Pistache refuses both (400)
    if (length) {
        // Pistache reads "abc" as 0 and "-1" as 2^64 - 1.
        auto raw = headers.tryGetRaw("Content-Length");
        std::string digits = raw ? raw->value() : std::string();
        while (!digits.empty() && (digits.back() == ' ' || digits.back() == '\t')) digits.pop_back();
        if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos)
            throw FramingRefusal(400, "Content-Length must be a decimal number.");
        if (length->value() > max_body) throw too_large(max_body);
        return false;
    }
    if (!coding || coding->encoding() != Http::Header::Encoding::Chunked) return false;  // no body, or a 501
    // Pistache takes a prefix of "chunked" ("ch", "chunk") for it; a proxy in front of the
    // server would not, and would frame the request otherwise.
    auto raw = headers.tryGetRaw("Transfer-Encoding");
    std::string value = raw ? raw->value() : std::string();
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.pop_back();
    std::transform(value.begin(), value.end(), value.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (value != "chunked") throw FramingRefusal(400, "Transfer-Encoding must be chunked.");
    return true;
}

}  // namespace

void ChunkedScan::start(std::size_t offset) {
    *this = ChunkedScan{};
    pos_ = offset;
}

// One state machine over the bytes received so far (size line, data, CRLF, trailer), kept
// whole on purpose (~65 lines): each state's step reads next to the others', and split into
// functions the position and the state would have to travel through every call.
bool ChunkedScan::read(std::string_view bytes, std::size_t max_body) {
    const char* const not_hex = "A chunk size is not a hexadecimal number.";
    const char* const no_crlf = "A chunk's data is not followed by CRLF.";
    const char* const bad_trailer = "The trailer section of a chunked body is not CRLF-terminated lines.";
    while (pos_ < bytes.size() && at_ != At::done) {
        const char c = bytes[pos_];
        switch (at_) {
            case At::size_first:
            case At::size:
                if (int d = hex_digit(c); d >= 0) {
                    // Refused at the digit that takes it over what the body has left.
                    chunk_ = chunk_ > (UINT64_MAX >> 4) ? UINT64_MAX : chunk_ * 16 + std::uint64_t(d);
                    if (chunk_ > max_body - total_) throw too_large(max_body);  // total_ <= max_body
                    at_ = At::size;
                } else if (c == '\r' && at_ == At::size) {
                    at_ = At::size_lf;
                } else {
                    throw FramingRefusal(400, not_hex);  // chunk extensions too: Pistache reads none
                }
                ++pos_;
                break;
            case At::size_lf:
                if (c != '\n') throw FramingRefusal(400, not_hex);
                ++pos_;
                if (chunk_ == 0) {
                    last_chunk_end_ = pos_;
                    at_ = At::trailer_start;
                } else {
                    total_ += chunk_;
                    at_ = At::data;
                }
                break;
            case At::data: {
                auto n = std::min<std::uint64_t>(chunk_, bytes.size() - pos_);
                pos_ += n;
                chunk_ -= n;
                if (chunk_ == 0) at_ = At::data_cr;
                break;
            }
            case At::data_cr:
            case At::data_lf:
                if (c != (at_ == At::data_cr ? '\r' : '\n')) throw FramingRefusal(400, no_crlf);
                at_ = at_ == At::data_cr ? At::data_lf : At::size_first;
                ++pos_;
                break;
            case At::trailer_start:
                at_ = c == '\r' ? At::final_lf : At::trailer;
                ++pos_;
                break;
            case At::trailer:
                if (c == '\r') at_ = At::trailer_lf;
                ++pos_;
                break;
            case At::trailer_lf:
            case At::final_lf:
                if (c != '\n') throw FramingRefusal(400, bad_trailer);
                at_ = at_ == At::final_lf ? At::done : At::trailer_start;
                ++pos_;
                break;
            case At::done:
                break;
        }
    }
    return at_ == At::done;
}

bool feed_request(Http::RequestParser& parser, const char* data, std::size_t len) {
    if (!parser.feed(data, len)) return false;
    auto& buffer = buffer_of(parser);
    auto& bytes = buffer.*member(BytesTag{});
    const auto read = read_offset(parser);
    bytes.push_back('\0');  // the NUL stays past the end; the buffer may have moved
    bytes.pop_back();
    buffer.setArea(bytes.data(), bytes.data() + read, bytes.data() + bytes.size());
    return true;
}

State parse_request(Http::RequestParser& parser, ChunkedScan& scan, std::size_t max_body) {
    auto& steps = parser.*member(StepsTag{});
    auto& current = parser.*member(CurrentStepTag{});
    auto& cursor = parser.*member(CursorTag{});
    for (;;) {
        auto* step = steps.at(current).get();
        bool chunked = false;
        if (step->id() == BodyStep::Id) {
            chunked = chunked_body(parser.request, max_body);
            if (chunked && !scan.read(all_bytes(parser), max_body)) return State::Again;
        }
        const State state = step->apply(cursor);
        if (state == State::Next) {
            ++current;
            if (steps.at(current)->id() == BodyStep::Id) scan.start(read_offset(parser));
            continue;
        }
        if (state == State::Done && chunked) {
            // Pistache stops after the last chunk's size line; the trailer section and the
            // final CRLF belong to this request too, not to the next one.
            auto at = read_offset(parser);
            if (at != scan.last_chunk_end())
                throw ParserDisagrees("Pistache ended a chunked body at byte " + std::to_string(at) +
                                      ", its last chunk ends at byte " + std::to_string(scan.last_chunk_end()));
            cursor.advance(scan.end() - at);
        }
        return state;
    }
}

std::string_view read_bytes(Http::RequestParser& parser) { return all_bytes(parser).substr(0, read_offset(parser)); }

std::string_view unread_bytes(Http::RequestParser& parser) { return all_bytes(parser).substr(read_offset(parser)); }

}  // namespace api
