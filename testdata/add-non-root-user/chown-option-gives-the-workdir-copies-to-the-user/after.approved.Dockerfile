FROM alpine:3.20
RUN apk add --no-cache python3
WORKDIR /app
RUN addgroup -S -g 10001 app && adduser -S -D -u 10001 -G app app
COPY --chown=app:app requirements.txt .
COPY --chown=app:app . .
COPY nginx.conf /etc/nginx/nginx.conf
USER app
CMD ["python3", "app.py"]
