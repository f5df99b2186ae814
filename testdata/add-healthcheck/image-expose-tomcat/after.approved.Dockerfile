FROM tomcat:10.1-jre17
COPY app.war /usr/local/tomcat/webapps/ROOT.war
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["curl", "-s", "-o", "/dev/null", "http://127.0.0.1:8080/"]
