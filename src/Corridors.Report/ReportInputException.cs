namespace Corridors.Report;

/// <summary>An output folder a report cannot be made from; the message is one line naming the folder or file and what was expected.</summary>
public sealed class ReportInputException : Exception
{
    /// <summary>Initializes an exception with no message.</summary>
    public ReportInputException()
    {
    }

    /// <summary>Initializes an exception with a one-line <paramref name="message"/>.</summary>
    public ReportInputException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a one-line <paramref name="message"/> and its cause.</summary>
    public ReportInputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
