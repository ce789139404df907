using System.Security.Cryptography;
using System.Text;

namespace Corridors.Web.Web;

/// <summary>
/// The anti-forgery token of this server: random per process, written into the page it serves and required
/// as the <see cref="Header"/> header of every state-changing request. Another site can make a browser send a
/// request here but cannot read the page, so it cannot know the token (and a custom header needs a CORS
/// preflight, which this server never grants).
/// </summary>
internal sealed class PageToken
{
    /// <summary>The request header that carries the token.</summary>
    public const string Header = "X-Corridors-Token";

    private readonly byte[] _bytes = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));

    /// <summary>Gets the token as the page carries it.</summary>
    public string Value => Encoding.ASCII.GetString(_bytes);

    /// <summary>Gets whether <paramref name="sent"/> is the token (compared in constant time).</summary>
    public bool Matches(string? sent) =>
        sent is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sent), _bytes);
}
