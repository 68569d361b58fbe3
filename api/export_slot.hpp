#pragma once
// At most one export (the regional report as CSV or XLSX) of a district — or of a region —
// at a time, across every instance: a slot (domain/export_slots.hpp; a PostgreSQL advisory
// lock, persistence/advisory_lock.hpp) taken before the report is read and held until its
// last byte is sent. A second export
// meanwhile is refused with 429 `export-in-progress` and Retry-After; JSON reads are not
// exports and are never refused.
#include <memory>
#include <string>

#include "api/http/http.hpp"
#include "domain/export_slots.hpp"

namespace api {

// The slot for `scope` (e.g. "district <id>") when `format` is an export (csv, xlsx), else
// nothing; throws domain::Error(too_many_requests) when another export holds it.
std::shared_ptr<void> hold_export_slot(domain::ExportSlots& slots, const std::string& scope, const std::string& format);
// The response, keeping the slot until its body has been sent.
Response keep_while_sending(Response r, std::shared_ptr<void> slot);

}  // namespace api
