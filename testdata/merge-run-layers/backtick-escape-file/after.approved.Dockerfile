# escape=`
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
RUN mkdir C:\app
RUN echo hi > C:\app\hi.txt
