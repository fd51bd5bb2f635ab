using System.CommandLine;

namespace ItaSite.Cli;

/// <summary>Options shared by the commands.</summary>
public static class CommonOptions
{
    public static Option<string> Content() => new("--content", "-c")
    {
        Description = "content folder (default: content)",
        DefaultValueFactory = _ => "content",
    };

    public static Option<string> Output() => new("--output", "-o")
    {
        Description = "output folder, replaced as a whole on success (default: output)",
        DefaultValueFactory = _ => "output",
    };

    public static Option<bool> WarningsAsErrors() => new("--warnings-as-errors")
    {
        Description = "treat warnings as errors (exit 1)",
    };
}
