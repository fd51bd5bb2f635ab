namespace ItaSite.Generator.Diagnostics;

/// <summary>Stable diagnostic codes. docs/diagnostics.md lists each with its meaning and fix; never reuse a retired code.</summary>
public static class DiagnosticCodes
{
    // 1xxx: reading files, YAML and front matter
    public const string YamlSyntax = "ITA1001";
    public const string UnterminatedFrontMatter = "ITA1002";
    public const string UnknownKey = "ITA1003";
    public const string InvalidValue = "ITA1004";
    public const string MissingKey = "ITA1005";
    public const string UnreadableFile = "ITA1006";
    public const string FileTooLarge = "ITA1007";
    public const string MissingSiteConfig = "ITA1008";
    public const string LimitExceeded = "ITA1009";

    // 2xxx: the indicator framework and how pages bind to it
    public const string UnknownIndicator = "ITA2001";
    public const string DuplicateIndicator = "ITA2002";
    public const string ItemWithoutPage = "ITA2003";
    public const string UnknownComponent = "ITA2004";
    public const string UnknownYear = "ITA2005";
    public const string DuplicateMeasure = "ITA2006";
    public const string UnknownPerceptionIndicator = "ITA2007";
    public const string FrameworkInvalid = "ITA2008";
    public const string DuplicatePage = "ITA2009";

    // 2010-2029: framework files themselves (confidence, cross-year mapping, rating scheme)
    public const string FrameworkMappingMissingItem = "ITA2010";
    public const string FrameworkPreviousYearMissing = "ITA2011";
    public const string FrameworkProvisionalItems = "ITA2012";
    public const string FrameworkRatingInvalid = "ITA2013";
    public const string FrameworkDraft = "ITA2014";
    public const string FrameworkMappingInvalid = "ITA2015";

    // 2030–2049: assessment years (the folder decides the year, per-year settings, drafts, new-year)
    public const string YearContradictsFolder = "ITA2030";
    public const string PageOutsideYearFolder = "ITA2031";
    public const string YearWithoutFramework = "ITA2032";
    public const string CurrentYearUnknown = "ITA2033";
    public const string FrameworkYearMismatch = "ITA2034";
    public const string YearSettingsInvalid = "ITA2035";
    public const string NewYearExists = "ITA2040";
    public const string NewYearNoSource = "ITA2041";
    public const string NewYearInvalid = "ITA2042";

    // 3xxx: links, anchors and attachments
    public const string BrokenLink = "ITA3001";
    public const string MissingAttachment = "ITA3002";
    public const string BrokenAnchor = "ITA3003";
    public const string UnreferencedFile = "ITA3004";
    public const string PathEscape = "ITA3005";
    public const string UnsafeLink = "ITA3006";
    public const string MissingAltText = "ITA3007";
    public const string HtmlRemoved = "ITA3008";

    // 30[10-39]: the published-file policy (Publishing/): types, content, SVG, special files, e-mail addresses
    public const string FileTypeRefused = "ITA3010";
    public const string FileContentMismatch = "ITA3011";
    public const string SvgCleaned = "ITA3012";
    public const string SvgRefused = "ITA3013";
    public const string SpecialFile = "ITA3014";
    public const string InvalidEmail = "ITA3015";
    public const string NotAnImage = "ITA3016";

    // 4xxx: readiness for the assessment, reported by check only (Checking/ReadinessChecker)
    public const string ComponentNotCovered = "ITA4001";
    public const string WrongPeriod = "ITA4002";
    public const string UpdatedInFuture = "ITA4003";
    public const string UpdatedTooOld = "ITA4004";
    public const string PeriodUnknown = "ITA4005";
    public const string EvidenceElsewhere = "ITA4006";
    public const string NotDone = "ITA4007";

    // 4010-4099: the evidence itself (Checking/EvidenceInspector and friends)
    public const string EmptySection = "ITA4010";
    public const string EmptyAttachment = "ITA4011";
    // ITA4012 (a .pdf that is not a PDF) is retired: the published-file policy reports it as ITA3011. Not reused.
    public const string NoReadableText = "ITA4013";
    public const string TypesetSignature = "ITA4014";
    public const string NoDocument = "ITA4015";
    public const string NoDataSet = "ITA4016";
    public const string MissingMonths = "ITA4017";
    public const string DataEndsEarly = "ITA4018";
    public const string CountAboveRows = "ITA4019";
    public const string NotAPhoto = "ITA4020";
    public const string SharedPhoto = "ITA4021";
    public const string CoversBeyondData = "ITA4022";
    public const string NoDates = "ITA4023";
    public const string DateOutsidePeriod = "ITA4024";
    public const string NoSitePage = "ITA4025";
    public const string DataInDocument = "ITA4026";
    public const string MeasureOverdue = "ITA4030";
    public const string SiteLinkBroken = "ITA4040";

    // 6xxx: data files (content/data/) and the directives that place them
    public const string UnknownDataSet = "ITA6001";
    public const string DataInconsistent = "ITA6002";
    public const string UnknownDirective = "ITA6003";
    public const string DuplicateDataSet = "ITA6004";
    public const string DataUnknownIndicator = "ITA6005";
    public const string DataUnknownYear = "ITA6006";
    public const string DataUnknownMeasure = "ITA6007";
    public const string NestedDirective = "ITA6008";

    // 5xxx: output folder and writing
    public const string OutputRefused = "ITA5001";
    public const string WriteFailed = "ITA5002";
    public const string RenderFailed = "ITA5003";

    // 7xxx: the search index
    public const string PdfTextUnavailable = "ITA7001";
    public const string PdfTextFailed = "ITA7002";

    // 86xx: standard output files (sitemap, robots.txt, Atom feed), news data and `itasite new`
    public const string NewsLink = "ITA8601";
    public const string NewSiteRefused = "ITA8602";
    public const string NewSiteUnknownYear = "ITA8603";

    // 85xx: the agency's brand, menu and theme overrides (site.yaml brand:, main_site:, menu:, theme:)
    public const string BrandContrast = "ITA8501";
    public const string BrandFile = "ITA8502";
    public const string MenuTarget = "ITA8503";
}
