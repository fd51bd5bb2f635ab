using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Cli;

/// <summary>A framework named on the command line: a file path, or a year that ships with the generator (<c>2569</c>).</summary>
public static class FrameworkArgument
{
    /// <summary>Loads the framework; every problem becomes a diagnostic (the file's own, or one for a missing file or year).</summary>
    public static FrameworkReadResult Load(string argument, DiagnosticBag diagnostics)
    {
        if (File.Exists(argument))
        {
            string text;
            try
            {
                text = File.ReadAllText(argument);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.UnreadableFile, new SourceSpan(argument), $"cannot read the framework file: {ex.Message} (อ่านไฟล์ไม่ได้)");
                return new FrameworkReadResult(null, null);
            }

            return FrameworkLoader.Read(text, argument.Replace('\\', '/'), diagnostics);
        }

        if (int.TryParse(argument, out var year) && year is >= 2500 and <= 2700)
        {
            if (FrameworkLoader.LoadBuiltIn(year, diagnostics) is { } builtIn)
            {
                return new FrameworkReadResult(builtIn, year);
            }

            diagnostics.Error(DiagnosticCodes.UnknownYear, new SourceSpan(argument), $"no framework ships for {year}: built-in years are {string.Join(", ", FrameworkLoader.BuiltInYears())}; give the path of a framework file (ไม่มีกรอบการประเมินของปีนี้)");
            return new FrameworkReadResult(null, year);
        }

        diagnostics.Error(DiagnosticCodes.UnreadableFile, new SourceSpan(argument), "no such framework file, and not a year such as 2569 (ไม่พบไฟล์กรอบการประเมิน)");
        return new FrameworkReadResult(null, null);
    }
}
