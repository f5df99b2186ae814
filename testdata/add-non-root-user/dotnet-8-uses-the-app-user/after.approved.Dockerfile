FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY publish/ .
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Api.dll"]
