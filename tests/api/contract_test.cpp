// The contract and the server must agree: every route the server registers is in
// openapi.yaml and every documented operation is a route; every operation documents the
// responses our conventions promise; the operations the file marks `security: []` are
// exactly those the server serves without a credential; the served /openapi.yaml is the
// file itself. The file is read strictly (tests/api/strict_yaml.hpp): a repeated mapping key
// fails. tests/contract/lint.sh (redocly) and tests/api/prism_journey_test.cpp check the rest.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "app/app.hpp"
#include "api/handlers/ops_handlers.hpp"
#include "tests/api/strict_yaml.hpp"
#include "tests/support/test_server.hpp"

namespace {

const std::string kSpecPath = std::string(NASTAVNIK_SOURCE_DIR) + "/openapi.yaml";
const std::vector<std::string> kMethods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string lower(std::string s) {
    for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// "/api/v1/districts/{d}/organizations/{o}" → "/api/v1/districts/{}/organizations/{}":
// parameters match by position, whatever their names.
std::string shape(const std::string& path_template) {
    std::string out;
    bool in_param = false;
    for (char c : path_template) {
        if (c == '{') {
            in_param = true;
            out += "{}";
        } else if (c == '}') {
            in_param = false;
        } else if (!in_param) {
            out.push_back(c);
        }
    }
    return out;
}

// The parameter names of a template, in order.
std::vector<std::string> param_names(const std::string& path_template) {
    std::vector<std::string> out;
    for (std::size_t i = path_template.find('{'); i != std::string::npos; i = path_template.find('{', i + 1))
        out.push_back(path_template.substr(i + 1, path_template.find('}', i) - i - 1));
    return out;
}

std::string join(const std::set<std::string>& items) {
    std::string out;
    for (auto& s : items) out += "\n  " + s;
    return out;
}

class Spec {
public:
    // Read strictly: a repeated mapping key fails every test that reads the file.
    Spec() : text_(read_file(kSpecPath)), root_(testsupport::load_strict(text_)) {}

    const std::string& text() const { return text_; }
    const YAML::Node& root() const { return root_; }

    // Follows local "$ref"s ("#/components/…") until a node without one.
    YAML::Node resolve(const YAML::Node& node) const {
        YAML::Node current = node;
        for (int hops = 0; current.IsMap() && current["$ref"]; ++hops) {
            if (hops > 16) throw std::runtime_error("$ref cycle");
            auto ref = current["$ref"].as<std::string>();
            if (ref.rfind("#/", 0) != 0) throw std::runtime_error("not a local $ref: " + ref);
            YAML::Node target;
            target.reset(root_);
            std::size_t i = 2;
            while (i <= ref.size()) {
                auto j = ref.find('/', i);
                if (j == std::string::npos) j = ref.size();
                std::string token;  // JSON pointer unescaping: ~1 is '/', ~0 is '~'
                for (std::size_t k = i; k < j; ++k) {
                    if (ref[k] == '~' && k + 1 < j && (ref[k + 1] == '0' || ref[k + 1] == '1')) {
                        token.push_back(ref[k + 1] == '1' ? '/' : '~');
                        ++k;
                    } else {
                        token.push_back(ref[k]);
                    }
                }
                const YAML::Node& const_target = target;
                YAML::Node next = const_target[token];
                if (!next) throw std::runtime_error("unresolved $ref: " + ref);
                target.reset(next);
                i = j + 1;
            }
            current.reset(target);
        }
        return current;
    }

private:
    std::string text_;
    YAML::Node root_;
};

struct Operation {
    std::string method;  // upper case, as the router has it
    std::string path;    // as documented
    YAML::Node node;
    YAML::Node path_item;
    std::string name() const { return method + " " + path; }
};

std::vector<Operation> operations(const Spec& spec) {
    std::vector<Operation> out;
    for (auto path : spec.root()["paths"]) {
        auto path_template = path.first.as<std::string>();
        for (auto& m : kMethods) {
            const YAML::Node& item = path.second;
            if (item[m]) {
                std::string upper = m;
                for (auto& c : upper) c = char(std::toupper(static_cast<unsigned char>(c)));
                out.push_back({upper, path_template, item[m], item});
            }
        }
    }
    return out;
}

std::vector<api::Router::RouteInfo> server_routes() {
    api::AppConfig config;
    config.db.url = "postgresql://u:p@127.0.0.1:1/none";  // never connected: the router is built without a database
    api::App app(config);
    return app.router().routes();
}

bool has_response(const Operation& op, const std::string& status) { return bool(op.node["responses"][status]); }

// The security requirements that apply: the operation's own `security`, else the file's.
YAML::Node effective_security(const Spec& spec, const Operation& op) {
    if (op.node["security"]) return op.node["security"];
    return spec.root()["security"];
}

// An operation needs a credential unless one of its requirements is empty ({}), or it has none.
bool needs_credential(const Spec& spec, const Operation& op) {
    const YAML::Node security = effective_security(spec, op);
    if (!security || !security.IsSequence() || security.size() == 0) return false;
    for (const auto& requirement : security)
        if (requirement.IsMap() && requirement.size() == 0) return false;
    return true;
}

// A concrete path for a template: every {parameter} becomes the same well-formed UUID.
std::string concrete(const std::string& path_template) {
    std::string out;
    bool in_param = false;
    for (char c : path_template) {
        if (c == '{') {
            in_param = true;
            out += "0b7f5d3c-1a2e-4c6b-9d8f-7e6a5b4c3d2e";
        } else if (c == '}') {
            in_param = false;
        } else if (!in_param) {
            out.push_back(c);
        }
    }
    return out;
}

// Path and operation parameters, resolved; the operation's override the path's.
std::vector<YAML::Node> parameters(const Spec& spec, const Operation& op) {
    std::map<std::pair<std::string, std::string>, YAML::Node> by_key;
    for (const YAML::Node* list : {&op.path_item, &op.node}) {
        const YAML::Node& l = *list;
        if (!l["parameters"]) continue;
        for (auto p : l["parameters"]) {
            const YAML::Node r = spec.resolve(p);
            by_key[{r["in"].as<std::string>(""), r["name"].as<std::string>("")}] = r;
        }
    }
    std::vector<YAML::Node> out;
    for (auto& [k, v] : by_key) out.push_back(v);
    return out;
}

TEST(Contract, FileHasNoRepeatedMappingKey) {
    const auto dups = testsupport::duplicate_keys(YAML::Load(read_file(kSpecPath)));
    for (auto& d : dups)
        ADD_FAILURE() << "openapi.yaml " << d.path << ": '" << d.key << "' on line " << d.line
                      << " repeats line " << d.first_line << " (strict parsers refuse the file)";
}

TEST(Contract, FileIsOpenApi31AndTheEmbeddedCopyIsTheFile) {
    Spec spec;
    EXPECT_EQ(spec.root()["openapi"].as<std::string>(""), "3.1.0");
    EXPECT_TRUE(spec.root()["info"]["title"]) << "info.title is missing";
    EXPECT_TRUE(spec.root()["servers"]) << "servers is missing";
    EXPECT_TRUE(api::openapi_yaml() == spec.text())
        << "the openapi.yaml embedded in the binary differs from " << kSpecPath << " (rebuild?)";
}

TEST(Contract, EveryRouteIsDocumentedAndEveryOperationIsARoute) {
    Spec spec;
    std::set<std::string> served, documented;
    std::map<std::string, std::string> served_name, documented_name;
    for (auto& r : server_routes()) {
        auto key = r.method + " " + shape(r.path_template);
        served.insert(key);
        served_name[key] = r.method + " " + r.path_template;
    }
    for (auto& op : operations(spec)) {
        auto key = op.method + " " + shape(op.path);
        EXPECT_TRUE(documented.insert(key).second) << "documented twice (by position): " << op.name();
        documented_name[key] = op.name();
    }
    ASSERT_FALSE(served.empty());

    std::set<std::string> undocumented, unserved;
    for (auto& k : served)
        if (!documented.count(k)) undocumented.insert(served_name[k]);
    for (auto& k : documented)
        if (!served.count(k)) unserved.insert(documented_name[k]);
    EXPECT_TRUE(undocumented.empty()) << "routes the server registers but openapi.yaml does not describe:"
                                      << join(undocumented);
    EXPECT_TRUE(unserved.empty()) << "operations openapi.yaml describes but the server does not register:"
                                  << join(unserved);
}

TEST(Contract, PathParametersAreDeclaredForEveryTemplateSegment) {
    Spec spec;
    for (auto& op : operations(spec)) {
        std::set<std::string> declared;
        for (const auto& p : parameters(spec, op)) {
            if (p["in"].as<std::string>("") != "path") continue;
            declared.insert(p["name"].as<std::string>(""));
            EXPECT_TRUE(p["required"].as<bool>(false)) << op.name() << ": path parameter "
                                                       << p["name"].as<std::string>("") << " must be required";
        }
        auto names = param_names(op.path);
        EXPECT_EQ(declared, std::set<std::string>(names.begin(), names.end()))
            << op.name() << ": the path parameters declared differ from the template's";
    }
}

TEST(Contract, EveryOperationDocumentsTheResponsesTheConventionsPromise) {
    Spec spec;
    std::set<std::string> ids;
    for (auto& op : operations(spec)) {
        const auto name = op.name();
        auto id = op.node["operationId"].as<std::string>("");
        EXPECT_FALSE(id.empty()) << name << ": no operationId";
        EXPECT_TRUE(id.empty() || ids.insert(id).second) << name << ": operationId " << id << " is used twice";
        EXPECT_TRUE(op.node["tags"] && op.node["tags"].IsSequence() && op.node["tags"].size() > 0)
            << name << ": no tag";

        const YAML::Node& responses = op.node["responses"];
        ASSERT_TRUE(responses && responses.IsMap()) << name << ": no responses";
        bool success = false;
        for (auto r : responses) {
            auto status = r.first.as<std::string>();
            if (status.size() == 3 && status[0] == '2') success = true;
            if (!status.empty() && (status[0] == '4' || status[0] == '5')) {
                const YAML::Node resolved = spec.resolve(r.second);
                EXPECT_TRUE(resolved["content"] && resolved["content"]["application/problem+json"])
                    << name << " " << status << ": an error response must be application/problem+json";
                EXPECT_EQ(resolved["content"].size(), 1u)
                    << name << " " << status << ": an error response has one content type, application/problem+json";
            }
            const YAML::Node resolved = spec.resolve(r.second);
            EXPECT_TRUE(resolved["headers"] && resolved["headers"]["X-Request-Id"])
                << name << " " << status << ": every response carries X-Request-Id";
        }
        EXPECT_TRUE(success) << name << ": no 2xx response";

        if (op.path.rfind("/api/v1/", 0) == 0) {
            EXPECT_TRUE(has_response(op, "413")) << name << ": must document 413 (body too large)";
            EXPECT_TRUE(has_response(op, "503")) << name << ": must document 503 (database down)";
        }
        if (op.method == "PATCH") {
            EXPECT_TRUE(has_response(op, "412")) << name << ": PATCH must document 412 (stale If-Match)";
            EXPECT_TRUE(has_response(op, "428")) << name << ": PATCH must document 428 (If-Match missing)";
            bool if_match = false;
            for (const auto& p : parameters(spec, op))
                if (p["in"].as<std::string>("") == "header" && lower(p["name"].as<std::string>("")) == "if-match")
                    if_match = p["required"].as<bool>(false);
            EXPECT_TRUE(if_match) << name << ": PATCH must take a required If-Match header";
        }
        if (op.node["requestBody"]) {
            for (auto status : {"400", "415", "422"})
                EXPECT_TRUE(has_response(op, status)) << name << ": takes a body, so must document " << status;
        }
        bool uuid_in_path = false;
        for (const auto& p : parameters(spec, op)) {
            if (p["in"].as<std::string>("") != "path") continue;
            const YAML::Node schema = spec.resolve(p["schema"]);
            if (schema["format"].as<std::string>("") == "uuid") uuid_in_path = true;
        }
        if (uuid_in_path) {
            EXPECT_TRUE(has_response(op, "404")) << name << ": has a UUID in its path, so must document 404";
        }

        // Credentials: a secured operation documents 401, and every 401 says how to
        // authenticate, as the server does; every 429 and 503 says when to retry.
        if (needs_credential(spec, op)) {
            EXPECT_TRUE(has_response(op, "401")) << name << ": needs a credential, so must document 401";
        }
        for (auto [status, header] : {std::pair{"401", "WWW-Authenticate"}, std::pair{"429", "Retry-After"},
                                      std::pair{"503", "Retry-After"}}) {
            if (!has_response(op, status)) continue;
            const YAML::Node resolved = spec.resolve(op.node["responses"][status]);
            EXPECT_TRUE(resolved["headers"] && resolved["headers"][header])
                << name << " " << status << ": must document the " << header << " header";
        }
    }
    EXPECT_FALSE(ids.empty());
}

TEST(Contract, SecuritySchemesAreDeclaredAndEveryRequirementNamesOne) {
    Spec spec;
    const YAML::Node& schemes = spec.root()["components"]["securitySchemes"];
    ASSERT_TRUE(schemes && schemes.IsMap()) << "components.securitySchemes is missing";
    for (auto name : {"bearerToken", "apiKey"}) {
        const YAML::Node scheme = schemes[name];
        ASSERT_TRUE(scheme) << "securitySchemes." << name << " is missing";
        // Both travel as Authorization: Bearer <credential>; the server reads nothing else.
        EXPECT_EQ(scheme["type"].as<std::string>(""), "http") << name;
        EXPECT_EQ(lower(scheme["scheme"].as<std::string>("")), "bearer") << name;
    }
    const YAML::Node& global = spec.root()["security"];
    ASSERT_TRUE(global && global.IsSequence() && global.size() > 0) << "no global security requirement";

    auto check = [&](const YAML::Node& requirements, const std::string& where) {
        ASSERT_TRUE(requirements.IsSequence()) << where << ": security must be a list";
        for (const auto& requirement : requirements) {
            ASSERT_TRUE(requirement.IsMap()) << where << ": a security requirement must be a map";
            for (const auto& entry : requirement)
                EXPECT_TRUE(schemes[entry.first.as<std::string>()])
                    << where << ": security names the undeclared scheme " << entry.first.as<std::string>();
        }
    };
    check(global, "the file");
    for (auto& op : operations(spec))
        if (op.node["security"]) check(op.node["security"], op.name());
}

// Whether a route needs a credential is the router's decision (add vs add_public); the
// file must say the same: `security: []` exactly where the server asks for none.
TEST(Contract, OperationsWithoutACredentialAreExactlyThePublicRoutes) {
    Spec spec;
    api::AppConfig config;
    config.db.url = "postgresql://u:p@127.0.0.1:1/none";  // never connected
    api::App app(config);
    std::map<std::string, bool> served;  // "METHOD shape" → needs a credential
    for (auto& r : app.router().routes()) {
        auto m = app.router().match(r.method, concrete(r.path_template));
        ASSERT_NE(m.handler, nullptr) << r.method << " " << r.path_template << " does not match itself";
        served[r.method + " " + shape(r.path_template)] = m.needs_credential;
    }
    std::set<std::string> public_by_spec, public_by_server;
    for (auto& op : operations(spec)) {
        auto it = served.find(op.method + " " + shape(op.path));
        if (it == served.end()) continue;  // reported by EveryRouteIsDocumentedAndEveryOperationIsARoute
        bool documented = needs_credential(spec, op);
        EXPECT_EQ(documented, it->second)
            << op.name() << (it->second ? ": the server requires a credential, but the file says security: []"
                                        : ": the server takes no credential, so the file must say security: []");
        if (!documented) public_by_spec.insert(op.name());
    }
    EXPECT_FALSE(public_by_spec.empty());
    EXPECT_TRUE(public_by_spec.count("POST /api/v1/auth/login")) << "signing in must need no credential";
}

// And on the wire: without a credential, every secured operation is 401 with
// WWW-Authenticate, before anything else is looked at; the public ones are never 401.
TEST(Contract, SecuredOperationsAnswer401WithoutACredential) {
    Spec spec;
    testsupport::TestServer server;
    auto client = server.client();
    for (auto& op : operations(spec)) {
        auto r = client.request(op.method, concrete(op.path));
        if (needs_credential(spec, op)) {
            EXPECT_EQ(r.status, 401) << op.name() << ": " << r.body;
            EXPECT_EQ(r.header("content-type"), "application/problem+json") << op.name();
            EXPECT_EQ(r.header("www-authenticate").rfind("Bearer realm=\"nastavnik\"", 0), 0u)
                << op.name() << ": WWW-Authenticate: " << r.header("www-authenticate");
        } else {
            EXPECT_NE(r.status, 401) << op.name() << " needs no credential: " << r.body;
        }
    }
}

TEST(Contract, ServerServesTheFileAsYaml) {
    Spec spec;
    testsupport::TestServer server;
    auto r = server.client().get("/openapi.yaml");
    ASSERT_EQ(r.status, 200) << r.body;
    auto type = r.header("content-type");
    EXPECT_NE(type.find("yaml"), std::string::npos) << "Content-Type: " << type;
    EXPECT_TRUE(r.body == spec.text()) << "GET /openapi.yaml does not return the bytes of " << kSpecPath;
    EXPECT_FALSE(r.header("x-request-id").empty());
}

}  // namespace
