using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Sanitizing;

/// <summary>
/// Reads <c>html:</c> from site.yaml: either a level (<c>html: strict</c>) or a mapping
/// <c>html: {policy: standard, iframe_hosts: [www.youtube-nocookie.com]}</c>. Absent means <c>standard</c> with no iframes.
/// </summary>
public static class HtmlPolicyParser
{
    private static readonly Dictionary<string, HtmlPolicyLevel> Levels = new(StringComparer.Ordinal)
    {
        ["none"] = HtmlPolicyLevel.None,
        ["strict"] = HtmlPolicyLevel.Strict,
        ["standard"] = HtmlPolicyLevel.Standard,
    };

    public static HtmlPolicy Parse(YamlMap site)
    {
        if (!site.Has("html"))
        {
            return HtmlPolicy.Standard;
        }

        if (site.Raw("html") is YamlDotNet.RepresentationModel.YamlScalarNode)
        {
            return HtmlPolicy.Create(site.Enum("html", Levels) ?? HtmlPolicyLevel.Standard, []);
        }

        var map = site.Map("html");
        if (map is null)
        {
            return HtmlPolicy.Standard;
        }

        var level = map.Enum("policy", Levels) ?? HtmlPolicyLevel.Standard;
        var hosts = map.StringList("iframe_hosts");
        foreach (var (host, span) in hosts.Where(h => h.Value.Contains('/') || h.Value.Contains(':')))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, span, $"iframe_hosts lists host names such as www.youtube-nocookie.com, not URLs; got '{host}'");
        }

        if (level != HtmlPolicyLevel.Standard && hosts.Count > 0)
        {
            map.Diagnostics.Warning(DiagnosticCodes.InvalidValue, map.SpanOf("iframe_hosts"), "iframe_hosts is only used with policy: standard; iframes are removed under this policy");
        }

        map.WarnUnknownKeys("html");
        return HtmlPolicy.Create(level, hosts.Select(h => h.Value));
    }
}
