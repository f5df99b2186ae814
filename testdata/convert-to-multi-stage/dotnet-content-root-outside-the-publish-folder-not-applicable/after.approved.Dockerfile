# Use Microsoft's official .NET image.
FROM mcr.microsoft.com/dotnet/core/sdk:3.1

WORKDIR /app
COPY *.csproj .
RUN dotnet restore
COPY . .
RUN dotnet publish -c Release -o out
CMD ["dotnet", "out/CloudSql.dll"]
