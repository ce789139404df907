using System.Security.Cryptography;
using System.Text.Json;

namespace Corridors.Core.Reports;

/// <summary>
/// Writes manifest.json: what produced a run's outputs — the scenario files and their SHA-256, the
/// seed, the replications, the tool version and the command line — so a result can be traced and rerun.
/// </summary>
public static class RunManifest
{
    /// <summary>Writes the manifest to <paramref name="path"/> atomically.</summary>
    /// <param name="path">Target file.</param>
    /// <param name="files">Every scenario file read (the file and what it extends).</param>
    /// <param name="seed">The seed used.</param>
    /// <param name="replications">Replications kept.</param>
    /// <param name="toolVersion">The corridors version.</param>
    /// <param name="commandLine">The arguments as given.</param>
    /// <param name="requested">The replications asked for when the run was interrupted before all were done: the manifest then says the outputs are partial.</param>
    public static void Write(string path, IReadOnlyList<string> files, ulong seed, int replications, string toolVersion, IReadOnlyList<string> commandLine,
        int? requested = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(commandLine);
        AtomicFile.WriteStream(path, stream =>
        {
            using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            w.WriteStartObject();
            w.WriteString("tool", "corridors");
            w.WriteString("version", toolVersion);
            w.WriteStartArray("command_line");
            foreach (var arg in commandLine)
            {
                w.WriteStringValue(arg);
            }

            w.WriteEndArray();
            w.WriteStartArray("scenario_files");
            foreach (var file in files)
            {
                w.WriteStartObject();
                w.WriteString("path", file);
                w.WriteString("sha256", Sha256(file));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("seed", seed);
            w.WriteNumber("replications", replications);
            if (requested is { } asked)
            {
                // Only an interrupted run has these keys, so a complete run's manifest is unchanged.
                w.WriteBoolean("partial", true);
                w.WriteNumber("replications_requested", asked);
            }

            w.WriteEndObject();
        });
    }

    /// <summary>Gets the lower-case hex SHA-256 of a file's bytes.</summary>
    public static string Sha256(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
}
