FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN mkdir C:\app
RUN echo hello > C:\app\hello.txt
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN Invoke-WebRequest https://example.org/tool.zip -OutFile tool.zip
RUN Expand-Archive tool.zip -DestinationPath C:\tool
