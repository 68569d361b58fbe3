#include "tests/support/process.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <stdexcept>
#include <thread>

namespace testsupport {

std::string nastavnik_binary() { return NASTAVNIK_BINARY; }

int free_port() {
    // Bind to port 0 on loopback: the kernel picks a port nothing is bound to (a port merely
    // not listening may still be the local end of a connection, and a server could not bind it).
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("socket failed");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        close(fd);
        throw std::runtime_error("bind failed");
    }
    close(fd);
    return ntohs(addr.sin_port);
}

Process::Process(const std::vector<std::string>& args, const std::map<std::string, std::string>& env)
    : Process(nastavnik_binary(), args, env) {}

Process::Process(const std::string& program, const std::vector<std::string>& args,
                 const std::map<std::string, std::string>& env) {
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
        std::vector<std::string> envs;
        if (!env.count("PATH")) envs.push_back("PATH=/usr/bin:/bin");
        if (!env.count("HOME")) envs.push_back("HOME=/tmp");
        for (auto& [k, v] : env) envs.push_back(k + "=" + v);
        std::vector<char*> argv, envp;
        std::string bin = program;
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
