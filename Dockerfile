# dockmend's own image: the command line on a JRE, run as a non-root user in /work.
#   docker build -t dockmend .
#   docker run --rm -v "$PWD:/work" dockmend check
# (docs/ci.md: fix --write as your own user, and the image in CI.)

FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /src
# The poms first, then their dependencies: this layer is built again only when a pom changes, not on every
# change of the sources. Every module's pom is needed, as the reactor reads them all. go-offline 3.8.1 leaves
# the reactor's own modules out (earlier versions try to download them and fail).
COPY pom.xml ./
COPY .mvn .mvn
COPY grammar/pom.xml grammar/
COPY engine/pom.xml engine/
COPY recipes/pom.xml recipes/
COPY cli/pom.xml cli/
COPY bench/pom.xml bench/
COPY fuzz/pom.xml fuzz/
RUN mvn -B -ntp -q -pl cli -am org.apache.maven.plugins:maven-dependency-plugin:3.8.1:go-offline
COPY grammar/src grammar/src
COPY engine/src engine/src
COPY recipes/src recipes/src
COPY cli/src cli/src
# The class-data sharing training run of the cli build reads testdata/.
COPY testdata testdata
RUN mvn -B -ntp -q -pl cli -am package -DskipTests

FROM eclipse-temurin:17-jre
# The launcher with the jar beside it, as bin/dockmend finds it in an installed copy, and the class list of
# the build's training run, from which the archive is made here: an archive is only taken by the JVM that
# made it, for the jar at the path it had then.
COPY bin/dockmend /opt/dockmend/dockmend
COPY --from=build /src/cli/target/dockmend.jar /src/cli/target/dockmend.classlist /opt/dockmend/
RUN java -Xshare:dump -XX:SharedClassListFile=/opt/dockmend/dockmend.classlist \
        -XX:SharedArchiveFile=/opt/dockmend/dockmend.jsa -cp /opt/dockmend/dockmend.jar > /dev/null \
    && rm /opt/dockmend/dockmend.classlist \
    && ln -s /opt/dockmend/dockmend /usr/local/bin/dockmend \
    && useradd --system --uid 10001 --user-group --create-home dockmend
USER dockmend
WORKDIR /work
# a command-line tool that runs and exits, not a service: nothing to probe
HEALTHCHECK NONE
ENTRYPOINT ["dockmend"]
CMD ["--help"]
