using QRCoder;

namespace SovietInterventions.Web.Editions;

/// <summary>A QR code drawn as inline SVG on the server, so that printing a handout fetches nothing from anywhere.</summary>
public static class QrCode
{
    public static string Svg(string text, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(new System.Drawing.Size(160, 160), "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return svg.Replace("<svg ", $"<svg class=\"qr-code\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" ", StringComparison.Ordinal);
    }
}
