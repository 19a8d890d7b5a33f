#!/usr/bin/env bash
# The one test command: installs what is missing, builds, and runs every test.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "need root to run: $*" >&2; return 1; fi
}

apt_updated=
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }

# Debian packages the tests use: xmllint for the manifest check, Chromium for browser tests,
# PostgreSQL for the scale-out store. Each is installed only when its tests exist.
packages=()
[ -f manifest.xml ] && packages+=(libxml2-utils)
[ -d tests/MentorScheduler.E2E.Tests ] && packages+=(chromium)
[ -d tests/MentorScheduler.Api.Tests/PostgreSql ] && packages+=(postgresql)
[ ${#packages[@]} -gt 0 ] && apt_install "${packages[@]}"

# PostgreSQL for the scale-out store's tests: the local cluster, and a role for this OS user so the tests
# connect over the Unix socket with peer authentication (no password anywhere).
if [ -d tests/MentorScheduler.Api.Tests/PostgreSql ]; then
  log "PostgreSQL"
  cluster=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1" "$2}')
  if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
    as_root pg_createcluster "$version" main >/dev/null
    cluster="$version main"
  fi
  pg_lsclusters -h | awk 'NR==1 {print $4}' | grep -q online || as_root pg_ctlcluster $cluster start
  for _ in $(seq 1 30); do pg_isready -q -h /var/run/postgresql && break; sleep 1; done
  me=$(id -un)
  as_root su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_roles WHERE rolname = '$me'\" | grep -q 1 || psql -q -c 'CREATE ROLE \"$me\" LOGIN CREATEDB'"
  export MENTORSCHEDULER_TEST_POSTGRES="Host=/var/run/postgresql;Username=$me;Database=postgres"
fi

if [ -f addin/package.json ]; then
  log "npm packages for the task pane"
  (cd addin && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi)
fi

log "tools"
dotnet tool restore >/dev/null

log "build"
dotnet build MentorScheduler.sln -nologo -clp:ErrorsOnly

log "formatting (dotnet format --verify-no-changes)"
dotnet format MentorScheduler.sln --verify-no-changes --no-restore -v quiet

if [ -f addin/package.json ]; then
  log "task pane unit tests"
  (cd addin && npm test)
fi

log "tests"
dotnet test MentorScheduler.sln --no-build -nologo --logger "console;verbosity=minimal" --results-directory TestResults
