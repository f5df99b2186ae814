FROM nginx:1.27
ENTRYPOINT []
CMD ["nginx", "-g", "daemon off;"]
