using Corridors.Core.Model;

namespace Corridors.Web.Library;

/// <summary>One scenario of the library: its id (the file name without .yaml), its text and its loaded model.</summary>
/// <param name="Id">The library id, e.g. <c>caspian-baseline</c>.</param>
/// <param name="FileName">The file name, e.g. <c>caspian-baseline.yaml</c>.</param>
/// <param name="Bytes">The file as read at start-up.</param>
/// <param name="Model">The validated model; null when the file has errors.</param>
/// <param name="Base">The library id it extends, if it extends one.</param>
internal sealed record LibraryScenario(string Id, string FileName, byte[] Bytes, ScenarioModel? Model, string? Base);
