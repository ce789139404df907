namespace Corridors.Scenarios.Text;

/// <summary>A problem in a piece of text: where (offset into the text) and what, worded to follow a subject ("… is '350', which has no unit; expected …").</summary>
internal readonly record struct TextError(int Offset, string Message);
