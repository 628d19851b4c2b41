# Soviet Interventions encyclopedia: self-contained, immutable image (database imported at build time).
# Build:  docker build -t soviet-interventions .
# Run:    docker run --rm -p 8080:8080 -e Encyclopedia__PublicBaseUrl=https://encyclopedia.example soviet-interventions
#         (the public address builds every absolute URL and is the only host answered; the default suits a local trial)
# No Docker engine on the development/CI machines: CI lints this file (scripts/lint-dockerfile.sh) and runs
# the same build/import commands as the README directly.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# Same command as the README's import, against the image's database path
RUN dotnet run --project src/SovietInterventions.Importer -c Release -- import seeds /out/db/encyclopedia.db \
 && dotnet publish src/SovietInterventions.Web -c Release -o /out/web

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
ARG PUBLIC_BASE_URL=http://localhost:8080
WORKDIR /app
COPY --from=build /out/web /app
COPY --from=build /out/db /data
# MALLOC_ARENA_MAX=2: two malloc arenas instead of one per thread, 20-30 MB less native memory (docs/benchmarks.md).
# DOTNET_GCgen0size: a 2 MB gen0 budget instead of one sized by the CPU cache (16 MB here), 12-22 MB less after a busy
# minute at no measured CPU cost (docs/benchmarks.md); the runtime reads it only from the environment.
ENV ASPNETCORE_URLS=http://+:8080 \
    Encyclopedia__DatabasePath=/data/encyclopedia.db \
    Encyclopedia__SeedsPath="" \
    Encyclopedia__PublicBaseUrl=$PUBLIC_BASE_URL \
    DOTNET_gcServer=0 \
    DOTNET_GCgen0size=0x200000 \
    MALLOC_ARENA_MAX=2
EXPOSE 8080
# The aspnet image has no curl or wget: the check uses bash's built-in /dev/tcp (no extra package). It sends the
# public host, the only one the site answers.
HEALTHCHECK --interval=30s --timeout=3s --retries=3 \
  CMD ["bash", "-c", "h=${Encyclopedia__PublicBaseUrl#*://}; h=${h%%/*}; exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.1\\r\\nHost: %s\\r\\nConnection: close\\r\\n\\r\\n' \"$h\" >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# The image's built-in non-root user ("app", uid 1654); files stay root-owned, so the container never writes.
USER $APP_UID
ENTRYPOINT ["dotnet", "SovietInterventions.Web.dll"]
