#pragma once
// Shared by the libFuzzer targets (tests/fuzz/*_fuzzer.cpp): invariant checks that abort
// with a message (libFuzzer then saves the input as a crash), and the one rule every
// parser of outside input follows — it returns, or throws domain::Error; nothing else.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <initializer_list>
#include <string>
#include <string_view>

#include "domain/errors.hpp"
#include "domain/validation.hpp"

namespace fuzz {

[[noreturn]] inline void fail(const char* what, std::string_view detail = {}) {
    std::fprintf(stderr, "fuzz invariant broken: %s %.*s\n", what, int(detail.size() > 400 ? 400 : detail.size()),
                 detail.data());
    std::abort();
}

inline void check(bool ok, const char* what, std::string_view detail = {}) {
    if (!ok) fail(what, detail);
}

inline void utf8(std::string_view s, const char* what) { check(domain::is_valid_utf8(s), what, s); }

// Runs `f`; a domain::Error of one of `kinds` is the contract's refusal and is returned
// (nullptr when `f` returned); any other exception breaks the contract and aborts.
template <class F>
const domain::Error* refused(F&& f, std::initializer_list<domain::ErrorKind> kinds) {
    static thread_local domain::Error last(domain::ErrorKind::bad_request, "", "");
    try {
        f();
        return nullptr;
    } catch (const domain::Error& e) {
        bool allowed = false;
        for (auto k : kinds) allowed = allowed || e.kind() == k;
        check(allowed, "domain::Error of an unexpected kind", e.slug());
        check(!e.slug().empty(), "domain::Error without a slug", e.what());
        utf8(e.what(), "error detail not valid UTF-8");
        for (auto& fe : e.fields()) {
            check(fe.pointer.empty() || fe.pointer.front() == '/', "field pointer not a JSON pointer", fe.pointer);
            check(!fe.message.empty(), "field error without a message", fe.pointer);
            utf8(fe.pointer, "field pointer not valid UTF-8");
        }
        last = e;
        return &last;
    } catch (const std::exception& e) {
        fail("exception other than domain::Error:", e.what());
    } catch (...) {
        fail("non-standard exception");
    }
}

}  // namespace fuzz
