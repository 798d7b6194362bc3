# The emulator as a container: multi-stage, runs as the image's non-root user, one port (8080).
#   docker build -t voipuapi .
#   docker run --rm -p 127.0.0.1:8080:8080 voipuapi
# It runs with a read-only root filesystem and no capabilities too (--read-only --cap-drop ALL), as the smoke test
# (tests/docker/smoke.sh) checks; examples/compose/ runs it beside a client.
# Configuration comes from environment variables (Telephony__DefaultCallDurationSeconds=60, see
# docs/configuration.md); a seed file can be mounted and named with Emulator__SeedPath=/seed/seed.json.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
# Self-contained, one composite ReadyToRun image of the emulator and the framework together: the framework's generic
# code over the emulator's types is precompiled too, so a start JITs a quarter of the methods (docs/decisions/0034).
RUN dotnet publish src/VoipUapi.Api -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true \
      -p:PublishReadyToRunComposite=true -o /app --nologo

# The app carries its own runtime: the base needs only what the runtime needs from the OS.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_NOLOGO=1
EXPOSE 8080
USER $APP_UID
# The emulator checks itself: no curl in the image. It asks /healthz on the port ASPNETCORE_HTTP_PORTS or
# ASPNETCORE_URLS names, so the check follows a port changed at `docker run -e ASPNETCORE_HTTP_PORTS=9000`.
HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=3 \
  CMD ["/app/VoipUapi.Api", "--health-check"]
ENTRYPOINT ["/app/VoipUapi.Api"]
