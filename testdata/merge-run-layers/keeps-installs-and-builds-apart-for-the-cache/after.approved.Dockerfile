FROM debian:bookworm
WORKDIR /web
RUN npm ci
RUN npm run build
RUN cp -r dist /srv/www
WORKDIR /web2
RUN yarn install --frozen-lockfile && yarn build
RUN rm -rf node_modules/.cache
WORKDIR /api
RUN go mod download
RUN CGO_ENABLED=0 go build -o /usr/local/bin/api ./cmd/api
RUN strip /usr/local/bin/api
WORKDIR /svc
RUN mvn -B dependency:go-offline
RUN mvn -B -DskipTests clean package
RUN cp target/svc.jar /svc.jar
WORKDIR /gradle
RUN ./gradlew --no-daemon bootJar -x test
RUN cp build/libs/app.jar /app.jar
WORKDIR /dotnet
RUN dotnet restore
RUN dotnet publish -c Release -o /out
RUN rm -rf obj
WORKDIR /rust
RUN cargo build --release
RUN cp target/release/app /usr/local/bin/
WORKDIR /py
RUN python -m pip install -r requirements.txt
RUN python manage.py collectstatic --noinput \
    && pip install gunicorn \
    && apt-get update \
    && apt-get install -y curl
