using System.Diagnostics;
using BriefingBot.Bench;
using BriefingBot.Bench.Measure;

if (args.Length == 4 && args[0] == ColdStart.Flag)
{
    return ColdStart.Child(args[1], args[2], args[3]);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var machine = MachineInfo.Current();
BenchRun.Log($"{machine.Cpu}, {machine.Cores} cores, {machine.Framework}; work folder {options.Work}");
var sizes = options.Quotes.Select(q => new BenchRun(options, q).Run()).ToList();
using var self = Process.GetCurrentProcess();
var output = options.Out ?? Path.Combine(RepositoryRoot(), "bench", "results");
Report.Write(output, machine, options, sizes, self.PeakWorkingSet64);
BenchRun.Log($"results written to {output}");
return 0;

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "BriefingBot.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
