FROM node:22
CMD node $APP_HOME/server.js
CMD ./migrate && ./serve
CMD ./serve > /var/log/serve.log
CMD ls *.txt
CMD cd /app
CMD PORT=8080 ./serve
CMD ./serve ~/config
CMD echo \$HOME
CMD ./serve # with a comment
CMD ./serve "$HOME"
