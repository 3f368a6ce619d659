using System.Net;
using System.Net.Sockets;

namespace BriefingBot.Core.Ingestion.Fetching;

/// <summary>
/// Decides whether an address is on the public internet. Everything that reaches the host itself, its network, the cloud
/// metadata service or a special-purpose range is not, including IPv6 forms that embed such an IPv4 address.
/// </summary>
public static class PublicAddress
{
    /// <summary>True when the fetcher may connect to <paramref name="address"/>; loopback only when <paramref name="allowLoopback"/>.</summary>
    public static bool IsAllowed(IPAddress address, bool allowLoopback)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return IsAllowedV4(address.GetAddressBytes(), allowLoopback);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        if (IsLoopbackV6(b))
        {
            return allowLoopback;
        }

        // ::ffff:a.b.c.d (mapped) and 64:ff9b::a.b.c.d (NAT64) reach the embedded IPv4 address: judge that.
        if (StartsWith(b, MappedPrefix, 96) || StartsWith(b, Nat64Prefix, 96))
        {
            return IsAllowedV4(b[12..], allowLoopback);
        }

        // 6to4 (2002::/16) carries an IPv4 address in its next 32 bits.
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return IsAllowedV4(b[2..6], allowLoopback: false);
        }

        return !Refused6.Any(r => StartsWith(b, r.Prefix, r.Bits));
    }

    private static readonly byte[] MappedPrefix = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];
    private static readonly byte[] Nat64Prefix = [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];

    private static readonly (byte[] Prefix, int Bits)[] Refused6 =
    [
        (new byte[16], 96), // :: (unspecified) and the deprecated IPv4-compatible ::a.b.c.d
        ([0x00, 0x64, 0xff, 0x9b, 0x00, 0x01], 48), // 64:ff9b:1::/48, NAT64 for local use
        ([0x01, 0x00, 0, 0, 0, 0, 0, 0], 64), // 100::/64, discard
        ([0x20, 0x01, 0x00, 0x00], 32), // 2001::/32, Teredo: the IPv4 end is hidden
        ([0x20, 0x01, 0x0d, 0xb8], 32), // 2001:db8::/32, documentation
        ([0xfc], 7), // fc00::/7, unique local
        ([0xfe, 0x80], 10), // fe80::/10, link local
        ([0xfe, 0xc0], 10), // fec0::/10, the old site-local
        ([0xff], 8), // ff00::/8, multicast
    ];

    private static readonly (byte[] Prefix, int Bits)[] Refused4 =
    [
        ([0], 8), // 0.0.0.0/8, "this network" and unspecified
        ([10], 8), // private
        ([100, 64], 10), // carrier-grade NAT
        ([169, 254], 16), // link local, the cloud metadata service (169.254.169.254) among them
        ([172, 16], 12), // private
        ([192, 0, 0], 24), // IETF protocol assignments
        ([192, 0, 2], 24), // documentation
        ([192, 88, 99], 24), // 6to4 relay anycast
        ([192, 168], 16), // private
        ([198, 18], 15), // benchmarking
        ([198, 51, 100], 24), // documentation
        ([203, 0, 113], 24), // documentation
        ([224], 4), // multicast
        ([240], 4), // reserved, with the broadcast address 255.255.255.255
    ];

    private static bool IsAllowedV4(byte[] b, bool allowLoopback) =>
        b[0] == 127 ? allowLoopback : !Refused4.Any(r => StartsWith(b, r.Prefix, r.Bits));

    private static bool IsLoopbackV6(byte[] b) => b.AsSpan(0, 15).IndexOfAnyExcept((byte)0) < 0 && b[15] == 1;

    private static bool StartsWith(byte[] address, byte[] prefix, int bits)
    {
        for (var i = 0; i < bits; i += 8)
        {
            var have = i / 8 < address.Length ? address[i / 8] : 0;
            var want = i / 8 < prefix.Length ? prefix[i / 8] : 0;
            var mask = bits - i >= 8 ? 0xff : (0xff << (8 - (bits - i))) & 0xff;
            if ((have & mask) != (want & mask))
            {
                return false;
            }
        }

        return true;
    }
}
