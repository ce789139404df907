using System.Text.Json;

namespace Corridors.Report.Data;

/// <summary>Reads a JSON output file, turning a malformed or incomplete one into a one-line <see cref="ReportInputException"/>.</summary>
internal static class JsonFile
{
    public static JsonDocument Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ReportInputException($"{path}: missing; the output folder is incomplete");
        }

        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new ReportInputException($"{path}:{(ex.LineNumber ?? 0) + 1}: not valid JSON: {ex.Message.Split('.')[0]}", ex);
        }
    }

    /// <summary>Gets the property <paramref name="name"/> of <paramref name="element"/>, or says which file lacks it.</summary>
    public static JsonElement Get(JsonElement element, string name, string path) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new ReportInputException($"{path}: missing \"{name}\"; the file is of another format or another version");

    /// <summary>Gets a number that may be null (an undefined figure) as NaN.</summary>
    public static double Number(JsonElement element) => element.ValueKind == JsonValueKind.Number ? element.GetDouble() : double.NaN;
}
