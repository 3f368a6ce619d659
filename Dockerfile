# BriefingBot: build and test with the SDK, ship on the ASP.NET Core runtime (Discord HTTP interactions and the
# health listener need it). Classic builder compatible: no BuildKit-only syntax.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
COPY . .
RUN dotnet restore BriefingBot.sln
RUN dotnet build BriefingBot.sln -c Release --no-restore

# The test suite runs as part of the build; --build-arg RUN_TESTS=false skips it (e.g. when CI has just run it).
FROM build AS test
ARG RUN_TESTS=true
RUN if [ "$RUN_TESTS" = "true" ]; then dotnet test BriefingBot.sln -c Release --no-build; else echo "tests skipped (RUN_TESTS=$RUN_TESTS)"; fi

FROM test AS publish
RUN dotnet publish src/BriefingBot/BriefingBot.csproj -c Release --no-build -o /app \
 && rm -f /app/*.pdb

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=publish /app .
# The store, chat state and backups live on the /data volume; the health listener answers the HEALTHCHECK.
ENV BRIEFINGBOT__LIBRARY__STOREPATH=/data/briefings.db \
    BRIEFINGBOT__CHAT__STATEPATH=/data/chat-state.db \
    BRIEFINGBOT__HEALTH__ENABLED=true \
    BRIEFINGBOT__HEALTH__ADDRESS=0.0.0.0 \
    BRIEFINGBOT__HEALTH__PORT=8080
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["dotnet", "/app/BriefingBot.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "/app/BriefingBot.dll"]
CMD ["serve"]
