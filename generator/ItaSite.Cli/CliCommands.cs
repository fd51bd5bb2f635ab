namespace ItaSite.Cli;

/// <summary>
/// Every top-level command, in the order <c>itasite --help</c> lists them. A new command is one line here (and its own file);
/// nothing else needs to know about it.
/// </summary>
public static class CliCommands
{
    public static IReadOnlyList<CliCommand> All(TextWriter stdout, TextWriter stderr) =>
    [
        new(BuildCommand.Create(stdout, stderr), "build the site into output/ (สร้างเว็บไซต์)", BuildCommand.Examples),
        new(CheckCommand.Create(stdout, stderr), "check the content and write the readiness report, without building (ตรวจสอบความพร้อม)", CheckCommand.Examples),
        new(ServeCommand.Create(stdout, stderr), "preview on 127.0.0.1 with live reload (ดูตัวอย่างขณะแก้ไข)", ServeCommand.Examples),
        new(NewCommand.Create(stdout, stderr), "start a new site folder for an agency (เริ่มเว็บไซต์ใหม่)", NewCommand.Examples),
        new(NewYearCommand.Create(stdout, stderr), "prepare the next assessment year as a draft (เตรียมปีประเมินถัดไป)",
            ["itasite new-year 2570", "itasite new-year 2570 --from 2569 --content content"]),
        new(FrameworkCommand.Create(stdout, stderr), "compare or check framework files (เปรียบเทียบ/ตรวจกรอบการประเมิน)",
            ["itasite framework diff 2568 2569", "itasite framework check content/oit/2570/framework.yaml"]),
    ];
}
