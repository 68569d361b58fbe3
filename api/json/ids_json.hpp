#pragma once
// Ids (domain/ids.hpp) in JSON: written as their text (an absent optional one as null), so
// {"id", org.id} needs no .str().
#include <optional>

#include <nlohmann/json.hpp>

#include "domain/ids.hpp"

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
NLOHMANN_JSON_NAMESPACE_END
