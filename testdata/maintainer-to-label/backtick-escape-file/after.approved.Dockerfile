# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
LABEL org.opencontainers.image.authors="Team ``ops`` `$team"
