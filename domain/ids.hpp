#pragma once
// Identifiers that say what they name. Every record's id is a UUID kept as its text; the
// type says whose: a DistrictId cannot be passed where an OrganizationId is expected, nor a
// bare string where either is. Ids are made in two places only: the API edge, after the
// path or body has been checked to hold a UUID (api/http/query.hpp, api/json/json_io.hpp),
// and persistence, from the rows it reads. `str()` gives the text back for SQL parameters and
// JSON.
#include <compare>
#include <functional>
#include <string>
#include <utility>

namespace domain {

template <class Tag>
class Id {
public:
    Id() = default;
    explicit Id(std::string text) : text_(std::move(text)) {}

    [[nodiscard]] const std::string& str() const { return text_; }
    [[nodiscard]] bool empty() const { return text_.empty(); }

    friend bool operator==(const Id&, const Id&) = default;
    friend auto operator<=>(const Id&, const Id&) = default;

private:
    std::string text_;
};

using RegionId = Id<struct RegionTag>;
using DistrictId = Id<struct DistrictTag>;
using OrganizationId = Id<struct OrganizationTag>;
using UserId = Id<struct UserTag>;
using ApiKeyId = Id<struct ApiKeyTag>;
using RoadmapId = Id<struct RoadmapTag>;
using SectionId = Id<struct SectionTag>;
using ItemId = Id<struct ItemTag>;
using OccurrenceId = Id<struct OccurrenceTag>;
using TemplateId = Id<struct TemplateTag>;
using CampaignId = Id<struct CampaignTag>;
using ReportId = Id<struct ReportTag>;
using PersonId = Id<struct PersonTag>;
using ProgramId = Id<struct ProgramTag>;
using PairId = Id<struct PairTag>;

}  // namespace domain

template <class Tag>
struct std::hash<domain::Id<Tag>> {
    std::size_t operator()(const domain::Id<Tag>& id) const noexcept { return std::hash<std::string>{}(id.str()); }
};
