using System.Globalization;
using System.Text;

namespace Corridors.Scenarios.Yaml;

/// <summary>
/// Reads a scenario file's text, refusing what is not a scenario before any parsing: a missing file,
/// a directory, a file over <see cref="ScenarioLimits.MaxFileBytes"/>, binary data, invalid UTF-8.
/// </summary>
internal static class SourceReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the text of <paramref name="fullPath"/>, or null after reporting why not at <paramref name="blame"/>.</summary>
    public static string? Read(string fullPath, string display, SourcePosition blame, DiagnosticBag bag)
    {
        try
        {
            if (Directory.Exists(fullPath))
            {
                bag.Error(blame, $"'{display}' is a directory; expected a scenario file");
                return null;
            }

            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                bag.Error(blame, $"cannot read '{display}': no such file; expected an existing scenario file");
                return null;
            }

            if (info.Length > ScenarioLimits.MaxFileBytes)
            {
                return Report(bag, display, info.Length);
            }

            return Decode(File.ReadAllBytes(fullPath), display, bag);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(blame, $"cannot read '{display}': {e.Message}; expected a readable scenario file");
            return null;
        }
    }

    /// <summary>Returns the text of <paramref name="fullPath"/> from submitted <paramref name="contents"/>, or null after reporting why not.</summary>
    public static string? Read(IReadOnlyDictionary<string, byte[]> contents, string fullPath, string display, SourcePosition blame, DiagnosticBag bag)
    {
        if (!contents.TryGetValue(fullPath, out var bytes))
        {
            bag.Error(blame, $"cannot read '{display}': it is not among the submitted files; expected every file of the extends chain");
            return null;
        }

        return bytes.Length > ScenarioLimits.MaxFileBytes
            ? Report(bag, display, bytes.Length)
            : Decode(bytes, display, bag);
    }

    private static string? Report(DiagnosticBag bag, string display, long length)
    {
        bag.Error(SourcePosition.StartOf(display),
            $"file is {Mib(length)} MiB; expected at most {Mib(ScenarioLimits.MaxFileBytes)} MiB (scenario files are small text files)");
        return null;
    }

    private static string? Decode(byte[] bytes, string display, DiagnosticBag bag)
    {
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            bag.Error(PositionOf(bytes, nul, display), "file contains a NUL byte, so it is binary data; expected UTF-8 YAML text");
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, bytes.Length - 1);
            bag.Error(PositionOf(bytes, at, display),
                $"file has a byte sequence that is not UTF-8 (0x{bytes[at].ToString("X2", CultureInfo.InvariantCulture)}); expected UTF-8 YAML text");
            return null;
        }
    }

    private static SourcePosition PositionOf(byte[] bytes, int offset, string display)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourcePosition(display, line, offset - lineStart + 1);
    }

    private static string Mib(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
}
