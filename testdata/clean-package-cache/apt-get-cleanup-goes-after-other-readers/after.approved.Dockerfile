FROM ubuntu:22.04
RUN apt-get update && apt-get install -y aptitude && aptitude install -y curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y devscripts equivs && mk-build-deps -i -r -t "apt-get -y" debian/control && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y python3-rosdep && rosdep init && rosdep install -y --from-paths src && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y curl && ./install-deps.sh && rm -rf /var/lib/apt/lists/* && echo done
RUN apt-get update && apt-get install -y curl && curl -L https://get.rvm.io | bash -s stable && /usr/local/rvm/bin/rvm-shell -l -c 'rvm requirements' && rm -rf /var/lib/apt/lists/* && echo done
