namespace ItaSite.BrowserTests;

/// <summary>
/// One URL per page type of the example site, with a short name for screenshots. Every quality gate runs over all of them,
/// so a new layout or block is checked as soon as it appears here.
/// </summary>
public static class PageTypes
{
    public static readonly (string Path, string Name)[] List =
    [
        ("", "home"),
        ("oit/2566/", "oit-index"),
        ("oit/2566/o28/", "item-text"),
        ("oit/2566/o29/", "item-tables"),
        ("oit/2566/o12/", "item-attachments"),
        ("oit/2566/o21/", "item-wide-table"),
        ("oit/2566/o43/", "item-measures-progress"),
        ("measures/2566/1/", "measure"),
        ("about/", "about"),
        ("complaints/", "complaints"),
        ("complaints/corruption/", "complaint-corruption"),
        ("qa/", "qa"),
        ("privacy/", "privacy"),
        ("search/", "search"),
        ("no-such-page/", "not-found"),
    ];

    public static TheoryData<string, string> All
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (path, name) in List)
            {
                data.Add(path, name);
            }

            return data;
        }
    }
}
