#pragma once
// Ids (domain/ids.hpp) and stored times (domain/instant.hpp) in JSON: an id as its text, a time
// as UTC with milliseconds, an absent optional one as null; so {"id", org.id} needs no .str().
#include <optional>

#include <nlohmann/json.hpp>

#include "domain/ids.hpp"
#include "domain/instant.hpp"

NLOHMANN_JSON_NAMESPACE_BEGIN
template <class Tag>
struct adl_serializer<domain::Id<Tag>> {
    template <class BasicJson>
    static void to_json(BasicJson& j, const domain::Id<Tag>& id) {
        j = id.str();
    }
};
template <class Tag>
struct adl_serializer<std::optional<domain::Id<Tag>>> {  // null when absent
    template <class BasicJson>
    static void to_json(BasicJson& j, const std::optional<domain::Id<Tag>>& id) {
        if (id)
            j = id->str();
        else
            j = nullptr;
    }
};
// A stored time (created_at, submitted_at, …) as the database writes it: UTC with milliseconds.
template <>
struct adl_serializer<domain::Instant> {
    template <class BasicJson>
    static void to_json(BasicJson& j, const domain::Instant& t) {
        j = t.utc_millis();
    }
};
template <>
struct adl_serializer<std::optional<domain::Instant>> {  // null when absent
    template <class BasicJson>
    static void to_json(BasicJson& j, const std::optional<domain::Instant>& t) {
        if (t)
            j = t->utc_millis();
        else
            j = nullptr;
    }
};
NLOHMANN_JSON_NAMESPACE_END
