#pragma once
// Who is acting in the current request, for the audit log. The API sets it once per
// request (after authenticating); persistence stamps it on every transaction it opens,
// and the database's audit trigger records it next to each change.
#include <string>

namespace domain {

struct AuditInfo {
    std::string actor_kind = "system";  // user | api_key | system
    std::string actor_id;
    std::string request_id;
};

// The current thread's actor, or nullptr outside a request.
const AuditInfo* current_audit() noexcept;

class AuditScope {
public:
    explicit AuditScope(AuditInfo info);
    ~AuditScope();
    AuditScope(const AuditScope&) = delete;
    AuditScope& operator=(const AuditScope&) = delete;

private:
    AuditInfo info_;
    const AuditInfo* previous_;
};

}  // namespace domain
