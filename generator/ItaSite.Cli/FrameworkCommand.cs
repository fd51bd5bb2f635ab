using System.CommandLine;

namespace ItaSite.Cli;

/// <summary><c>itasite framework diff|check</c>: work on the yearly framework files themselves (กรอบการประเมิน).</summary>
public static class FrameworkCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr) =>
        new("framework", "compare or check ITA framework files (เปรียบเทียบหรือตรวจไฟล์กรอบการประเมิน)")
        {
            FrameworkDiffCommand.Create(stdout, stderr),
            FrameworkCheckCommand.Create(stdout, stderr),
        };
}
