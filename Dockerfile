# BriefingBot: build and test with the SDK, ship on the ASP.NET Core runtime (Discord HTTP interactions and the
# health listener need it). Classic builder compatible: no BuildKit-only syntax.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Restore from the project files alone, so this layer (the packages) is reused until a project's references change.
# BriefingBot.Ship.slnf is what ships and its tests; the benchmark is not in the image.
COPY BriefingBot.sln BriefingBot.Ship.slnf Directory.Build.props Directory.Packages.props global.json ./
COPY src/BriefingBot.Core/BriefingBot.Core.csproj src/BriefingBot.Core/
COPY src/BriefingBot.Chat/BriefingBot.Chat.csproj src/BriefingBot.Chat/
COPY src/BriefingBot.Telegram/BriefingBot.Telegram.csproj src/BriefingBot.Telegram/
COPY src/BriefingBot.Discord/BriefingBot.Discord.csproj src/BriefingBot.Discord/
COPY src/BriefingBot/BriefingBot.csproj src/BriefingBot/
COPY tests/BriefingBot.Testing/BriefingBot.Testing.csproj tests/BriefingBot.Testing/
COPY tests/BriefingBot.FakeTelegram/BriefingBot.FakeTelegram.csproj tests/BriefingBot.FakeTelegram/
COPY tests/BriefingBot.Core.Tests/BriefingBot.Core.Tests.csproj tests/BriefingBot.Core.Tests/
COPY tests/BriefingBot.Chat.Tests/BriefingBot.Chat.Tests.csproj tests/BriefingBot.Chat.Tests/
COPY tests/BriefingBot.Telegram.Tests/BriefingBot.Telegram.Tests.csproj tests/BriefingBot.Telegram.Tests/
COPY tests/BriefingBot.Discord.Tests/BriefingBot.Discord.Tests.csproj tests/BriefingBot.Discord.Tests/
COPY tests/BriefingBot.Tests/BriefingBot.Tests.csproj tests/BriefingBot.Tests/
RUN dotnet restore BriefingBot.Ship.slnf
COPY . .
RUN dotnet build BriefingBot.Ship.slnf -c Release --no-restore

# The test suite runs as part of the build; --build-arg RUN_TESTS=false skips it (only when the same commit has just
# passed it elsewhere).
FROM build AS test
ARG RUN_TESTS=true
RUN if [ "$RUN_TESTS" = "true" ]; then dotnet test BriefingBot.Ship.slnf -c Release --no-build; else echo "tests skipped (RUN_TESTS=$RUN_TESTS)"; fi

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
# Asked every 10 s, so "healthy" shows within seconds of ready (Engine 25+ could use --start-interval; older engines refuse
# the flag, and the check is a short .NET process).
HEALTHCHECK --interval=10s --timeout=10s --start-period=60s --retries=3 \
    CMD ["dotnet", "/app/BriefingBot.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "/app/BriefingBot.dll"]
CMD ["serve"]
