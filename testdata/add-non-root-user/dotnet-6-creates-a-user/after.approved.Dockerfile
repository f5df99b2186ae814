FROM mcr.microsoft.com/dotnet/aspnet:6.0
WORKDIR /app
COPY publish/ .
EXPOSE 8080
RUN groupadd --system --gid 10001 app && useradd --system --no-log-init --uid 10001 --gid app app
USER app
ENTRYPOINT ["dotnet", "Api.dll"]
