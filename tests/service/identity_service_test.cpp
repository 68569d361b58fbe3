// IdentityService (domain/identity.cpp) against in-memory fakes of its ports
// (tests/service/fakes/identity.hpp) on a manual clock: sign-in and how failures are held back
// (per login, per client address), sessions and their expiry, who may create whom, API keys.
#include <gtest/gtest.h>

#include "domain_error.hpp"
#include "domain/errors.hpp"
#include "domain/identity.hpp"
#include "fakes/identity.hpp"

namespace {

using namespace domain;
using servicetest::error_of;
using servicetest::names;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

const DistrictId kDistrict{"d1000000-0000-4000-8000-000000000001"};
const OrganizationId kSchool{"0a000000-0000-4000-8000-00000000000a"};
const std::string kPassword = "correct horse battery";

class IdentityServiceTest : public ::testing::Test {
protected:
    fakes::Clock clock;
    fakes::Crypto crypto;
    fakes::IdentityRepository repo{clock};
    fakes::SignInAttempts attempts{clock};
    IdentityService service{repo, crypto, attempts};

    Actor admin() {
        Actor a;
        a.role = Role::system_admin;
        a.id = "admin";
        return a;
    }
    Actor coordinator() {
        Actor a;
        a.role = Role::district_coordinator;
        a.district_id = kDistrict;
        a.id = "coordinator";
        return a;
    }
    User user(const std::string& login, Role role = Role::district_viewer) {
        NewUser u;
        u.login = login;
        u.password = kPassword;
        u.full_name = "Иванова Ирина Ивановна";
        u.role = role;
        u.district_id = kDistrict;
        if (role == Role::org_curator) u.organization_id = kSchool;
        return service.create_user(admin(), u);
    }
    ErrorKind login_fails(const std::string& login, const std::string& password, const std::string& client = "10.0.0.1") {
        return error_of([&] { service.login(login, password, client); }).kind();
    }
};

TEST_F(IdentityServiceTest, TheRightPasswordGivesATokenThatAuthenticatesAsThePerson) {
    auto u = user("teacher.one", Role::org_curator);
    auto result = service.login("Teacher.One", kPassword, "10.0.0.1");  // logins are matched in any case
    EXPECT_EQ(result.token.rfind("nst_", 0), 0u);
    EXPECT_EQ(result.user.id, u.id);
    auto actor = service.authenticate(result.token);
    EXPECT_EQ(actor.kind, Actor::Kind::user);
    EXPECT_EQ(actor.id, u.id.str());
    EXPECT_EQ(actor.role, Role::org_curator);
    EXPECT_EQ(actor.district_id, kDistrict);
    EXPECT_EQ(actor.organization_id, kSchool);
    EXPECT_FALSE(actor.session_id.empty());
}

TEST_F(IdentityServiceTest, AWrongPasswordAndAnUnknownLoginGetTheSameAnswer) {
    user("teacher.one");
    auto wrong = error_of([&] { service.login("teacher.one", "not the password", "10.0.0.1"); });
    auto unknown = error_of([&] { service.login("nobody.here", kPassword, "10.0.0.1"); });
    EXPECT_EQ(wrong.kind(), ErrorKind::unauthorized);
    EXPECT_EQ(unknown.kind(), ErrorKind::unauthorized);
    EXPECT_STREQ(wrong.what(), unknown.what());
}

TEST_F(IdentityServiceTest, FiveFailuresLockTheLoginUntilTheWindowCloses) {
    user("teacher.one");
    for (int i = 0; i < 5; ++i) EXPECT_EQ(login_fails("teacher.one", "wrong password"), ErrorKind::unauthorized) << i;
    int checked = crypto.verifications;
    auto locked = error_of([&] { service.login("TEACHER.ONE", kPassword, "10.0.0.2"); });
    EXPECT_EQ(locked.kind(), ErrorKind::too_many_requests);
    EXPECT_EQ(locked.slug(), "too-many-attempts");
    EXPECT_GT(locked.retry_after(), 0);
    EXPECT_LE(locked.retry_after(), 15 * 60);
    EXPECT_EQ(crypto.verifications, checked) << "a locked login's password is not even checked";

    clock.advance(minutes(14));
    EXPECT_EQ(login_fails("teacher.one", kPassword), ErrorKind::too_many_requests);
    clock.advance(minutes(1));
    EXPECT_NO_THROW(service.login("teacher.one", kPassword, "10.0.0.1"));
}

TEST_F(IdentityServiceTest, ASuccessfulSignInForgetsTheFailuresBeforeIt) {
    user("teacher.one");
    for (int i = 0; i < 4; ++i) login_fails("teacher.one", "wrong password");
    EXPECT_NO_THROW(service.login("teacher.one", kPassword, "10.0.0.1"));
    for (int i = 0; i < 4; ++i) EXPECT_EQ(login_fails("teacher.one", "wrong password"), ErrorKind::unauthorized);
    EXPECT_NO_THROW(service.login("teacher.one", kPassword, "10.0.0.1"));
}

TEST_F(IdentityServiceTest, AHotAddressHoldsBackItsFailedLoginsButLetsOthersSignIn) {
    user("teacher.one");
    user("pupil.victim");
    const std::string nat = "192.0.2.7";
    // Thirty failures from one address, spread over many logins (none of them locked).
    for (int i = 0; i < 30; ++i)
        EXPECT_EQ(login_fails("guess" + std::to_string(i % 10), "wrong", nat), ErrorKind::unauthorized) << i;
    // From now on a wrong password from it is answered 429…
    auto hot = error_of([&] { service.login("pupil.victim", "wrong", nat); });
    EXPECT_EQ(hot.kind(), ErrorKind::too_many_requests);
    EXPECT_GT(hot.retry_after(), 0);
    // …a login that has failed twice is refused from it even with the right password…
    login_fails("pupil.victim", "wrong again", nat);
    EXPECT_EQ(login_fails("pupil.victim", kPassword, nat), ErrorKind::too_many_requests);
    // …but elsewhere it is still under its own limit of five,
    EXPECT_NO_THROW(service.login("pupil.victim", kPassword, "198.51.100.1"));
    // and a teacher who has not failed signs in from the same address.
    EXPECT_NO_THROW(service.login("teacher.one", kPassword, nat));
}

TEST_F(IdentityServiceTest, ASessionEndsAfterTwoIdleHoursOrTwelveHoursInAll) {
    user("teacher.one");
    auto idle = service.login("teacher.one", kPassword, "10.0.0.1").token;
    clock.advance(IdentityService::idle_timeout - seconds(1));
    EXPECT_NO_THROW(service.authenticate(idle));  // used in time: the idle expiry slides
    clock.advance(IdentityService::idle_timeout - seconds(1));
    EXPECT_NO_THROW(service.authenticate(idle));
    clock.advance(IdentityService::idle_timeout);
    EXPECT_EQ(error_of([&] { service.authenticate(idle); }).kind(), ErrorKind::unauthorized);

    auto busy = service.login("teacher.one", kPassword, "10.0.0.1").token;
    for (int i = 0; i < 11; ++i) {
        clock.advance(hours(1));
        EXPECT_NO_THROW(service.authenticate(busy)) << i;
    }
    clock.advance(hours(1));
    EXPECT_EQ(error_of([&] { service.authenticate(busy); }).kind(), ErrorKind::unauthorized);
}

TEST_F(IdentityServiceTest, LogoutRevokesOnlyThatSession) {
    user("teacher.one");
    auto a = service.login("teacher.one", kPassword, "10.0.0.1").token;
    auto b = service.login("teacher.one", kPassword, "10.0.0.1").token;
    service.logout(service.authenticate(a));
    EXPECT_EQ(error_of([&] { service.authenticate(a); }).kind(), ErrorKind::unauthorized);
    EXPECT_NO_THROW(service.authenticate(b));
}

TEST_F(IdentityServiceTest, ANewPasswordOrDisablingEndsEverySessionAndADisabledUserCannotSignIn) {
    auto u = user("teacher.one");
    auto token = service.login("teacher.one", kPassword, "10.0.0.1").token;
    UserPatch rename;
    rename.full_name = "Петрова Ирина Ивановна";
    service.update_user(admin(), u.id, {}, rename);
    EXPECT_NO_THROW(service.authenticate(token)) << "a new name keeps the sessions";

    UserPatch password;
    password.password = "another long password";
    service.update_user(admin(), u.id, {}, password);
    EXPECT_EQ(error_of([&] { service.authenticate(token); }).kind(), ErrorKind::unauthorized);
    EXPECT_EQ(login_fails("teacher.one", kPassword), ErrorKind::unauthorized);
    token = service.login("teacher.one", "another long password", "10.0.0.1").token;

    service.disable_user(admin(), u.id);
    EXPECT_EQ(repo.live_sessions_of(u.id), 0);
    EXPECT_EQ(error_of([&] { service.authenticate(token); }).kind(), ErrorKind::unauthorized);
    EXPECT_EQ(login_fails("teacher.one", "another long password"), ErrorKind::unauthorized);
}

TEST_F(IdentityServiceTest, ACoordinatorGrantsTheDistrictsRolesOnly) {
    NewUser in;
    in.login = "new.coordinator";
    in.password = kPassword;
    in.full_name = "Сидоров С. С.";
    in.district_id = kDistrict;
    for (Role r : {Role::district_coordinator, Role::district_viewer}) {
        in.role = r;
        in.login = "granted." + std::string(to_string(r));
        EXPECT_EQ(service.create_user(coordinator(), in).role, r);
    }
    for (Role r : {Role::system_admin, Role::region_analyst}) {
        in.role = r;
        in.login = "refused." + std::string(to_string(r));
        EXPECT_EQ(error_of([&] { service.create_user(coordinator(), in); }).kind(), ErrorKind::forbidden);
        EXPECT_FALSE(repo.find_login(in.login));
    }
    auto viewer = coordinator();
    viewer.role = Role::district_viewer;
    in.role = Role::district_viewer;
    in.login = "by.viewer";
    EXPECT_EQ(error_of([&] { service.create_user(viewer, in); }).kind(), ErrorKind::forbidden);

    auto u = user("promoted.later");
    UserPatch promote;
    promote.role = Role::system_admin;
    EXPECT_EQ(error_of([&] { service.update_user(coordinator(), u.id, {}, promote); }).kind(), ErrorKind::forbidden);
    EXPECT_EQ(service.user(admin(), u.id).role, Role::district_viewer);
}

TEST_F(IdentityServiceTest, ANewUserIsValidatedAndALoginIsTakenOnce) {
    NewUser in;
    in.login = "кириллица";
    in.password = "short";
    in.full_name = "Куратор";
    in.role = Role::org_curator;  // without an organization
    auto e = error_of([&] { service.create_user(admin(), in); });
    EXPECT_EQ(e.kind(), ErrorKind::validation);
    EXPECT_TRUE(names(e, "/login"));
    EXPECT_TRUE(names(e, "/password"));
    EXPECT_TRUE(names(e, "/organization_id"));
    in.role = Role::org_system;
    EXPECT_TRUE(names(error_of([&] { service.create_user(admin(), in); }), "/role"));

    user("teacher.one");
    NewUser again;
    again.login = "Teacher.One";
    again.password = kPassword;
    again.full_name = "Другой человек";
    EXPECT_EQ(error_of([&] { service.create_user(admin(), again); }).kind(), ErrorKind::conflict);
}

TEST_F(IdentityServiceTest, AStaleUserVersionChangesNothing) {
    auto u = user("teacher.one");
    UserPatch p;
    p.full_name = "Новое имя";
    auto changed = service.update_user(admin(), u.id, ExpectedVersion{u.version}, p);
    p.full_name = "Ещё одно имя";
    EXPECT_EQ(error_of([&] { service.update_user(admin(), u.id, ExpectedVersion{u.version}, p); }).kind(),
              ErrorKind::precondition_failed);
    EXPECT_EQ(service.user(admin(), u.id).full_name, changed.full_name);
    EXPECT_EQ(error_of([&] { service.user(admin(), UserId{"00000000-0000-4000-8000-999999999999"}); }).kind(), ErrorKind::not_found);
}

TEST_F(IdentityServiceTest, AnApiKeyAuthenticatesAsItsOrganisationsSystemUntilRevoked) {
    NewApiKey in;
    in.name = "Сетевой город";
    in.scopes = {"write", "read", "write"};
    auto issued = service.issue_api_key(coordinator(), kDistrict, kSchool, in);
    EXPECT_EQ(issued.secret.rfind("nsk_" + issued.key.prefix + "_", 0), 0u);
    EXPECT_EQ(issued.key.scopes, (std::vector<std::string>{"read", "write"}));

    auto actor = service.authenticate(issued.secret);
    EXPECT_EQ(actor.kind, Actor::Kind::api_key);
    EXPECT_EQ(actor.role, Role::org_system);
    EXPECT_EQ(actor.district_id, kDistrict);
    EXPECT_EQ(actor.organization_id, kSchool);
    EXPECT_TRUE(actor.has_scope("write"));
    EXPECT_EQ(repo.touches, 1);
    service.authenticate(issued.secret);
    EXPECT_EQ(repo.touches, 1) << "the last use is written at most once a minute";
    clock.advance(seconds(61));
    service.authenticate(issued.secret);
    EXPECT_EQ(repo.touches, 2);

    auto forged = issued.secret;
    forged.back() = forged.back() == 'A' ? 'B' : 'A';
    EXPECT_EQ(error_of([&] { service.authenticate(forged); }).kind(), ErrorKind::unauthorized);

    service.revoke_api_key(kDistrict, kSchool, issued.key.id);
    EXPECT_EQ(error_of([&] { service.authenticate(issued.secret); }).kind(), ErrorKind::unauthorized);
    EXPECT_EQ(error_of([&] { service.authenticate("Basic dXNlcjpwYXNz"); }).kind(), ErrorKind::unauthorized);
}

TEST_F(IdentityServiceTest, AnApiKeyNeedsANameAScopeAndAFutureExpiry) {
    NewApiKey in;
    in.scopes = {"admin"};
    in.expires_at = "2001-01-01";
    auto e = error_of([&] { service.issue_api_key(coordinator(), kDistrict, kSchool, in); });
    EXPECT_TRUE(names(e, "/name"));
    EXPECT_TRUE(names(e, "/scopes/0"));
    EXPECT_TRUE(names(e, "/expires_at"));
    EXPECT_TRUE(service.api_keys(kDistrict, kSchool, {}).items.empty());
}

}  // namespace
