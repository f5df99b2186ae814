FROM registry.example.com/team/base:1.4
COPY app /app
EXPOSE 8080
CMD ["/app"]
