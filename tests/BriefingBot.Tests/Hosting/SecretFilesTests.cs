using BriefingBot.Hosting;
using BriefingBot.Testing.Files;

namespace BriefingBot.Tests.Hosting;

public sealed class SecretFilesTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_variable_sets_the_setting_to_the_trimmed_file_content()
    {
        var secret = _folder.Write("token", "4242:abc\n");

        var settings = SecretFiles.Read(new Dictionary<string, string> { ["BRIEFINGBOT__TELEGRAM__TOKEN_FILE"] = secret });

        settings.ShouldBe([new KeyValuePair<string, string?>("BriefingBot:TELEGRAM:TOKEN", "4242:abc")]);
    }

    [Fact]
    public void Variables_of_other_programs_and_plain_settings_are_left_alone()
    {
        var settings = SecretFiles.Read(new Dictionary<string, string>
        {
            ["OTHER__TOKEN_FILE"] = "/nowhere",
            ["BRIEFINGBOT__LIBRARY__STOREPATH"] = "/data/briefings.db",
            ["BRIEFINGBOT__FILE"] = "/nowhere",
        });

        settings.ShouldBeEmpty();
    }

    [Fact]
    public void A_file_variable_pointing_nowhere_names_the_variable_and_the_path()
    {
        var error = Should.Throw<SettingsException>(() => SecretFiles.Read(new Dictionary<string, string>
        {
            ["BRIEFINGBOT__TELEGRAM__TOKEN_FILE"] = "/run/secrets/x",
        }));

        error.Message.ShouldBe("BRIEFINGBOT__TELEGRAM__TOKEN_FILE points to /run/secrets/x, which does not exist.");
    }

    [Fact]
    public void An_empty_file_sets_the_setting_to_empty_so_what_it_configures_is_off()
    {
        var empty = _folder.Write("discord_token", " \n");

        var settings = SecretFiles.Read(new Dictionary<string, string> { ["BRIEFINGBOT__DISCORD__TOKEN_FILE"] = empty });

        settings.ShouldBe([new KeyValuePair<string, string?>("BriefingBot:DISCORD:TOKEN", "")]);
    }

    [Theory]
    [InlineData("folder", "which is a folder, not a file")]
    [InlineData("", "is set but empty")]
    public void A_file_variable_naming_no_usable_file_is_an_error(string name, string expected)
    {
        Directory.CreateDirectory(_folder.File("folder"));
        var path = name.Length == 0 ? "" : _folder.File(name);

        var error = Should.Throw<SettingsException>(() => SecretFiles.Read(new Dictionary<string, string> { ["BRIEFINGBOT__DISCORD__TOKEN_FILE"] = path }));

        error.Message.ShouldStartWith("BRIEFINGBOT__DISCORD__TOKEN_FILE ");
        error.Message.ShouldContain(expected);
    }

    [Fact]
    public void A_file_far_larger_than_a_secret_is_refused()
    {
        var big = _folder.Write("big", new string('x', 100_000));

        var error = Should.Throw<SettingsException>(() => SecretFiles.Read(new Dictionary<string, string> { ["BRIEFINGBOT__TELEGRAM__TOKEN_FILE"] = big }));

        error.Message.ShouldContain("larger than 64 KB");
    }

    [Fact]
    public void A_setting_given_both_directly_and_by_file_is_refused()
    {
        var secret = _folder.Write("token", "4242:abc");

        var error = Should.Throw<SettingsException>(() => SecretFiles.Read(new Dictionary<string, string>
        {
            ["BRIEFINGBOT__TELEGRAM__TOKEN"] = "4242:def",
            ["BRIEFINGBOT__TELEGRAM__TOKEN_FILE"] = secret,
        }));

        error.Message.ShouldBe("BRIEFINGBOT__TELEGRAM__TOKEN and BRIEFINGBOT__TELEGRAM__TOKEN_FILE are both set; keep one of them.");
    }
}
