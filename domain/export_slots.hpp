#pragma once
// One export (the regional report as CSV or XLSX) of a district — or of a region — at a
// time, across every instance of the server: a port the HTTP layer asks (api/export_slot.hpp)
// and persistence implements with a PostgreSQL advisory lock (persistence/advisory_lock.hpp);
// the composition root (app/) joins the two.
#include <memory>
#include <string>

namespace domain {

class ExportSlots {
public:
    // A slot held while it lives; let go when it is destroyed.
    class Slot {
    public:
        virtual ~Slot() = default;
    };

    virtual ~ExportSlots() = default;
    // The slot of `scope` (e.g. "district <id>"), or nullptr when another export holds it
    // now. Never waits; throws domain::Error(unavailable) when it cannot be asked.
    virtual std::unique_ptr<Slot> try_take(const std::string& scope) = 0;
};

}  // namespace domain
