using ItaSite.Generator.Content;
using ItaSite.Generator.Data.Tables;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Data.Loading;

/// <summary>
/// Every data set of the site by id, with the tables each one publishes, and the measures tables of every year (the ITAS links
/// of the QR codes are per year, in <see cref="Years.SiteYears"/>). Built once per build; read-only afterwards (shared by parallel renderers).
/// </summary>
public sealed class DataCatalog
{
    public static readonly DataCatalog Empty = new(new Dictionary<string, DataSet>(), new Dictionary<string, IReadOnlyList<DataTable>>(), []);

    private readonly IReadOnlyDictionary<string, IReadOnlyList<DataTable>> _tables;

    private DataCatalog(IReadOnlyDictionary<string, DataSet> sets, IReadOnlyDictionary<string, IReadOnlyList<DataTable>> tables, IReadOnlyList<DataTable> measureTables)
    {
        Sets = sets;
        _tables = tables;
        MeasureTables = measureTables;
    }

    public IReadOnlyDictionary<string, DataSet> Sets { get; }

    public IReadOnlyList<DataTable> MeasureTables { get; }

    public IEnumerable<DataTable> AllTables => _tables.Values.SelectMany(t => t).Concat(MeasureTables);

    public IReadOnlyList<DataTable> TablesOf(DataSet set) => _tables.TryGetValue(set.Id, out var t) ? t : [];

    public DataTable? MeasuresTable(int year, bool progress) =>
        MeasureTables.FirstOrDefault(t => t.Id == (progress ? "measures-progress-" : "measures-") + year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Parses every YAML file under <c>data/</c>; duplicate ids and missing photos are diagnostics.</summary>
    public static DataCatalog Load(ContentSet content, SiteModel site, DiagnosticBag diagnostics)
    {
        var parser = new DataFileParser(diagnostics, site.Frameworks, site.Measures);
        var sets = new Dictionary<string, DataSet>(StringComparer.Ordinal);
        foreach (var file in content.DataFiles.Where(f => f.ContentPath.StartsWith(ContentPrefix, StringComparison.Ordinal)))
        {
            if (parser.Parse(file) is not { } set)
            {
                continue;
            }

            if (!sets.TryAdd(set.Id, set))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateDataSet, new SourceSpan(file.DisplayPath, 1, 1), $"another data file is also named '{set.Id}' ({sets[set.Id].Span.File}); rename one (ชื่อชุดข้อมูลซ้ำ)");
                continue;
            }

            if (set is ExecutiveSet executives)
            {
                foreach (var person in executives.Groups.SelectMany(g => g.People).Where(p => p.PhotoContentPath is not null && !content.Assets.ContainsKey(p.PhotoContentPath)))
                {
                    diagnostics.Error(DiagnosticCodes.MissingAttachment, person.Span, $"photo '{person.PhotoContentPath}' not found in the content folder (ไม่พบไฟล์รูปถ่าย)");
                }
            }
        }

        var tables = sets.Values.ToDictionary(s => s.Id, s => DataTables.Of(s, site.Config), StringComparer.Ordinal);
        var measureTables = site.Measures.Select(m => m.Page.Year).Distinct().Order()
            .SelectMany(y => new[] { DataTables.Measures(site.Measures, y, progress: false), DataTables.Measures(site.Measures, y, progress: true) })
            .ToList();
        return new DataCatalog(sets, tables, measureTables);
    }

    /// <summary>Content paths of the photos the data files use; published like attachments.</summary>
    public IEnumerable<string> ReferencedAssets =>
        Sets.Values.OfType<ExecutiveSet>().SelectMany(e => e.Groups).SelectMany(g => g.People).Select(p => p.PhotoContentPath).OfType<string>();

    public const string ContentPrefix = "data/";
}
