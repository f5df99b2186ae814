FROM mysql:8.4
COPY my.cnf /etc/mysql/conf.d/
EXPOSE 3306
