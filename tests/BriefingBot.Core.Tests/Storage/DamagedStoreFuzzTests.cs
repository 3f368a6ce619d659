using BriefingBot.Core.Answers;
using BriefingBot.Core.Library;
using BriefingBot.Core.Storage;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Library;

namespace BriefingBot.Core.Tests.Storage;

/// <summary>
/// Damages the store file in many seeded ways (random bytes, cuts, swapped pages, flipped bits): opening it and answering
/// from it either works or is refused with one clear line (a StoreException), never another failure; a refused file is left
/// byte for byte as it was. (The indexes are always built from the store here, which has no checksums of its own: damage
/// LiteDB reads without noticing gives answers from what the damaged file holds.)
/// </summary>
[Collection(DamagedFilesCollection.Name)]
public sealed class DamagedStoreFuzzTests
{
    private const int Seeds = 120;
    private static readonly string[] Questions = ["what did Ana Ortiz say about the harbour gates", "dawn", "who said the gates open"];

    [Fact]
    public void A_damaged_store_answers_or_is_refused_in_one_line_and_left_as_it_was()
    {
        using var folder = new TemporaryDirectory();
        var pristinePath = folder.File("pristine.db");
        using (var test = new TestLibrary(new LibraryOptions { StorePath = pristinePath, LoadSampleData = false }))
        {
            for (var n = 1; n <= 20; n++)
            {
                NumberedArticles.Add(test, n);
            }
        }

        var pristine = File.ReadAllBytes(pristinePath);
        var refused = 0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var random = new Random(seed);
            var path = folder.File($"damaged-{seed}.db");
            var (damaged, how) = Damage(pristine, random);
            File.WriteAllBytes(path, damaged);
            var options = new LibraryOptions { StorePath = path, LoadSampleData = false };
            try
            {
                using var library = BriefingLibrary.Open(options);
                var answers = new AnswerComposer(library, new AnswerOptions());
                foreach (var question in Questions)
                {
                    answers.Ask(question);
                }
            }
            catch (StoreException e)
            {
                refused++;
                e.Message.ShouldNotContain('\n', $"seed {seed}: {how}");
                File.ReadAllBytes(path).ShouldBe(damaged, $"seed {seed}: {how}: {e.Message}");
            }

            // A LiteDB object left to its finalizer after a damaged read would throw on the finalizer thread and end the test
            // run; collecting here makes that happen at the seed that caused it rather than at some later test.
            GC.Collect();
            GC.WaitForPendingFinalizers();

            File.Delete(path);
            File.Delete(IndexSnapshot.PathFor(path));
            File.Delete(LiteDbFile.LogPathFor(path));
        }

        refused.ShouldBeGreaterThan(0);
    }

    private static (byte[] Bytes, string How) Damage(byte[] pristine, Random random)
    {
        var bytes = (byte[])pristine.Clone();
        switch (random.Next(4))
        {
            case 0:
                var at = random.Next(bytes.Length - 16);
                random.NextBytes(bytes.AsSpan(at, 16));
                return (bytes, $"16 random bytes at {at}");
            case 1:
                var length = random.Next(8192, bytes.Length);
                return (bytes[..length], $"cut to {length} bytes");
            case 2:
                // Pages swapped: LiteDB pages are 8 KB.
                var pages = bytes.Length / 8192;
                var (a, b) = (random.Next(1, pages), random.Next(1, pages));
                pristine.AsSpan(a * 8192, 8192).CopyTo(bytes.AsSpan(b * 8192));
                pristine.AsSpan(b * 8192, 8192).CopyTo(bytes.AsSpan(a * 8192));
                return (bytes, $"pages {a} and {b} swapped");
            default:
                var flips = random.Next(1, 9);
                for (var i = 0; i < flips; i++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return (bytes, $"{flips} bits flipped");
        }
    }
}
