#include "domain/catalog.hpp"

#include <array>
#include <utility>

#include "domain/errors.hpp"
#include "domain/validation.hpp"

namespace domain {
namespace {

constexpr std::array<std::pair<OrganizationType, std::string_view>, 5> kTypes{{
    {OrganizationType::school, "school"},
    {OrganizationType::kindergarten, "kindergarten"},
    {OrganizationType::college, "college"},
    {OrganizationType::additional_education, "additional_education"},
    {OrganizationType::methodical_center, "methodical_center"},
}};

constexpr std::size_t kNameMax = 500;
constexpr std::size_t kCodeMax = 64;
constexpr std::size_t kAddressMax = 1000;

void check_code(Validator& v, std::string_view pointer, std::string& code) {
    v.text(pointer, code, kCodeMax);
    for (char c : code) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        if (!ok) return v.fail(pointer, "may hold only Latin letters, digits, '-', '_' and '.'");
    }
}

}  // namespace

std::string_view to_string(OrganizationType t) {
    for (auto& [k, s] : kTypes)
        if (k == t) return s;
    return "school";
}
std::string_view to_string(OrganizationStatus s) { return s == OrganizationStatus::active ? "active" : "closed"; }

std::optional<OrganizationType> parse_organization_type(std::string_view s) {
    for (auto& [k, name] : kTypes)
        if (name == s) return k;
    return std::nullopt;
}
std::optional<OrganizationStatus> parse_organization_status(std::string_view s) {
    if (s == "active") return OrganizationStatus::active;
    if (s == "closed") return OrganizationStatus::closed;
    return std::nullopt;
}

void RegionInput::validate() {
    Validator v;
    v.text("/name", name, kNameMax);
    check_code(v, "/code", code);
    v.throw_if_failed();
}
void RegionPatch::validate() {
    Validator v;
    if (name) v.text("/name", *name, kNameMax);
    if (code) check_code(v, "/code", *code);
    v.throw_if_failed();
}
void DistrictInput::validate() {
    Validator v;
    if (!is_uuid(region_id.str())) v.fail("/region_id", "must be a region id (UUID)");
    v.text("/name", name, kNameMax);
    check_code(v, "/code", code);
    v.throw_if_failed();
}
void DistrictPatch::validate() {
    Validator v;
    if (name) v.text("/name", *name, kNameMax);
    if (code) check_code(v, "/code", *code);
    v.throw_if_failed();
}
void OrganizationInput::validate() {
    Validator v;
    v.text("/name", name, kNameMax);
    v.optional_text("/short_name", short_name, kNameMax);
    v.optional_text("/address", address, kAddressMax);
    v.optional_text("/external_code", external_code, kCodeMax);
    v.throw_if_failed();
}
void OrganizationPatch::validate() {
    Validator v;
    if (name) v.text("/name", *name, kNameMax);
    if (short_name) v.optional_text("/short_name", *short_name, kNameMax);
    if (address) v.optional_text("/address", *address, kAddressMax);
    if (external_code) v.optional_text("/external_code", *external_code, kCodeMax);
    v.throw_if_failed();
}
void OrganizationPatch::apply_to(Organization& o) const {
    if (name) o.name = *name;
    if (short_name) o.short_name = *short_name;
    if (address) o.address = *address;
    if (external_code) o.external_code = *external_code;
    if (type) o.type = *type;
    if (status) o.status = *status;
}

Region CatalogService::create_region(RegionInput in) {
    in.validate();
    return repo_.create_region(in);
}
Region CatalogService::region(const RegionId& id) {
    if (auto r = repo_.find_region(id)) return *r;
    throw not_found("The region");
}
Region CatalogService::update_region(const RegionId& id, ExpectedVersion v, RegionPatch patch) {
    patch.validate();
    return repo_.update_region(id, v, patch);
}

District CatalogService::create_district(DistrictInput in) {
    in.validate();
    if (!repo_.find_region(in.region_id))
        throw validation_error({{"/region_id", "no such region"}});
    return repo_.create_district(in);
}
District CatalogService::district(const DistrictId& id) {
    if (auto d = repo_.find_district(id)) return *d;
    throw not_found("The district");
}
District CatalogService::update_district(const DistrictId& id, ExpectedVersion v, DistrictPatch patch) {
    patch.validate();
    return repo_.update_district(id, v, patch);
}

Organization CatalogService::create_organization(const DistrictId& district_id, OrganizationInput in) {
    in.validate();
    return repo_.create_organization(district_id, in);
}
Organization CatalogService::organization(const DistrictId& district_id, const OrganizationId& id) {
    if (auto o = repo_.find_organization(district_id, id)) return *o;
    throw not_found("The organization");
}
Page<Organization> CatalogService::organizations(const DistrictId& district_id, const OrganizationQuery& q) {
    return repo_.list_organizations(district_id, q);
}
Organization CatalogService::update_organization(const DistrictId& district_id, const OrganizationId& id,
                                                 ExpectedVersion v, OrganizationPatch patch) {
    patch.validate();
    return repo_.update_organization(district_id, id, v, patch);
}
Organization CatalogService::archive_organization(const DistrictId& district_id, const OrganizationId& id,
                                                  ExpectedVersion v) {
    OrganizationPatch patch;
    patch.status = OrganizationStatus::closed;
    return repo_.update_organization(district_id, id, v, patch);
}

}  // namespace domain
