using System.Globalization;
using System.Text;
using System.Text.Json;
using BriefingBot.Bench.Engines;
using BriefingBot.Bench.Measure;
using BriefingBot.Core.Ingestion;

namespace BriefingBot.Bench;

/// <summary>Writes a run's results as JSON and as the markdown tables the README quotes.</summary>
internal static class Report
{
    private const string Lucene = "Lucene.NET 4.8";
    private const string Sqlite = "SQLite FTS5";

    public static void Write(string folder, MachineInfo machine, BenchOptions options, IReadOnlyList<SizeResult> sizes, long benchPeakWorkingSet)
    {
        Directory.CreateDirectory(folder);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var name = string.Join("-", sizes.Select(s => Short(s.TargetQuotes)));
        var json = JsonSerializer.Serialize(
            new { machine, options.Seed, options.Questions, options.Quick, benchPeakWorkingSet, sizes, finishedAt = DateTimeOffset.UtcNow },
            new JsonSerializerOptions { WriteIndented = true });
        var markdown = Markdown(machine, options, sizes);
        File.WriteAllText(Path.Combine(folder, $"{stamp}-{name}.json"), json);
        File.WriteAllText(Path.Combine(folder, $"{stamp}-{name}.md"), markdown);
        File.WriteAllText(Path.Combine(folder, "latest.json"), json);
        File.WriteAllText(Path.Combine(folder, "latest.md"), markdown);
        Console.WriteLine(markdown);
    }

    private static string Markdown(MachineInfo machine, BenchOptions options, IReadOnlyList<SizeResult> sizes)
    {
        var md = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        md.AppendLine(c, $"# BriefingBot benchmark ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        md.AppendLine();
        md.AppendLine(c, $"Machine: {machine.Cpu}, {machine.Cores} cores, {machine.MemoryBytes / 1073741824.0:N0} GB, {machine.Os}, {machine.Framework}; load average when the report was written: {MachineInfo.LoadAverage()}.");
        md.AppendLine(c, $"Seed {options.Seed}, {options.Questions} questions, top {Engines.BaselineQueries.Top} quotes per answer{(options.Quick ? ", quick mode" : "")}.");
        md.AppendLine();
        md.AppendLine("| quotes | engine | p50 ms | p95 ms | p99 ms | p99 ×2 askers | p99 ×8 askers | answers/s ×8 | cold start ms | peak WS MB | disk MB | build |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            foreach (var (engine, cold) in new[] { ("ours", "ours"), (Lucene, "lucene"), (Sqlite, "sqlite") })
            {
                var l = size.Latency[engine];
                var start = size.ColdStart[cold];
                var disk = engine == "ours" ? size.DiskBytes.First(d => d.Key.StartsWith("ours", StringComparison.Ordinal)).Value : size.DiskBytes[engine];
                var build = engine == "ours"
                    ? size.IngestedArticles == 0 ? "(store reused)" : $"{size.BulkArticlesPerSecond:N0} art/s bulk, {size.IngestArticlesPerSecond:N0} art/s ingest"
                    : size.BuildSeconds.TryGetValue(engine, out var seconds) ? $"{size.StoredQuotes / seconds:N0} quotes/s" : "(index reused)";
                md.AppendLine(c,
                    $"| {Short(size.TargetQuotes)} | {engine} | {l[0].P50:N3} | {l[0].P95:N3} | {l[0].P99:N3} | {l[1].P99:N3} | {l[2].P99:N3} | {l[2].PerSecond:N0} | {start.WallMs:N0} | {start.PeakWorkingSetBytes / 1048576.0:N0} | {disk / 1048576.0:N0} | {build} |");
            }
        }

        md.AppendLine();
        md.AppendLine("Ratios (ours / baseline, lower is better) and agreement of top answers:");
        md.AppendLine();
        md.AppendLine("| quotes | p50 / Lucene | p99 / Lucene | p50 / FTS5 | p99 / FTS5 | top-5 overlap with Lucene | with FTS5 | Lucene vs FTS5 |");
        md.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            var ours = size.Latency["ours"][0];
            var lucene = size.Latency[Lucene][0];
            var sqlite = size.Latency[Sqlite][0];
            md.AppendLine(c,
                $"| {Short(size.TargetQuotes)} | {ours.P50 / lucene.P50:N2} | {ours.P99 / lucene.P99:N2} | {ours.P50 / sqlite.P50:N2} | {ours.P99 / sqlite.P99:N2} | {size.Overlap[$"ours vs {Lucene}"]:P0} | {size.Overlap[$"ours vs {Sqlite}"]:P0} | {size.Overlap[$"{Lucene} vs {Sqlite}"]:P0} |");
        }

        md.AppendLine();
        md.AppendLine("Targets at 1M quotes: p50 and p99 each ≤ ½ Lucene's, p99 ≤ 5 ms, ingest ≥ 1,000 articles/s, peak working set ≤ 1 GB, cold start ≤ 2 s.");
        md.AppendLine();
        foreach (var size in sizes)
        {
            md.AppendLine(c, $"## {Short(size.TargetQuotes)}: {size.Articles:N0} articles, {size.StoredQuotes:N0} stored quotes");
            md.AppendLine();
            md.AppendLine(c, $"- Ingest through `ArticleIngestor` ({size.IngestedArticles:N0} articles onto the full store, in batches of {ArticleIngestor.DefaultBatchSize} each stored in one transaction while the next is read and extracted): {size.IngestArticlesPerSecond:N0} articles/s; reading + extraction + attribution alone (one thread) take {size.IngestReadExtractShare:P0} of its time. Extraction found {size.ExtractionRecall:P0} of the generated quotes, {size.AttributionAccuracy:P0} of them attributed to the right speaker.");
            md.AppendLine(c, $"- Bulk import (`import` of an export document, then indexes): {size.BulkArticlesPerSecond:N0} articles/s.");
            foreach (var (engine, cold) in size.ColdStart)
            {
                md.AppendLine(c, $"- Cold start {engine}: open {cold.OpenMs:N0} ms, first answer at {cold.FirstAnswerMs:N0} ms after Main, {cold.SinceProcessStartMs:N0} ms after process start, {cold.WallMs:N0} ms as the parent saw it.");
            }

            md.AppendLine(c, $"- Questions: {string.Join(", ", size.QuestionKinds.Select(k => $"{k.Key} {k.Value}"))}; overlap measured on {size.OverlapSample} speaker/topic questions.");
            md.AppendLine(c, $"- Phases (s): {string.Join("; ", size.Phases.Select(p => $"{p.Key.Trim()} {p.Value:N2}"))}.");
            md.AppendLine(c, $"- Answer profile (mean / p99 ms, KB allocated): {string.Join("; ", size.AnswerProfile.Select(p => $"{p.Key} {p.Value.Mean:N3} / {p.Value.P99:N3}, {p.Value.AllocatedKb:N0} KB"))}.");
            md.AppendLine(c, $"- Ingest profile of single articles, each in its own transaction as from chat (mean / p99 ms): {string.Join("; ", size.IngestProfile.Select(p => $"{p.Key} {p.Value.Mean:N2} / {p.Value.P99:N2}"))}.");
            if (size.Latency.TryGetValue(DispatcherAsker.Name, out var chat) && chat.Count == 3)
            {
                md.AppendLine(c, $"- Through the chat dispatcher (ledger, routing, argument checks, paging state, reply): p99 ×1 {chat[0].P99:N3} ms, ×8 {chat[2].P99:N3} ms ({chat[2].P99 / chat[0].P99:N1}× one asker's; the engine alone: {size.Latency["ours"][2].P99 / size.Latency["ours"][0].P99:N1}×), {chat[2].PerSecond:N0} answers/s ×8; lock waits per answer ×8: {chat[2].LockWaitsPerAnswer:N2} (the engine alone: {size.Latency["ours"][2].LockWaitsPerAnswer:N2}).");
                if (size.Paced.TryGetValue(DispatcherAsker.Name, out var paced) && size.Paced.TryGetValue("ours", out var pacedEngine)
                    && size.PacedAlone.TryGetValue(DispatcherAsker.Name, out var alone) && size.PacedAlone.TryGetValue("ours", out var aloneEngine))
                {
                    md.AppendLine(c, $"- {BenchRun.PacedAskers} askers arriving at random (pauses between questions, together half of what the cores answer): chat dispatcher p99 {paced.P99:N3} ms, {paced.P99 / alone.P99:N1}× one asker's who pauses the same way ({alone.P99:N3} ms; {paced.P99 / chat[0].P99:N1}× one back-to-back asker's); the engine alone {pacedEngine.P99:N3} ms, {pacedEngine.P99 / aloneEngine.P99:N1}× ({aloneEngine.P99:N3} ms; {pacedEngine.P99 / size.Latency["ours"][0].P99:N1}×).");
                }
            }

            md.AppendLine(c, $"- Latency by askers (p50/p95/p99 ms): {string.Join("; ", size.Latency.Select(e => $"{e.Key}: " + string.Join(", ", e.Value.Select(s => $"×{s.Askers} {s.P50:N3}/{s.P95:N3}/{s.P99:N3}"))))}.");
            md.AppendLine();
        }

        return md.ToString();
    }

    private static string Short(int quotes) => quotes >= 1_000_000 && quotes % 1_000_000 == 0 ? $"{quotes / 1_000_000}M" : quotes >= 1000 && quotes % 1000 == 0 ? $"{quotes / 1000}k" : quotes.ToString(CultureInfo.InvariantCulture);
}
