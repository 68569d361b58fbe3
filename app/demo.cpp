#include "app/app.hpp"
#include "api/log.hpp"
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

}  // namespace

// The Kameshkovo district of the Vladimir region with a few organisations of each type.
void App::load_demo() {
    auto& c = *catalog_;
    domain::Region region;
    bool found = false;
    for (std::optional<std::string> cursor;;) {
        auto page = c.regions({200, cursor});
        for (auto& r : page.items)
            if (r.code == "vladimir") {
                region = r;
                found = true;
            }
        if (!page.next_cursor || found) break;
        cursor = page.next_cursor;
    }
    if (!found) region = c.create_region({"Владимирская область", "vladimir"});

    domain::DistrictQuery dq;
    dq.region_id = region.id;
    dq.page.limit = 200;
    std::optional<domain::District> district;
    for (auto& d : c.districts(dq).items)
        if (d.code == "kameshkovo") district = d;
    if (!district) district = c.create_district({region.id, "Камешковский район", "kameshkovo"});

    static const DemoOrg orgs[] = {
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
    int created = 0;
    for (auto& o : orgs) {
        domain::OrganizationInput in;
        in.name = o.name;
        in.short_name = o.short_name;
        in.type = o.type;
        in.address = o.address;
        in.external_code = o.code;
        try {
            c.create_organization(district->id, in);
            ++created;
        } catch (const domain::Error& e) {
            if (e.kind() != domain::ErrorKind::conflict) throw;  // already there
        }
    }
    // One person per role, with documented passwords (README): a newcomer can sign in as
    // each of them at once. Existing demo users are left as they are.
    auto org_id = [&](const char* code) {
        domain::OrganizationQuery q;
        q.page.limit = 200;
        for (auto& o : c.organizations(district->id, q).items)
            if (o.external_code && *o.external_code == code) return std::optional<std::string>(o.id);
        return std::optional<std::string>();
    };
    struct DemoUser {
        const char *login, *password, *name;
        domain::Role role;
    };
    static const DemoUser users[] = {
        {"admin", "nastavnik-admin", "Администратор системы", domain::Role::system_admin},
        {"analyst.vladimir", "nastavnik-analyst", "Аналитик РНЦ Владимирской области", domain::Role::region_analyst},
        {"coordinator.kameshkovo", "nastavnik-coordinator", "Балюлина Г. Е., муниципальный координатор",
         domain::Role::district_coordinator},
        {"viewer.kameshkovo", "nastavnik-viewer", "Специалист управления образования", domain::Role::district_viewer},
        {"curator.sosh1", "nastavnik-curator", "Куратор ЦМН СОШ № 1", domain::Role::org_curator},
    };
    int users_created = 0;
    for (auto& u : users) {
        domain::NewUser in;
        in.login = u.login;
        in.password = u.password;
        in.full_name = u.name;
        in.role = u.role;
        if (u.role == domain::Role::region_analyst) in.region_id = region.id;
        if (u.role == domain::Role::district_coordinator || u.role == domain::Role::district_viewer ||
            u.role == domain::Role::org_curator)
            in.district_id = district->id;
        if (u.role == domain::Role::org_curator) in.organization_id = org_id("kam-sosh-1");
        try {
            in.validate();
            identity_repo_->create_user(in, crypto_->hash_password(in.password));
            ++users_created;
        } catch (const domain::Error& e) {
            if (e.kind() != domain::ErrorKind::conflict) throw;
        }
    }
    for (auto& m : modules_) m->load_demo(district->id);
    log::info("demo district ready",
              {{"region_id", region.id}, {"district_id", district->id}, {"organizations_created", created}, {"users_created", users_created}});
}

}  // namespace api
