using System.Diagnostics;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Library;
using BriefingBot.Core.Storage;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Library;

namespace BriefingBot.Core.Tests.Storage;

/// <summary>A full disk is called a full disk, and a write is reported as stored exactly when it is stored.</summary>
public sealed class FullDiskTests : IDisposable
{
    private static readonly IOException NoSpace = new("No space left on device", 28);

    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_commit_that_fails_after_reaching_the_log_is_reported_as_stored()
    {
        using var test = new TestLibrary();
        test.Library.Store.OnWriteStep = step =>
        {
            if (step == "committed")
            {
                throw NoSpace;
            }
        };

        var results = SaveBatch(test.Library, "a", "b", "c");

        test.Library.Store.OnWriteStep = null;
        results.Count.ShouldBe(3);
        test.Library.Store.ArticleCount.ShouldBe(3);
        test.Library.Quotes.Count.ShouldBe(3);
    }

    [Fact]
    public void A_full_disk_before_the_commit_is_named_and_nothing_is_stored()
    {
        using var test = new TestLibrary();
        test.Library.Store.OnWriteStep = step =>
        {
            if (step == "commit")
            {
                throw NoSpace;
            }
        };

        var error = Should.Throw<StoreException>(() => SaveBatch(test.Library, "a", "b"));

        test.Library.Store.OnWriteStep = null;
        error.Message.ShouldContain("is full: free some space");
        error.Message.ShouldNotContain("damaged");
        test.Library.Store.ArticleCount.ShouldBe(0);
    }

    [Fact]
    public void On_a_small_filesystem_that_fills_up_every_batch_is_reported_as_it_is_stored_and_the_store_is_never_called_damaged()
    {
        var mountPoint = _folder.File("small");
        Directory.CreateDirectory(mountPoint);
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || Run("mount", "-t", "tmpfs", "-o", "size=1500k", "tmpfs", mountPoint) != 0)
        {
            Assert.Skip("Needs root on Linux to mount a small tmpfs.");
        }

        try
        {
            var options = new LibraryOptions { StorePath = Path.Combine(mountPoint, "store.db"), LoadSampleData = false };
            var reported = new List<string>();
            var failures = new List<string>();
            var refused = new List<string>();
            using (var library = BriefingLibrary.Open(options))
            {
                for (var batch = 0; batch < 400 && failures.Count < 5; batch++)
                {
                    var keys = Enumerable.Range(0, 10).Select(i => $"{batch}-{i}").ToArray();
                    try
                    {
                        SaveBatch(library, keys);
                        reported.AddRange(keys);
                    }
                    catch (StoreCommitUnknownException)
                    {
                        // Allowed: said as such. Neither counted as stored nor as not stored.
                        failures.Add("unknown");
                    }
                    catch (StoreException e)
                    {
                        e.Message.ShouldNotContain("damaged");
                        failures.Add(e.Message);
                        refused.AddRange(keys);
                    }
                }
            }

            failures.ShouldNotBeEmpty("the filesystem never filled up");
            failures.Where(f => f != "unknown").ShouldAllBe(f => f.Contains("is full"));

            // While the disk is still full: opened, or refused as full, never called damaged; every reported batch is there.
            try
            {
                using var store = BriefingStore.Open(options.StorePath);
                var stored = store.ListArticles().Select(a => a.Url!).ToHashSet();
                reported.ShouldAllBe(key => stored.Contains(Url(key)));
                refused.ShouldAllBe(key => !stored.Contains(Url(key)));
            }
            catch (StoreException e)
            {
                e.Message.ShouldNotContain("damaged");
                e.Message.ShouldContain("is full");
            }
        }
        finally
        {
            Run("umount", "-l", mountPoint);
        }
    }

    private static IReadOnlyList<ArticleSaveResult> SaveBatch(BriefingLibrary library, params string[] keys)
    {
        var batch = library.StartBatch();
        foreach (var key in keys)
        {
            var text = $"The harbour gates open at dawn, said the keeper of gate {key}. " + new string('x', 2000);
            var article = new Article { Title = $"Gate {key}", Body = text, Url = Url(key), ContentHash = $"gate-{key}", IngestedAt = DateTimeOffset.UnixEpoch };
            batch.Add(article, [], [(new Quote { Text = $"The harbour gates open at dawn {key}", Kind = QuoteKind.Full, Context = text }, "Ana Ortiz")]);
        }

        return batch.Save();
    }

    private static string Url(string key) => $"https://news.example/gate/{key}";

    private static int Run(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
