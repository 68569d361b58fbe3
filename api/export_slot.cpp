#include "api/export_slot.hpp"

#include "domain/errors.hpp"

namespace api {

std::shared_ptr<void> hold_export_slot(domain::ExportSlots& slots, const std::string& scope, const std::string& format) {
    if (format != "csv" && format != "xlsx") return nullptr;
    auto slot = slots.try_take(scope);
    if (!slot)
        throw domain::Error(domain::ErrorKind::too_many_requests, "export-in-progress",
                            "Another export of this report is being made right now; try again when it is done.")
            .retry_after(5);
    return std::shared_ptr<domain::ExportSlots::Slot>(std::move(slot));
}

Response keep_while_sending(Response r, std::shared_ptr<void> slot) {
    if (!slot || !r.stream) return r;
    r.stream = [stream = std::move(r.stream), slot = std::move(slot)](const Response::ChunkWriter& write) {
        stream(write);
    };
    return r;
}

}  // namespace api
