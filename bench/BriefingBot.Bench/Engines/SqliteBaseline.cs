using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Bench.Engines;

/// <summary>SQLite FTS5 (porter tokenizer) over the same quotes: text, context and background columns weighted 1/0.5/0.25, the speaker as a column.</summary>
internal sealed class SqliteBaseline : IBaseline
{
    private readonly string _connectionString;

    // One connection per thread: a SqliteConnection must not be shared between threads.
    private readonly ConcurrentBag<SqliteConnection> _all = [];
    private readonly ThreadLocal<SqliteConnection> _connection;

    private SqliteBaseline(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        _connection = new ThreadLocal<SqliteConnection>(() =>
        {
            var connection = new SqliteConnection(_connectionString);
            connection.Open();
            _all.Add(connection);
            return connection;
        });
    }

    public string Name => "SQLite FTS5";

    public static void Build(string path, IEnumerable<BaselineQuote> quotes)
    {
        File.Delete(path);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(connection, "CREATE VIRTUAL TABLE quotes USING fts5(text, context, background, speaker, qid UNINDEXED, aid UNINDEXED, tokenize='porter');");
        Execute(connection, "CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT, outlet TEXT, url TEXT, published TEXT);");
        using var transaction = connection.BeginTransaction();
        using var insertQuote = connection.CreateCommand();
        insertQuote.CommandText = "INSERT INTO quotes(text, context, background, speaker, qid, aid) VALUES ($t, $c, $b, $s, $q, $a)";
        var t = insertQuote.Parameters.Add("$t", SqliteType.Text);
        var c = insertQuote.Parameters.Add("$c", SqliteType.Text);
        var b = insertQuote.Parameters.Add("$b", SqliteType.Text);
        var s = insertQuote.Parameters.Add("$s", SqliteType.Text);
        var qid = insertQuote.Parameters.Add("$q", SqliteType.Integer);
        var aid = insertQuote.Parameters.Add("$a", SqliteType.Integer);
        using var insertArticle = connection.CreateCommand();
        insertArticle.CommandText = "INSERT OR IGNORE INTO articles(id, title, outlet, url, published) VALUES ($id, $title, $outlet, $url, $published)";
        var id = insertArticle.Parameters.Add("$id", SqliteType.Integer);
        var title = insertArticle.Parameters.Add("$title", SqliteType.Text);
        var outlet = insertArticle.Parameters.Add("$outlet", SqliteType.Text);
        var url = insertArticle.Parameters.Add("$url", SqliteType.Text);
        var published = insertArticle.Parameters.Add("$published", SqliteType.Text);
        var lastArticle = 0;
        foreach (var q in quotes)
        {
            t.Value = q.Quote.Text;
            c.Value = q.Quote.Context;
            b.Value = q.Quote.Background;
            s.Value = SpeakerToken(q.Quote.SpeakerId ?? 0);
            qid.Value = q.Quote.Id;
            aid.Value = q.Quote.ArticleId;
            insertQuote.ExecuteNonQuery();
            if (q.Quote.ArticleId != lastArticle)
            {
                lastArticle = q.Quote.ArticleId;
                id.Value = q.Quote.ArticleId;
                title.Value = q.Title;
                outlet.Value = (object?)q.Outlet ?? DBNull.Value;
                url.Value = (object?)q.Url ?? DBNull.Value;
                published.Value = (object?)q.PublishedAt?.ToString("o", CultureInfo.InvariantCulture) ?? DBNull.Value;
                insertArticle.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        Execute(connection, "INSERT INTO quotes(quotes) VALUES('optimize'); PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;");
    }

    public static SqliteBaseline Open(string path) => new(path);

    public IReadOnlyList<int> Answer(BaselineQuery query, int top)
    {
        var terms = string.Join(" OR ", query.Terms.Select(t => "\"" + t.Term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        if (terms.Length == 0)
        {
            return [];
        }

        var match = "{text context background} : (" + terms + ")";
        if (query.SpeakerIds is { } speakers)
        {
            match = "speaker : (" + string.Join(" OR ", speakers.DefaultIfEmpty(-1).Select(SpeakerToken)) + ") AND " + match;
        }

        using var command = _connection.Value!.CreateCommand();
        command.CommandText =
            "SELECT q.qid, q.text, a.title, a.outlet, a.url, a.published FROM "
            + "(SELECT qid, aid, text, bm25(quotes, 1.0, 0.5, 0.25, 0.0) AS score FROM quotes WHERE quotes MATCH $m ORDER BY score LIMIT $k) q "
            + "JOIN articles a ON a.id = q.aid ORDER BY q.score";
        command.Parameters.AddWithValue("$m", match);
        command.Parameters.AddWithValue("$k", top);
        var ids = new List<int>(top);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            _ = reader.GetString(1);
            _ = reader.GetString(2);
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    public void Dispose()
    {
        foreach (var connection in _all)
        {
            connection.Dispose();
        }

        _connection.Dispose();
    }

    private static string SpeakerToken(int id) => "s" + (id < 0 ? "none" : id.ToString(CultureInfo.InvariantCulture));

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
