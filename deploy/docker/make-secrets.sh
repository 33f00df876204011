#!/bin/sh
# Create the secret files compose.yaml mounts, each readable only by the container user that
# needs it. Run once, as root, from deploy/docker/. Never overwrites an existing secret: the data
# key and the passwords must outlive every rebuild.
set -eu
umask 077
cd "$(dirname "$0")"
if [ "$(id -u)" != 0 ]; then
    echo "run as root (sudo $0): the files must belong to the containers' users" >&2
    exit 2
fi
mkdir -p secrets backups
chmod 0700 secrets

random() { head -c 32 /dev/urandom | base64 | tr -d '=+/\n' | cut -c1-40; }

# secret NAME OWNER CONTENT: write secrets/NAME with CONTENT unless it exists; then owner, mode.
secret() {
    if [ ! -e "secrets/$1" ]; then
        printf '%s\n' "$3" > "secrets/$1"
        echo "created secrets/$1"
    fi
    chown "$2" "secrets/$1"
    chmod 0600 "secrets/$1"
}

# uids: 999 = postgres in the postgres image, 991 = synapse, 10001 = continuum (the Dockerfile).
secret postgres_password 999:999 "$(random)"
# libpq's password file for Synapse: the same password, host:port:database:user:password.
secret synapse_pgpass 991:991 "postgres:5432:synapse:synapse:$(cat secrets/postgres_password)"
secret synapse_registration_secret 991:991 "$(random)"
secret synapse_macaroon_secret 991:991 "$(random)"
secret synapse_form_secret 991:991 "$(random)"
secret continuum_password 10001:10001 "$(random)"
# The at-rest data key: 32 random bytes, url-safe base64 (the format of `continuum keygen`).
secret continuum_data_key 10001:10001 "$(head -c 32 /dev/urandom | base64 | tr '+/' '-_')"
chown 10001:10001 backups
chmod 0700 backups
echo "secrets/ is ready. Keep a copy of secrets/continuum_data_key OUTSIDE this machine:"
echo "without it no backup can be opened."
