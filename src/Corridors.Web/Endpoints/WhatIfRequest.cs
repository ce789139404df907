using Corridors.Web.WhatIf;

namespace Corridors.Web.Endpoints;

/// <summary>POST /api/what-if: the library id of the base and the planner's edits.</summary>
internal sealed record WhatIfRequest(string? Base, IReadOnlyList<WhatIfEdit>? Edits);
