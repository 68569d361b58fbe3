#include "tests/support/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <stdexcept>
#include <thread>

namespace testsupport {

std::string nastavnik_binary() { return NASTAVNIK_BINARY; }

Process::Process(const std::vector<std::string>& args, const std::map<std::string, std::string>& env) {
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ == 0) {
        dup2(fds[1], 1);
        dup2(fds[1], 2);
        close(fds[0]);
        close(fds[1]);
        // Unblock the signals a test runner may have blocked.
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        std::vector<std::string> envs = {"PATH=/usr/bin:/bin", "HOME=/tmp"};
        for (auto& [k, v] : env) envs.push_back(k + "=" + v);
        std::vector<char*> argv, envp;
        std::string bin = nastavnik_binary();
        argv.push_back(bin.data());
        for (auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        for (auto& e : envs) envp.push_back(e.data());
        envp.push_back(nullptr);
        execve(bin.c_str(), argv.data(), envp.data());
        _exit(127);
    }
    close(fds[1]);
    out_fd_ = fds[0];
    fcntl(out_fd_, F_SETFL, O_NONBLOCK);
}

Process::~Process() {
    if (pid_ > 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
    }
    if (out_fd_ >= 0) close(out_fd_);
}

void Process::signal(int sig) {
    if (pid_ > 0) kill(pid_, sig);
}

void Process::drain(int timeout_ms) {
    char buf[4096];
    pollfd p{out_fd_, POLLIN, 0};
    if (poll(&p, 1, timeout_ms) <= 0) return;
    for (;;) {
        auto n = read(out_fd_, buf, sizeof buf);
        if (n <= 0) return;
        captured_.append(buf, static_cast<std::size_t>(n));
    }
}

int Process::wait(int timeout_ms) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        drain(20);
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            drain(50);
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
    }
    return -1;
}

std::string Process::output() {
    drain(0);
    return captured_;
}

}  // namespace testsupport
