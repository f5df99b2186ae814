FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3-rosdep
RUN rosdep init && rosdep install -y --from-paths src

FROM ubuntu:22.04
RUN apt-get update && apt-get install -y ansible
RUN ansible-playbook -c local site.yml

FROM ubuntu:22.04
RUN apt-get update && apt-get install -y curl
COPY install-deps.sh /tmp/
RUN /tmp/install-deps.sh
