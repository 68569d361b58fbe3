#pragma once
// Pistache 0.0.5's request parser, driven so that no size a client announces is trusted
// before the bytes are there (api/http/http_server.cpp's onInput, and tests/fuzz/http_request_fuzzer).
//
// Pistache reserves a body's announced size as soon as it reads it (a Content-Length, or a
// chunk size: std::string::reserve in BodyStep): 0xFFFFFFF0 asks for 64 GiB, 40000000 for
// 1 GiB held per connection until the body timeout. It reads a chunk size wherever the
// previous chunk's bytes end, whatever stands there, and a chunk whose CRLF is split between
// two reads makes it advance its cursor by (size_t)-1 — a worker thread spinning for good.
// So the body step runs only once the body is known to be sound: a Content-Length within
// the limit, or the whole chunked body present, its framing checked (RFC 9112 §7.1);
// Pistache then reads that body in one pass.
#include <pistache/http.h>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace api {

// A request refused by its framing before its body is read: 413 (a size over the limit)
// or 400 (not the chunked grammar). The detail is a sentence for the problem answer.
struct FramingRefusal : std::runtime_error {
    FramingRefusal(int status, const std::string& detail) : std::runtime_error(detail), status(status) {}
    int status;
};

// Pistache read a chunked body otherwise than ChunkedScan did: a fault here, never the
// client's (the server answers 400 and logs it; the fuzz target stops on it).
struct ParserDisagrees : std::logic_error {
    using std::logic_error::logic_error;
};

// The chunked body of the request being read, checked ahead of Pistache a byte at a time
// (each byte once, however the body is split into reads).
class ChunkedScan {
public:
    // The body begins at `offset` of the request's bytes.
    void start(std::size_t offset);
    // Reads `bytes` (the request from its first byte, as much as has come) on from where
    // the last call stopped. True once the whole body is there (the last chunk, trailer
    // fields, the final CRLF). Throws FramingRefusal: 413 as soon as a chunk size would
    // take the body past `max_body`, 400 when the bytes are not chunked framing.
    bool read(std::string_view bytes, std::size_t max_body);
    // Offsets in the request's bytes, once read() said true: after the last chunk's size
    // line ("0\r\n", where Pistache stops reading), and after the whole message.
    std::size_t last_chunk_end() const { return last_chunk_end_; }
    std::size_t end() const { return pos_; }

private:
    enum class At { size_first, size, size_lf, data, data_cr, data_lf, trailer_start, trailer, trailer_lf, final_lf, done };
    At at_ = At::size_first;
    std::size_t pos_ = 0, last_chunk_end_ = 0;
    std::uint64_t chunk_ = 0, total_ = 0;
};

// Appends `len` bytes to what `parser` holds, as Pistache's feed() does; false when that
// would pass the parser's limit (the server answers 413). Pistache looks one byte past what
// it holds when the last one is a CR (StreamCursor::eol() reads *(gptr + 1)): that byte is
// kept a NUL, inside the buffer, never what an earlier request left there (a phantom LF
// ended a header early, and it was read again, twice over, once its LF came).
bool feed_request(Pistache::Http::RequestParser& parser, const char* data, std::size_t len);

// Parses what `parser` holds as Pistache's ParserBase::parse() does, with the body step
// held back as above (`scan` is the connection's; it is restarted for each request's body).
// A body larger than `max_body`, by Content-Length or by its chunk sizes, is refused (413)
// before Pistache reserves anything. After Done the parser's cursor stands after the whole
// request (for a chunked one: after its trailer section), where a pipelined one begins.
// Throws FramingRefusal, and whatever Pistache's steps throw.
Pistache::Http::Private::State parse_request(Pistache::Http::RequestParser& parser, ChunkedScan& scan,
                                             std::size_t max_body);

// The bytes `parser` holds: read (the request so far, from its first byte) and not yet read.
std::string_view read_bytes(Pistache::Http::RequestParser& parser);
std::string_view unread_bytes(Pistache::Http::RequestParser& parser);

}  // namespace api
