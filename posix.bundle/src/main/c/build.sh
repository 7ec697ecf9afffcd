#!/bin/sh
# Compiles osprey-exec into $1/META-INF/native/<os>-<arch>/, the folder the provider looks in
# (org.osprey.posix.proc.ExecHelper): <os> is linux or darwin, <arch> x86_64 or aarch64. Under META-INF, because
# bnd makes every other folder a package of the module, and <os>-<arch> is no package name jlink accepts.
set -eu
os=$(uname -s | tr '[:upper:]' '[:lower:]')
arch=$(uname -m)
case "$arch" in
  arm64) arch=aarch64 ;;
  amd64) arch=x86_64 ;;
esac
out="$1/META-INF/native/$os-$arch"
mkdir -p "$out"
cc -O2 -Wall -Wextra -Werror -o "$out/osprey-exec" "$(dirname "$0")/osprey-exec.c"
