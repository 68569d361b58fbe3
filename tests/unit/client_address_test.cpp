// TRUSTED_PROXIES and X-Forwarded-For (api/http/client_address.hpp).
#include <gtest/gtest.h>

#include "api/http/client_address.hpp"

using api::TrustedProxies;

namespace {
TrustedProxies proxies(const char* list) {
    auto p = TrustedProxies::parse(list);
    EXPECT_TRUE(p.has_value()) << list;
    return p.value_or(TrustedProxies{});
}
}  // namespace

TEST(TrustedProxies, WithoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays) {
    TrustedProxies none;
    EXPECT_EQ(none.client_of("203.0.113.7", "198.51.100.1"), "203.0.113.7");
    EXPECT_EQ(proxies("").client_of("127.0.0.1", "198.51.100.1"), "127.0.0.1");
}

TEST(TrustedProxies, AnUntrustedPeerCannotNameAnotherClient) {
    auto p = proxies("127.0.0.1");
    EXPECT_EQ(p.client_of("203.0.113.7", "127.0.0.1"), "203.0.113.7");
}

TEST(TrustedProxies, BehindATrustedProxyTheClientIsTheRightmostUntrustedAddress) {
    auto p = proxies("127.0.0.1, 10.0.0.0/8");
    // a client's own header ("1.1.1.1", forged) then nginx's additions
    EXPECT_EQ(p.client_of("127.0.0.1", "1.1.1.1, 198.51.100.23"), "198.51.100.23");
    // through two trusted hops
    EXPECT_EQ(p.client_of("127.0.0.1", "198.51.100.23, 10.1.2.3"), "198.51.100.23");
    // several headers are one list, in order
    EXPECT_EQ(p.client_of("10.9.9.9", "198.51.100.23,10.0.0.1"), "198.51.100.23");
    // no header: the proxy itself
    EXPECT_EQ(p.client_of("127.0.0.1", ""), "127.0.0.1");
    // every hop trusted: the leftmost
    EXPECT_EQ(p.client_of("127.0.0.1", "10.0.0.5, 10.0.0.6"), "10.0.0.5");
}

TEST(TrustedProxies, AnEntryThatIsNotAnAddressEndsTheWalkAtTheLastTrustedHop) {
    auto p = proxies("127.0.0.1");
    EXPECT_EQ(p.client_of("127.0.0.1", "198.51.100.23, unknown"), "127.0.0.1");
    EXPECT_EQ(p.client_of("127.0.0.1", "<script>"), "127.0.0.1");
}

TEST(TrustedProxies, PortsBracketsAndIpv6AreRead) {
    auto p = proxies("::1 192.168.0.0/16");
    EXPECT_EQ(p.client_of("::1", "[2001:db8::1]:4711"), "2001:db8::1");
    EXPECT_EQ(p.client_of("192.168.3.4", "198.51.100.23:5000"), "198.51.100.23");
    EXPECT_TRUE(p.contains("::ffff:192.168.1.1"));  // IPv4-mapped, as a dual-stack socket shows it
    EXPECT_FALSE(p.contains("192.169.0.1"));
    EXPECT_TRUE(proxies("2001:db8::/32").contains("2001:db8:ffff::1"));
    EXPECT_FALSE(proxies("2001:db8::/32").contains("2001:db9::1"));
    EXPECT_TRUE(proxies("10.0.0.0/9").contains("10.127.255.255"));
    EXPECT_FALSE(proxies("10.0.0.0/9").contains("10.128.0.0"));
}

TEST(TrustedProxies, ASettingThatIsNotAListOfAddressesIsRefusedByItsEntry) {
    std::string wrong;
    EXPECT_FALSE(TrustedProxies::parse("127.0.0.1, nginx.local", &wrong));
    EXPECT_EQ(wrong, "nginx.local");
    EXPECT_FALSE(TrustedProxies::parse("10.0.0.0/33", &wrong));
    EXPECT_EQ(wrong, "10.0.0.0/33");
    EXPECT_FALSE(TrustedProxies::parse("::1/129", &wrong));
    EXPECT_FALSE(TrustedProxies::parse("10.0.0.0/", &wrong));
    EXPECT_FALSE(TrustedProxies::parse("10.0.0.0/8x", &wrong));
    EXPECT_TRUE(TrustedProxies::parse("0.0.0.0/0"));
}
