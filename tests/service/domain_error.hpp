#pragma once
// What the service tests ask of a refused call: the domain::Error it threw, and whether one
// of its field errors names a JSON pointer.
#include <gtest/gtest.h>

#include "domain/errors.hpp"

namespace servicetest {

// The error a call throws; fails the test when it throws none.
template <class F>
domain::Error error_of(F&& f) {
    try {
        f();
    } catch (const domain::Error& e) {
        return e;
    }
    ADD_FAILURE() << "expected a domain::Error";
    return domain::Error(domain::ErrorKind::bad_request, "none", "no error was thrown");
}

inline bool names(const domain::Error& e, const std::string& pointer) {
    for (auto& f : e.fields())
        if (f.pointer == pointer) return true;
    return false;
}

}  // namespace servicetest
