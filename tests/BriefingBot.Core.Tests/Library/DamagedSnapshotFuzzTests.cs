using BriefingBot.Core.Library;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Library;
using BriefingBot.Testing.Logging;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Core.Tests.Library;

/// <summary>
/// Damages the saved index snapshot in many seeded ways (flipped and overwritten bytes, cuts, swapped blocks, trailing junk):
/// every open must answer exactly as indexes rebuilt from the store would, and what is saved afterwards must be whole.
/// </summary>
[Collection(DamagedFilesCollection.Name)]
public sealed class DamagedSnapshotFuzzTests
{
    private const int Seeds = 300;
    private static readonly string[] Questions = ["peskov bans", "harbour bridge", "budget vote friday", "storm", "ferry late boats", "tax river"];

    [Fact]
    public void Any_damage_to_the_snapshot_is_noticed_and_the_indexes_are_rebuilt_from_the_store()
    {
        using var folder = new TemporaryDirectory();
        var options = new LibraryOptions { StorePath = folder.File("library.db"), LoadSampleData = false };
        Fill(options);
        var snapshot = IndexSnapshot.PathFor(Path.GetFullPath(options.StorePath));
        var pristine = File.ReadAllBytes(snapshot);

        for (var seed = 0; seed < Seeds; seed++)
        {
            var random = new Random(seed);
            var (damaged, how) = Damage(pristine, random);
            File.WriteAllBytes(snapshot, damaged);
            using (var library = BriefingLibrary.Open(options))
            {
                Should.NotThrow(() => StoreAgreement.AssertInStep(library, Questions), $"seed {seed}: {how}");
            }

            // Whatever was left on disk is a whole snapshot, never the damaged one saved again.
            using var logs = new CapturingLoggerProvider();
            using (var library = BriefingLibrary.Open(options, new LoggerFactory([logs]).CreateLogger<BriefingLibrary>()))
            {
                logs.Lines.ShouldBeEmpty($"seed {seed}: {how}");
            }
        }
    }

    [Fact]
    public void Sixteen_bytes_overwritten_at_offset_1000_are_logged_in_one_line_and_answers_come_from_the_store()
    {
        using var folder = new TemporaryDirectory();
        var options = new LibraryOptions { StorePath = folder.File("library.db"), LoadSampleData = false };
        Fill(options);
        var snapshot = IndexSnapshot.PathFor(Path.GetFullPath(options.StorePath));
        var bytes = File.ReadAllBytes(snapshot);
        bytes.Length.ShouldBeGreaterThan(1016);
        Array.Fill(bytes, (byte)0xEE, 1000, 16);
        File.WriteAllBytes(snapshot, bytes);

        using var logs = new CapturingLoggerProvider();
        using var library = BriefingLibrary.Open(options, new LoggerFactory([logs]).CreateLogger<BriefingLibrary>());
        StoreAgreement.AssertInStep(library, Questions);
        var line = logs.Lines.ShouldHaveSingleItem();
        line.ShouldContain("rebuilding the indexes from the store");
        line.Trim().ShouldNotContain('\n');
    }

    // A store with a few speakers, articles and quotes, closed so that its snapshot is written.
    private static void Fill(LibraryOptions options)
    {
        string[] speakers = ["Dmitry Peskov", "Ana Ortiz", "Tom Reyes"];
        string[] sentences =
        [
            "The bans on foreign platforms will stay in place", "The harbour bridge closes for repairs on Monday",
            "The budget vote is on Friday and we will win it", "A storm hit the coast overnight", "Ferry boats run late all week",
            "The river tax is unfair to farmers", "We never discussed any bans with them",
        ];
        using var test = new TestLibrary(options);
        for (var a = 0; a < 12; a++)
        {
            var quotes = Enumerable.Range(0, 1 + (a % 3))
                .Select(q => (sentences[(a + q * 2) % sentences.Length] + $" ({a}.{q})", (string?)speakers[(a + q) % speakers.Length]))
                .ToArray();
            test.AddArticle($"Article {a}", new DateTimeOffset(2025, 3, 1 + a, 9, 0, 0, TimeSpan.Zero), quotes);
        }
    }

    private static (byte[] Bytes, string How) Damage(byte[] pristine, Random random)
    {
        var bytes = (byte[])pristine.Clone();

        // Half of the damage lands in the first bytes, where the header and the part table are.
        int Offset(int length) => random.Next(2) == 0
            ? random.Next(Math.Min(400, bytes.Length - length))
            : random.Next(bytes.Length - length);

        switch (random.Next(6))
        {
            case 0:
                var flips = random.Next(1, 17);
                for (var i = 0; i < flips; i++)
                {
                    bytes[Offset(1)] ^= (byte)(1 << random.Next(8));
                }

                return (bytes, $"{flips} bits flipped");
            case 1:
                var at = Offset(16);
                random.NextBytes(bytes.AsSpan(at, 16));
                return (bytes, $"16 random bytes at {at}");
            case 2:
                var length = random.Next(bytes.Length);
                return (bytes[..length], $"cut to {length} bytes");
            case 3:
                var size = random.Next(8, Math.Min(512, bytes.Length / 2));
                var first = random.Next(bytes.Length / 2 - size);
                var second = random.Next(bytes.Length / 2, bytes.Length - size);
                pristine.AsSpan(second, size).CopyTo(bytes.AsSpan(first, size));
                pristine.AsSpan(first, size).CopyTo(bytes.AsSpan(second, size));
                return (bytes, $"{size} bytes at {first} and {second} swapped");
            case 4:
                var extra = new byte[random.Next(1, 64)];
                random.NextBytes(extra);
                return ([.. bytes, .. extra], $"{extra.Length} bytes appended");
            default:
                var from = Offset(1);
                var count = random.Next(1, Math.Min(4096, bytes.Length - from));
                Array.Clear(bytes, from, count);
                return (bytes, $"{count} bytes zeroed at {from}");
        }
    }
}
