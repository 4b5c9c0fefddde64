#!/usr/bin/env bash
# Install (when missing) and start PostgreSQL and Redis on 127.0.0.1, idempotently.
# Prints the DATABASE_URL and REDIS_URL exports to use.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

missing=()
command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq >&2 && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The cluster on port 5432, whatever else the machine holds (bench/faults.py
# makes its own cluster on another port, and pg_lsclusters lists it first).
read -r version cluster < <(pg_lsclusters --no-header | awk '$3 == 5432 {print $1, $2; exit}') || true
if [ -z "${version:-}" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  cluster=main
  pg_createcluster "$version" "$cluster" -p 5432 >&2
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start >&2 ||
    { tail -20 "/var/log/postgresql/postgresql-$version-$cluster.log" >&2; exit 1; }
fi
for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
pg_isready -h 127.0.0.1 -p 5432 >&2

psql_admin() { su postgres -c "psql -X -q -tA -c \"$1\""; }
[ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname='journal'")" = 1 ] ||
  psql_admin "CREATE ROLE journal LOGIN SUPERUSER PASSWORD 'journal'"
[ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname='journal'")" = 1 ] ||
  su postgres -c "createdb -O journal journal"

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >&2
  for _ in $(seq 20); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break; sleep 0.5; done
fi

echo "export DATABASE_URL=postgres://journal:journal@127.0.0.1:5432/journal"
echo "export REDIS_URL=redis://127.0.0.1:6379/0"
