#!/usr/bin/env bash
# Prints a TCP port on 127.0.0.1 that nothing listens on, below the kernel's range for the
# local ends of connections (32768 and up by default), where a port nothing listens on may
# still be taken by a connection and could not be bound.
for _ in $(seq 1 200); do
  p=$(( 20000 + RANDOM % 12000 ))
  (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo "$p"; exit 0; }
done
echo "error: no free port found" >&2; exit 1
