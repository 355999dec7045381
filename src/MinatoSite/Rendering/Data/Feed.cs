using System.Globalization;
using System.Text;
using System.Xml;
using MinatoSite.Model;
using MinatoSite.Planning;

namespace MinatoSite.Rendering.Data;

/// <summary>
/// What changed on the site, as an Atom feed in each language (<c>/feed.xml</c>, <c>/en/feed.xml</c>), linked from
/// every page: an entry when a report is published, and one for each initiative whose content staff dated
/// (<c>updated:</c>), with its status. The newest first, at most <see cref="MaxEntries"/>.
/// </summary>
public sealed class Feed : IPageType
{
    public const int MaxEntries = 100;

    public string Name => "feed";

    public IEnumerable<PlannedFile> Plan(SiteModel model) =>
        model.Languages.Select(language => new PlannedFile(Addresses.FileOf(Addresses.Feed, language), Addresses.Feed, language, OutputFormat.Atom,
            new Reads(new HashSet<string>(), Everything: true), "the site's feed", this) { Listed = false });

    /// <summary>One entry: the address of what it is about (its id and its link), what happened, and when.</summary>
    /// <param name="Published">When a report was published; null for an initiative's update.</param>
    public sealed record Entry(string Address, string Title, ContentDate Updated, ContentDate? Published, string Summary);

    /// <summary>The entries of the feed in <paramref name="language"/>, the newest first.</summary>
    public static IReadOnlyList<Entry> Entries(SiteRenderer site, Language language)
    {
        var urls = site.Urls;
        var entries = new List<Entry>();
        foreach (var report in site.Model.Reports)
        {
            var views = site.Views(report, language);
            var catalogue = views.Catalogue;
            var address = urls.Absolute(language, Addresses.Of(report.Report));
            // Published in a month (report.yml's date), updated when its content as a whole last changed (updated:).
            var published = new ContentDate(report.Report.Date, false);
            entries.Add(new Entry(address, catalogue.Format("feed.report", ("report", views.Report.Name)), ContentDate.Latest([published, report.Report.Updated]), published,
                report.Report.Title.In(language)));
            foreach (var initiative in report.Initiatives.Where(i => i.Updated is not null))
            {
                var link = urls.Absolute(language, Addresses.Of(initiative));
                var status = initiative.Status is { } s
                    ? string.Join(catalogue["punctuation.list"], report.Axes.Select(a => s[a.Id]).OfType<StatusCode>().Select(c => views.Status(c)).Select(v => v.Caption + catalogue["punctuation.colon"] + v.Label))
                    : "";
                entries.Add(new Entry(link, catalogue.Format("feed.initiative", ("report", views.Report.Name), ("label", views.Label(initiative)), ("title", initiative.Title.In(language))),
                    initiative.Updated!.Value, null, status));
            }
        }
        return entries.OrderByDescending(e => e.Updated).ThenBy(e => e.Address, StringComparer.Ordinal).Take(MaxEntries).ToList();
    }

    /// <summary>
    /// A content date as Atom's time, which must have a day and a time: the day's start in Japan, where the content is
    /// written; a month (a report's publication) is its first day.
    /// </summary>
    public static string AtomTime(ContentDate date) => date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+09:00";

    public OutputFile Render(PlannedFile file, SiteRenderer site) => OutputFile.Data(file.Path, stream =>
    {
        var language = file.Language!;
        var catalogue = site.Model.Catalogues[language.Code];
        var entries = Entries(site, language);
        var self = site.Urls.Absolute(language, Addresses.Feed);
        const string atom = "http://www.w3.org/2005/Atom";
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", atom);
        xml.WriteAttributeString("xml", "lang", null, language.HtmlLang);
        xml.WriteElementString("id", atom, self);
        xml.WriteElementString("title", atom, catalogue.Format("feed.title", ("site", catalogue["site.name"])));
        xml.WriteElementString("subtitle", atom, catalogue["feed.subtitle"]);
        xml.WriteElementString("updated", atom, AtomTime(entries.Count > 0 ? entries.Max(e => e.Updated) : site.Plan.SiteDate));
        xml.WriteStartElement("author", atom);
        xml.WriteElementString("name", atom, DataCatalog.Publisher(catalogue, site.Model));
        xml.WriteEndElement();
        Link(xml, "self", self, "application/atom+xml");
        Link(xml, "alternate", site.Urls.Absolute(language, Addresses.Overview), "text/html");
        xml.WriteElementString("rights", atom, site.Model.Settings.License);
        foreach (var entry in entries)
        {
            xml.WriteStartElement("entry", atom);
            xml.WriteElementString("id", atom, entry.Address);
            xml.WriteElementString("title", atom, entry.Title);
            xml.WriteElementString("updated", atom, AtomTime(entry.Updated));
            if (entry.Published is { } published) xml.WriteElementString("published", atom, AtomTime(published));
            Link(xml, "alternate", entry.Address, "text/html");
            if (entry.Summary.Length > 0) xml.WriteElementString("summary", atom, entry.Summary);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    });

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
