# Local stand-in for mcr.microsoft.com/dotnet/runtime-deps:10.0, which the image's runtime stage starts from, on a
# machine that cannot reach Microsoft's registry: ../shared/docker's stand-ins provide sdk and aspnet only. Built by
# smoke.sh from the same debootstrap'd Debian 12 base (already the runtime-deps packages), with what the Dockerfile
# relies on in Microsoft's image: APP_UID=1654 and the user `app`, ASPNETCORE_HTTP_PORTS=8080, no dotnet, no curl.
ARG BASE=voipuapi-local/bookworm-deps:12
FROM ${BASE}
ENV APP_UID=1654 \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
RUN groupadd --gid=$APP_UID app \
 && useradd --no-log-init --uid=$APP_UID --gid=$APP_UID --create-home app
CMD ["bash"]
