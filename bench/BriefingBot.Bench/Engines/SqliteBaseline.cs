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
        var (insertQuote, quote) = Insert(connection, "INSERT INTO quotes", "text", "context", "background", "speaker", "qid", "aid");
        var (insertArticle, article) = Insert(connection, "INSERT OR IGNORE INTO articles", "id", "title", "outlet", "url", "published");
        var lastArticle = 0;
        foreach (var q in quotes)
        {
            Set(quote, q.Quote.Text, q.Quote.Context, q.Quote.Background, SpeakerToken(q.Quote.SpeakerId ?? 0), q.Quote.Id, q.Quote.ArticleId);
            insertQuote.ExecuteNonQuery();
            if (q.Quote.ArticleId != lastArticle)
            {
                lastArticle = q.Quote.ArticleId;
                Set(article, q.Quote.ArticleId, q.Title, q.Outlet, q.Url, q.PublishedAt?.ToString("o", CultureInfo.InvariantCulture));
                insertArticle.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        insertQuote.Dispose();
        insertArticle.Dispose();
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

    // A prepared INSERT with one parameter per column, in order (typed by the values set).
    private static (SqliteCommand Command, SqliteParameter[] Parameters) Insert(SqliteConnection connection, string into, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"{into}({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        var parameters = columns.Select(c => new SqliteParameter { ParameterName = "$" + c }).ToArray();
        command.Parameters.AddRange(parameters);
        return (command, parameters);
    }

    private static void Set(SqliteParameter[] parameters, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
