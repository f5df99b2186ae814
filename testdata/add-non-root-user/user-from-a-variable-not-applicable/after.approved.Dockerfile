FROM alpine:3.20
ARG APP_USER=app
RUN adduser -S -D $APP_USER
USER $APP_USER
CMD ["sh"]
