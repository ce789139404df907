namespace Corridors.Web.Web;

/// <summary>The page cannot start for a reason the user can fix (a missing folder, a port in use); the message is one line.</summary>
public sealed class WebStartException : Exception
{
    /// <summary>Initializes a new instance with a one-line message.</summary>
    public WebStartException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    public WebStartException()
    {
    }

    /// <summary>Initializes a new instance with a one-line message and its cause.</summary>
    public WebStartException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
