# Use Microsoft's official .NET image.
FROM mcr.microsoft.com/dotnet/sdk:8.0

WORKDIR /app
COPY *.csproj .
RUN dotnet restore
COPY . .
RUN dotnet publish -c Release -o out
CMD ["dotnet", "out/CloudSql.dll"]
