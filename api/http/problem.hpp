#pragma once
// RFC 9457 problem details, and the one table that maps error kinds to statuses.
#include <exception>
#include <string>
#include <vector>

#include "api/http/http.hpp"
#include "domain/errors.hpp"

namespace api {

Response problem(int status, const std::string& slug, const std::string& detail, const Request& req,
                 const std::vector<domain::FieldError>& fields = {});

// The status for a domain error kind.
int status_for(domain::ErrorKind kind);

// Turns whatever a handler threw into a problem response. Unknown exceptions become a
// 500 that says only "internal error"; their message goes to the log with the request id.
Response problem_from_exception(std::exception_ptr error, const Request& req);

}  // namespace api
