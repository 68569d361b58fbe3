#include "app/app.hpp"
#include "api/http/log.hpp"
#include "domain/errors.hpp"

namespace api {
namespace {

struct DemoOrg {
    const char* name;
    const char* short_name;
    domain::OrganizationType type;
    const char* address;
    const char* code;
};

const DemoOrg kOrganizations[] = {
    {"МБОУ «Средняя общеобразовательная школа № 1 г. Камешково»", "СОШ № 1", domain::OrganizationType::school,
     "601300, Владимирская обл., г. Камешково, ул. Школьная, 1", "kam-sosh-1"},
    {"МБОУ «Средняя общеобразовательная школа № 2 г. Камешково»", "СОШ № 2", domain::OrganizationType::school,
     "601300, Владимирская обл., г. Камешково, ул. Ленина, 2", "kam-sosh-2"},
    {"МБОУ «Второвская средняя общеобразовательная школа»", "Второвская СОШ", domain::OrganizationType::school,
     "601310, Владимирская обл., Камешковский р-н, с. Второво", "kam-vtorovo"},
    {"МБОУ «Брызгаловская средняя общеобразовательная школа»", "Брызгаловская СОШ",
     domain::OrganizationType::school, "601320, Владимирская обл., Камешковский р-н, пос. им. Кирова", "kam-bryzgalovo"},
    {"МБДОУ «Детский сад № 1 „Светлячок“»", "Д/с № 1", domain::OrganizationType::kindergarten,
     "601300, Владимирская обл., г. Камешково, ул. Свердлова, 5", "kam-ds-1"},
    {"МБДОУ «Детский сад № 5 „Теремок“»", "Д/с № 5", domain::OrganizationType::kindergarten,
     "601300, Владимирская обл., г. Камешково, ул. Смурова, 12", "kam-ds-5"},
    {"ГБПОУ ВО «Камешковский колледж»", "Колледж", domain::OrganizationType::college,
     "601300, Владимирская обл., г. Камешково, ул. Карла Маркса, 9", "kam-college"},
    {"МБУ ДО «Дом детского творчества»", "ДДТ", domain::OrganizationType::additional_education,
     "601300, Владимирская обл., г. Камешково, ул. Ленина, 11", "kam-ddt"},
    {"МБУ ДО «Детско-юношеская спортивная школа»", "ДЮСШ", domain::OrganizationType::additional_education,
     "601300, Владимирская обл., г. Камешково, ул. Молодёжная, 3", "kam-dyussh"},
    {"МКУ «Методический центр» Камешковского района", "МКУ «МЦ»", domain::OrganizationType::methodical_center,
     "601300, Владимирская обл., г. Камешково, ул. Свердлова, 10", "kam-mc"},
};

struct DemoUser {
    const char *login, *password, *name;
    domain::Role role;
};
const DemoUser kUsers[] = {
    {"admin", "nastavnik-admin", "Администратор системы", domain::Role::system_admin},
    {"analyst.vladimir", "nastavnik-analyst", "Аналитик РНЦ Владимирской области", domain::Role::region_analyst},
    {"coordinator.kameshkovo", "nastavnik-coordinator", "Балюлина Г. Е., муниципальный координатор",
     domain::Role::district_coordinator},
    {"viewer.kameshkovo", "nastavnik-viewer", "Специалист управления образования", domain::Role::district_viewer},
    {"curator.sosh1", "nastavnik-curator", "Куратор ЦМН СОШ № 1", domain::Role::org_curator},
};

// The Vladimir region, found by its code or created.
domain::Region demo_region(domain::CatalogService& c) {
    for (std::optional<std::string> cursor;;) {
        auto page = c.regions({200, cursor});
        for (auto& r : page.items)
            if (r.code == "vladimir") return r;
        if (!page.next_cursor) break;
        cursor = page.next_cursor;
    }
    return c.create_region({"Владимирская область", "vladimir"});
}

// The Kameshkovo district, found by its code or created.
domain::District demo_district(domain::CatalogService& c, const domain::Region& region) {
    domain::DistrictQuery dq;
    dq.region_id = region.id;
    dq.page.limit = 200;
    for (auto& d : c.districts(dq).items)
        if (d.code == "kameshkovo") return d;
    return c.create_district({region.id, "Камешковский район", "kameshkovo"});
}

// The organisations the district lacks; how many were created.
int demo_organizations(domain::CatalogService& c, const domain::DistrictId& district_id) {
    int created = 0;
    for (auto& o : kOrganizations) {
        domain::OrganizationInput in;
        in.name = o.name;
        in.short_name = o.short_name;
        in.type = o.type;
        in.address = o.address;
        in.external_code = o.code;
        try {
            c.create_organization(district_id, in);
            ++created;
        } catch (const domain::Error& e) {
            if (e.kind() != domain::ErrorKind::conflict) throw;  // already there
        }
    }
    return created;
}

std::optional<domain::OrganizationId> organization_by_code(domain::CatalogService& c,
                                                           const domain::DistrictId& district_id,
                                                const char* code) {
    domain::OrganizationQuery q;
    q.page.limit = 200;
    for (auto& o : c.organizations(district_id, q).items)
        if (o.external_code && *o.external_code == code) return o.id;
    return std::nullopt;
}

}  // namespace

// The Kameshkovo district of the Vladimir region with a few organisations of each type; one
// person per role, with documented passwords (README), so a newcomer can sign in as each of
// them at once (existing demo users are left as they are); then each module's part.
void App::load_demo() {
    auto& c = *catalog_;
    const auto region = demo_region(c);
    const auto district = demo_district(c, region);
    const int created = demo_organizations(c, district.id);
    int users_created = 0;
    for (auto& u : kUsers) {
        domain::NewUser in;
        in.login = u.login;
        in.password = u.password;
        in.full_name = u.name;
        in.role = u.role;
        if (u.role == domain::Role::region_analyst) in.region_id = region.id;
        if (u.role == domain::Role::district_coordinator || u.role == domain::Role::district_viewer ||
            u.role == domain::Role::org_curator)
            in.district_id = district.id;
        if (u.role == domain::Role::org_curator) in.organization_id = organization_by_code(c, district.id, "kam-sosh-1");
        try {
            in.validate();
            identity_repo_->create_user(in, crypto_->hash_password(in.password));
            ++users_created;
        } catch (const domain::Error& e) {
            if (e.kind() != domain::ErrorKind::conflict) throw;
        }
    }
    for (auto& m : modules_) m->load_demo(district.id);
    log::info("demo district ready", {{"region_id", region.id.str()},
                                      {"district_id", district.id.str()},
                                      {"organizations_created", created},
                                      {"users_created", users_created}});
}

}  // namespace api
