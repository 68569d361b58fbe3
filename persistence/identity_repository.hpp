#pragma once
#include "domain/identity.hpp"
#include "persistence/database.hpp"

namespace persistence {

class PgIdentityRepository final : public domain::IdentityRepository {
public:
    explicit PgIdentityRepository(Database& db) : db_(db) {}

    std::optional<domain::StoredLogin> find_login(const std::string& login) override;
    std::string create_session(const domain::UserId& user_id, const std::string& token_hash, std::chrono::seconds idle,
                               std::chrono::seconds absolute) override;
    std::optional<domain::Actor> actor_for_session(const std::string& token_hash, std::chrono::seconds idle) override;
    void revoke_session(const std::string& session_id) override;
    void revoke_sessions_of(const domain::UserId& user_id) override;
    std::optional<domain::StoredApiKey> find_api_key(const std::string& prefix) override;
    void touch_api_key(const domain::DistrictId& district_id, const domain::ApiKeyId& id) override;

    domain::User create_user(const domain::NewUser&, const std::string& password_hash) override;
    std::optional<domain::User> find_user(const domain::UserId& id) override;
    domain::Page<domain::User> list_users(const std::optional<domain::DistrictId>& district_id,
                                          const std::optional<domain::RegionId>& region_id,
                                          const domain::PageRequest&) override;
    domain::User update_user(const domain::UserId& id, domain::ExpectedVersion, const domain::UserPatch&,
                             const std::optional<std::string>& password_hash) override;

    domain::ApiKey create_api_key(const domain::DistrictId& district_id, const domain::OrganizationId& organization_id,
                                  const domain::NewApiKey&, const std::string& prefix, const std::string& secret_hash,
                                  const std::string& created_by) override;
    domain::Page<domain::ApiKey> list_api_keys(const domain::DistrictId& district_id, const domain::OrganizationId& organization_id,
                                               const domain::PageRequest&) override;
    domain::ApiKey revoke_api_key(const domain::DistrictId& district_id, const domain::OrganizationId& organization_id,
                                  const domain::ApiKeyId& id) override;

    domain::Page<domain::AuditEntry> audit_log(const domain::DistrictId& district_id, const domain::AuditQuery&) override;

private:
    Database& db_;
};

}  // namespace persistence
