FROM alpine
# café in Latin-1: not valid UTF-8
LABEL author="José"
RUN echo ok