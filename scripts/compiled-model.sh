#!/usr/bin/env bash
# Regenerates EF Core's compiled model of EncyclopediaDb (src/SovietInterventions.Core/Data/CompiledModel) after a change to
# the entities or to OnModelCreating; Core.Tests' CompiledModelTests fails until it is regenerated. EF Core finds the
# compiled model by its assembly attribute and no longer builds the model at start (docs/benchmarks.md, fifteenth round).
# `dotnet ef` needs Microsoft.EntityFrameworkCore.Design (and Roslyn) in a startup project: a throwaway one outside the
# repository keeps them out of the site's and the importer's builds.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
EF=$(sed -n 's/.*"Microsoft.EntityFrameworkCore.Sqlite" Version="\([^"]*\)".*/\1/p' "$ROOT/Directory.Packages.props")
export PATH="$PATH:$HOME/.dotnet/tools"
if [ "$(dotnet-ef --version 2>/dev/null | tail -1)" != "$EF" ]; then
  dotnet tool update -g dotnet-ef --version "$EF" >/dev/null || dotnet tool install -g dotnet-ef --version "$EF" >/dev/null
fi
design=$(mktemp -d); trap 'rm -rf "$design"' EXIT
cat > "$design/ModelDesign.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.Design" Version="$EF" />
    <ProjectReference Include="$ROOT/src/SovietInterventions.Core/SovietInterventions.Core.csproj" />
  </ItemGroup>
</Project>
XML
cat > "$design/Factory.cs" <<'CS'
using Microsoft.EntityFrameworkCore.Design;
using SovietInterventions.Core.Data;

// How `dotnet ef` makes the context; the model does not depend on the file or the mode.
public sealed class Factory : IDesignTimeDbContextFactory<EncyclopediaDb>
{
    public EncyclopediaDb CreateDbContext(string[] args) => new(EncyclopediaDb.OptionsFor(":memory:", readOnly: true));
}

public static class Program { public static void Main() { } }
CS
dotnet restore "$design" >/dev/null
rm -rf "$ROOT/src/SovietInterventions.Core/Data/CompiledModel"
dotnet ef dbcontext optimize --project "$ROOT/src/SovietInterventions.Core" --startup-project "$design" --context EncyclopediaDb \
  --output-dir Data/CompiledModel --namespace SovietInterventions.Core.Data.CompiledModel
