using BriefingBot.Cli;
using BriefingBot.Core.Storage;

namespace BriefingBot.Tests.Cli;

public sealed class CliErrorsTests
{
    [Fact]
    public void An_expected_failure_is_one_line()
    {
        using var error = new StringWriter();

        CliErrors.Write(error, new StoreException("The store /data/briefings.db is in use\nby another process"));

        error.ToString().ShouldBe($"error: The store /data/briefings.db is in use by another process{Environment.NewLine}");
    }

    [Fact]
    public void A_bug_starts_with_its_message_and_the_details_follow()
    {
        using var error = new StringWriter();

        CliErrors.Write(error, Thrown(new InvalidOperationException("the index went missing")));

        var lines = error.ToString().Split(Environment.NewLine);
        lines[0].ShouldBe("error: the index went missing");
        lines[1].ShouldContain("InvalidOperationException");
        error.ToString().ShouldContain(nameof(Thrown));
    }

    private static Exception Thrown(Exception e)
    {
        try
        {
            throw e;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }
}
