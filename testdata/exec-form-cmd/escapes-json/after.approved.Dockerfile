FROM alpine:3.20
CMD ["./serve", "say \"hi\"", "C:\\dir"]
