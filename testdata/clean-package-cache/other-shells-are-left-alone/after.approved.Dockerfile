FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN pip install flask

FROM node:22 AS pwsh
SHELL ["pwsh", "-Command"]
RUN npm install -g serve
