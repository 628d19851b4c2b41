namespace SovietInterventions.Web.Pictures;

/// <summary>
/// Which screen a picture is laid out for. Every picture scales to the width of its container,
/// and SVG text scales with it, so one layout cannot be legible on both a phone and a desktop:
/// Narrow uses a narrower viewBox or larger legend text. A page may render both and show one
/// per screen width with a CSS media query (classes picture-wide and picture-narrow).
/// </summary>
public enum PictureWidth
{
    Wide,
    Narrow,
}
