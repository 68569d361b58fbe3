#pragma once
// Binding named handlers to routes: a handler is a plain function of its resource's
// dependencies (a struct of references, copied into the route) and the request.
#include "api/http/http.hpp"

namespace api::routes {

template <class Deps>
using HandlerFn = Response (*)(const Deps&, Request&);

template <class Deps>
Handler bind(const Deps& deps, HandlerFn<Deps> handler) {
    return [deps, handler](Request& req) { return handler(deps, req); };
}

}  // namespace api::routes
