FROM alpine:3.20
# dockmend:ignore exec-form-cmd
CMD ./first
# hadolint ignore=DL3025
CMD ./second
# dockmend:ignore
CMD ./third
CMD ["./fourth"]
