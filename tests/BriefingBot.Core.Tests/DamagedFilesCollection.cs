namespace BriefingBot.Core.Tests;

/// <summary>
/// The fuzz tests over damaged files run alone: the store fuzz waits for finalizers after each seed, which must not wait on
/// engines another test still has open.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DamagedFilesCollection
{
    public const string Name = "damaged files";
}
