using Microsoft.AspNetCore.Mvc.Testing;

namespace SovietInterventions.Web.Tests;

/// <summary>The site in Production mode over a fresh copy of <see cref="SampleData"/> in a temp folder.</summary>
public sealed class EncyclopediaFactory : DatabaseFolderFactory
{
    public EncyclopediaFactory() : base("web-tests") => SampleData.CreateDatabase(DatabasePath);

    /// <summary>A client that reports redirects instead of following them.</summary>
    public HttpClient CreateClientWithoutRedirects(string baseAddress = "http://localhost") =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<EncyclopediaFactory>
{
    public const string Name = "site";
}
