#include <gtest/gtest.h>

#include "persistence/connection_string.hpp"
#include "persistence/cursor.hpp"
#include "domain/errors.hpp"

using namespace persistence;

TEST(DatabaseUrl, ParsesEveryPartAndDecodesEscapes) {
    auto i = parse_database_url("postgresql://own%40er:p%3Ass@db.local:6543/nast?sslmode=disable");
    EXPECT_EQ(i.user, "own@er");
    EXPECT_EQ(i.password, "p:ss");
    EXPECT_EQ(i.host, "db.local");
    EXPECT_EQ(i.port, "6543");
    EXPECT_EQ(i.dbname, "nast");
    auto s = to_soci_connect_string(i, "nastavnik_app");
    EXPECT_NE(s.find("dbname='nast'"), std::string::npos);
    EXPECT_NE(s.find("password='p:ss'"), std::string::npos);
    EXPECT_NE(s.find("sslmode='disable'"), std::string::npos);
    EXPECT_NE(s.find("-c role=nastavnik_app"), std::string::npos);
    EXPECT_NE(s.find("TimeZone=UTC"), std::string::npos);
}

TEST(DatabaseUrl, TheStatementTimeoutIsAConnectionOption) {
    auto i = parse_database_url("postgresql://u:p@h/db");
    EXPECT_NE(to_soci_connect_string(i, "nastavnik_app", 15000).find("-c statement_timeout=15000"), std::string::npos);
    EXPECT_EQ(to_soci_connect_string(i, "nastavnik_app", 0).find("statement_timeout"), std::string::npos);
}

TEST(DatabaseUrl, DefaultsHostAndPort) {
    auto i = parse_database_url("postgres://u@/db");
    EXPECT_EQ(i.host, "127.0.0.1");
    EXPECT_EQ(i.port, "5432");
    EXPECT_EQ(i.password, "");
}

TEST(DatabaseUrl, RejectsWhatIsNotAUrlWithoutEchoingThePassword) {
    for (const char* bad : {"dbname=x user=y", "postgresql://u:secret@h:54x/db", "postgresql://u:secret@h:5432",
                            "postgresql://u:secret@h/d%zz"}) {
        try {
            parse_database_url(bad);
            ADD_FAILURE() << "accepted " << bad;
        } catch (const std::invalid_argument& e) {
            EXPECT_EQ(std::string(e.what()).find("secret"), std::string::npos) << e.what();
        }
    }
}

TEST(DatabaseUrl, RedactedHidesThePassword) {
    auto i = parse_database_url("postgresql://u:topsecret@h:1/d");
    EXPECT_EQ(redacted(i), "postgresql://u:***@h:1/d");
}

TEST(Cursor, RoundTripsAndRejectsForgeries) {
    auto c = encode_cursor("Школа № 5", "0b3c2f4e-1111-4222-8333-944455556666");
    auto [key, id] = decode_cursor(c);
    EXPECT_EQ(key, "Школа № 5");
    EXPECT_EQ(id, "0b3c2f4e-1111-4222-8333-944455556666");
    for (const char* bad : {"", "!!!", "aGVsbG8", "%%%garbage"}) {
        EXPECT_THROW(decode_cursor(bad), domain::Error) << bad;
    }
}
