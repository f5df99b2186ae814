FROM mcr.microsoft.com/dotnet/sdk:8.0
WORKDIR /src
COPY . .
RUN dotnet publish -c Release
CMD ["dotnet", "bin/Release/net8.0/publish/App.dll"]
