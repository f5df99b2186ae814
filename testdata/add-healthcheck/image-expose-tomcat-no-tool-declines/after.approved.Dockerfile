FROM tomcat:10.1-jre17
COPY app.war /usr/local/tomcat/webapps/ROOT.war
