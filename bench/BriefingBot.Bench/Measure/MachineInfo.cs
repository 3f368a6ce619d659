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
