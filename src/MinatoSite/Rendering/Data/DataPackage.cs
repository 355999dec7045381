using System.Text.Json;
using MinatoSite.Model;

namespace MinatoSite.Rendering.Data;

/// <summary>
/// <c>datapackage.json</c> beside each set's files: a Frictionless Tabular Data Package naming each CSV, its
/// dialect and its Table Schema, so that a validator (<c>frictionless validate datapackage.json</c>) or a portal
/// reads the folder as one dataset.
/// </summary>
public static class DataPackage
{
    public static void Write(Stream stream, OpenDataSet set, Language language, SiteRenderer site)
    {
        var model = site.Model;
        var catalogue = model.Catalogues[language.Code];
        var urls = site.Urls;
        using (var json = new Utf8JsonWriter(stream, OpenDataJson.Options))
        {
            json.WriteStartObject();
            // Not a tabular-data-package: that profile allows only tables, and the folder's JSON is in it too.
            json.WriteString("profile", "data-package");
            json.WriteString("name", $"{DataCatalog.DatasetId(set, model)}-{language.Code.ToLowerInvariant()}");
            json.WriteString("title", DataCatalog.TitleOf(set, catalogue, site));
            json.WriteString("homepage", urls.Absolute(language, set.LandingPage));
            json.WriteStartArray("licenses");
            json.WriteStartObject();
            json.WriteString("path", model.Settings.LicenseUrl);
            json.WriteString("title", model.Settings.License);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("resources");
            foreach (var file in OpenData.Files(set).Where(f => f.IsDistribution))
            {
                json.WriteStartObject();
                json.WriteString("name", file.Table?.Name ?? "initiatives-json");
                json.WriteString("path", file.FileName);
                json.WriteString("title", catalogue[$"data.file.{file.Key}"]);
                if (file.Table is { } table)
                {
                    json.WriteString("profile", "tabular-data-resource");
                    json.WriteString("format", "csv");
                    json.WriteString("mediatype", "text/csv");
                    json.WriteString("encoding", "utf-8");
                    json.WriteStartObject("dialect");
                    json.WriteString("delimiter", ",");
                    json.WriteString("lineTerminator", "\r\n");
                    json.WriteBoolean("header", true);
                    json.WriteEndObject();
                    json.WriteString("schema", urls.Absolute(language, DataSchemas.TableSchemaOf(table)));
                }
                else
                {
                    json.WriteString("profile", "data-resource");
                    json.WriteString("format", "json");
                    json.WriteString("mediatype", "application/json");
                    json.WriteString("encoding", "utf-8");
                    json.WriteString("schema", urls.Absolute(language, DataSchemas.JsonSchema));
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }
}
