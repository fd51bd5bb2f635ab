using System.Reflection;
using System.Text;
using ItaSite.Generator.Framework;

namespace ItaSite.Cli;

/// <summary>The texts of <c>itasite --help</c>, <c>itasite --version</c> and the examples under each command's help.</summary>
public static class CliHelp
{
    public static string Version()
    {
        var years = string.Join(", ", FrameworkLoader.BuiltInYears());
        return $"itasite {ToolVersion()} (.NET {Environment.Version}; built-in ITA frameworks: {years})";
    }

    /// <summary>The package version, without the source-revision suffix.</summary>
    public static string ToolVersion()
    {
        var version = typeof(CliHelp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    public static string Overview(IReadOnlyList<CliCommand> commands)
    {
        var text = new StringBuilder();
        text.AppendLine("ItaSite: builds the ITA/OIT transparency section of a Thai public agency's website (สร้างเว็บไซต์เปิดเผยข้อมูล ITA)");
        text.AppendLine();
        text.AppendLine("usage: itasite <command> [options]");
        text.AppendLine();
        text.AppendLine("commands:");
        var width = Math.Max(commands.Max(c => c.Command.Name.Length), "-h, --help".Length) + 2;
        foreach (var command in commands)
        {
            text.Append("  ").Append(command.Command.Name.PadRight(width)).AppendLine(command.Summary);
        }

        text.AppendLine();
        text.AppendLine("options:");
        text.AppendLine("  " + "--version".PadRight(width) + "print the version and the built-in framework years");
        text.AppendLine("  " + "-h, --help".PadRight(width) + "this list; 'itasite <command> --help' shows a command's options and examples");
        text.AppendLine();
        text.AppendLine("exit codes: 0 success, 1 errors in the content (or output not writable), 2 wrong command line, 70 internal error (a bug)");
        return text.ToString();
    }

    public static string Examples(CliCommand command)
    {
        var text = new StringBuilder("Examples:").AppendLine();
        foreach (var example in command.Examples)
        {
            text.Append("  ").AppendLine(example);
        }

        return text.AppendLine().ToString();
    }
}
