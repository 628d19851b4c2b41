namespace SovietInterventions.Web.Pictures;

public static class PicturesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="WorldMapGeometry"/> and <see cref="WorldMap"/> as singletons. The map
    /// data is read and projected here, at start-up, so a missing data file fails fast and no
    /// request pays for it.
    /// </summary>
    public static IServiceCollection AddPictures(this IServiceCollection services)
    {
        services.AddSingleton(WorldMapGeometry.Load());
        services.AddSingleton<WorldMap>();
        return services;
    }
}
