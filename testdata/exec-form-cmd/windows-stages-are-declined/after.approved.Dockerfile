FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
CMD app.exe --serve

FROM mcr.microsoft.com/windows/servercore:ltsc2022
ENTRYPOINT C:\app\server.exe

FROM debian:bookworm AS tools
SHELL ["powershell", "-Command"]
CMD Start-Service app
