FROM ubuntu:22.04
RUN apt-get update && \
    # a comment inside the continuation
    apt-get install -y --no-install-recommends \
      ca-certificates \
      git \

    && echo "blank line above" \  
    && echo done
ENV A="quoted \"value\"" B='single $X' \
    C=plain\ space
LABEL multi="line \
value"
CMD echo "$A" && \
    exec app
