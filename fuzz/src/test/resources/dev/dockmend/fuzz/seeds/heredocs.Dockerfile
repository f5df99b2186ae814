# syntax=docker/dockerfile:1
FROM debian:bookworm
RUN <<EOF
set -e
apt-get update
apt-get install -y curl
EOF
RUN <<-'SCRIPT' bash
	echo "$HOME is not expanded"
	SCRIPT
COPY <<CONF /etc/app.conf
name=${NAME:-demo}
CONF
RUN cat <<A <<"B" > /tmp/both
first
A
second
B
RUN python3 <<PY
print("hi")
PY
