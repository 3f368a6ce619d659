using System.Net;
using BriefingBot.Core.Ingestion.Fetching;

namespace BriefingBot.Core.Tests.Ingestion.Fetching;

public sealed class PublicAddressTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.0.0.1")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::10.0.0.1")]
    [InlineData("64:ff9b:1::1")]
    [InlineData("2002:0a00:0001::1")]
    [InlineData("2001:0:4136:e378::1")]
    public void Addresses_off_the_public_internet_are_refused(string address) =>
        PublicAddress.IsAllowed(IPAddress.Parse(address), allowLoopback: false).ShouldBeFalse();

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:2800:220:1::1")]
    [InlineData("::ffff:93.184.216.34")]
    public void Public_addresses_are_allowed(string address) =>
        PublicAddress.IsAllowed(IPAddress.Parse(address), allowLoopback: false).ShouldBeTrue();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void The_loopback_allowance_opens_loopback_only(string address) =>
        PublicAddress.IsAllowed(IPAddress.Parse(address), allowLoopback: true).ShouldBeTrue();
}
