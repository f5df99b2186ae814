FROM alpine:3.20
# start the server
CMD ["./serve", "--port", "8080"]