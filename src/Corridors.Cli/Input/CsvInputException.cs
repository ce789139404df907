namespace Corridors.Cli.Input;

/// <summary>A CSV file that cannot be used, with the place to fix: file, line (1-based) and field.</summary>
internal sealed class CsvInputException(string message) : Exception(message)
{
    /// <summary>Creates the error for <paramref name="field"/> on <paramref name="line"/> of <paramref name="file"/>.</summary>
    public static CsvInputException At(string file, int line, string? field, string problem) =>
        new(field is null ? $"{file}:{line}: {problem}" : $"{file}:{line}: field '{field}': {problem}");
}
