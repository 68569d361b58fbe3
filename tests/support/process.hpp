#pragma once
// Runs the real `nastavnik` binary (or another program) as a child process, for start-up and
// shutdown tests and the contract tools.
#include <map>
#include <string>
#include <vector>

namespace testsupport {

class Process {
public:
    // Starts `binary args…` with the environment `env` (added to a minimal PATH/HOME).
    Process(const std::vector<std::string>& args, const std::map<std::string, std::string>& env);
    // Starts another program (an absolute path) the same way, e.g. node for a contract tool.
    Process(const std::string& program, const std::vector<std::string>& args,
            const std::map<std::string, std::string>& env);
    ~Process();
    void signal(int sig);
    // Waits for exit up to timeout_ms; returns the exit code, or -1 when it is still running
    // (then it is killed).
    int wait(int timeout_ms);
    // Everything the process wrote to stderr and stdout so far (after wait: all of it).
    std::string output();

private:
    int pid_ = -1;
    int out_fd_ = -1;
    std::string captured_;
    void drain(int timeout_ms);
};

std::string nastavnik_binary();

// A loopback port nothing is bound to, for a server a test starts.
int free_port();

}  // namespace testsupport
