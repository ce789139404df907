using Corridors.Web.WhatIf;

namespace Corridors.Web.Tests.Web;

/// <summary>The body of POST /api/what-if as the page sends it.</summary>
internal sealed record EditRequest(string Base, IReadOnlyList<WhatIfEdit> Edits);
