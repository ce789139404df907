namespace Corridors.Cli.Bench;

/// <summary>
/// The CPU time (user + system) of this process's ended and reaped children, from /proc/self/stat (cutime and
/// cstime). .NET cannot tell the CPU time of a child once it has ended; the kernel adds it here when the
/// child is reaped, so the difference across one child's life is that child's CPU time (with the children
/// it waited for).
/// </summary>
internal static class ChildrenCpu
{
    // USER_HZ, the unit of /proc's times: 100 on every Linux ABI .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>Gets the total so far, in seconds; null where there is no /proc (not Linux).</summary>
    public static double? Seconds()
    {
        const string stat = "/proc/self/stat";
        if (!File.Exists(stat))
        {
            return null;
        }

        // The fields after the command name (in parentheses, which may contain spaces): state is the first,
        // cutime and cstime are fields 16 and 17 of the line, so the 14th and 15th after the name.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[13], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[14], System.Globalization.CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
