#include "domain/audit_context.hpp"

namespace domain {
namespace {
thread_local const AuditInfo* g_current = nullptr;
}

const AuditInfo* current_audit() noexcept { return g_current; }

AuditScope::AuditScope(AuditInfo info) : info_(std::move(info)), previous_(g_current) { g_current = &info_; }
AuditScope::~AuditScope() { g_current = previous_; }

}  // namespace domain
