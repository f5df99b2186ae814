FROM registry.example.com/team/app-base:2
CMD ["app", "--serve"]
