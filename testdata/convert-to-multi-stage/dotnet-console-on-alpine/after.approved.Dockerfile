FROM mcr.microsoft.com/dotnet/sdk:8.0-alpine AS build
WORKDIR /src
COPY Worker.csproj Program.cs ./
RUN dotnet publish --configuration Release --output out

FROM mcr.microsoft.com/dotnet/runtime:8.0-alpine
WORKDIR /src
COPY --from=build /src/out /src/out
ENTRYPOINT ["dotnet", "out/Worker.dll"]
