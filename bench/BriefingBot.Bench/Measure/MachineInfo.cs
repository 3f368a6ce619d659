using System.Runtime.InteropServices;

namespace BriefingBot.Bench.Measure;

/// <summary>Where a run was measured.</summary>
internal sealed record MachineInfo(string Os, string Cpu, int Cores, long MemoryBytes, string Runtime, string Framework)
{
    public static MachineInfo Current() => new(
        RuntimeInformation.OSDescription,
        CpuName(),
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.RuntimeIdentifier,
        RuntimeInformation.FrameworkDescription);

    /// <summary>The 1, 5 and 15 minute load averages ("" where the system does not tell): other work on a shared machine skews timings.</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static string CpuName()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }
}
