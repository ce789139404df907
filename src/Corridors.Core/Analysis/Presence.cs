namespace Corridors.Core.Analysis;

/// <summary>Which of two compared scenarios reports a figure: an element (node, link, corridor, route) may exist in one plan only.</summary>
public enum Presence
{
    /// <summary>Both scenarios report the figure.</summary>
    Both,

    /// <summary>Only the base reports it: the alternative removed the element.</summary>
    BaseOnly,

    /// <summary>Only the alternative reports it: the alternative added the element.</summary>
    AltOnly,
}
