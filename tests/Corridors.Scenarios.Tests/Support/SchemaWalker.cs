using System.Text.Json;
using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Tests.Support;

/// <summary>
/// The part of JSON Schema 2020-12 that scenarios/schema.json uses, enough to say which keys a YAML
/// mapping may have there: $ref to $defs, properties, additionalProperties, items, oneOf/anyOf
/// (the branch of the node's shape), and allOf of if {properties: {k: {const}}} then {properties,
/// propertyNames: {enum}}. No JSON Schema package restores here, hence this walker.
/// </summary>
internal sealed class SchemaWalker(JsonElement root)
{
    public static SchemaWalker Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());

    /// <summary>Lists "path.key" for every key in <paramref name="node"/> that the schema does not allow where it stands.</summary>
    public List<string> Uncovered(YNode node)
    {
        var missing = new List<string>();
        Walk(node, root, "", missing);
        return missing;
    }

    /// <summary>Gets the keys the schema allows in the mapping at <paramref name="path"/> (dotted keys) of <paramref name="document"/>.</summary>
    public IReadOnlySet<string> KeysAt(YMap document, string path)
    {
        var schema = root;
        var map = document;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            schema = Allowed(schema, map).Child(segment) ?? throw new InvalidOperationException($"schema has no '{segment}' at {path}");
            map = (YMap)map.Find(segment)!.Value;
        }

        return Allowed(schema, map).Keys ?? throw new InvalidOperationException($"schema allows any key at {path}");
    }

    private void Walk(YNode node, JsonElement schema, string path, List<string> missing)
    {
        schema = Shape(schema, node);
        if (node is YMap map)
        {
            var allowed = Allowed(schema, map);
            foreach (var entry in map.Entries)
            {
                var child = $"{path}.{entry.Key.Value}".TrimStart('.');
                if (allowed.Child(entry.Key.Value) is { } sub)
                {
                    Walk(entry.Value, sub, child, missing);
                }
                else
                {
                    missing.Add(child);
                }
            }
        }
        else if (node is YSeq seq && schema.TryGetProperty("items", out var items))
        {
            foreach (var item in seq.Items)
            {
                Walk(item, items, path + "[]", missing);
            }
        }
    }

    private (IReadOnlySet<string>? Keys, Func<string, JsonElement?> Child) Allowed(JsonElement schema, YMap map)
    {
        schema = Shape(schema, map);
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        Collect(schema, properties);
        HashSet<string>? only = null;
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var branch in allOf.EnumerateArray().Where(b => Matches(b, map)))
            {
                var then = branch.GetProperty("then");
                Collect(then, properties);
                if (then.TryGetProperty("propertyNames", out var names))
                {
                    only = [.. names.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)];
                }
            }
        }

        JsonElement? additional = schema.TryGetProperty("additionalProperties", out var a) && a.ValueKind == JsonValueKind.Object ? a : null;
        HashSet<string>? keys = additional is null ? (only ?? [.. properties.Keys]) : null;
        return (keys, key =>
            keys is not null && !keys.Contains(key) ? null
            : properties.TryGetValue(key, out var p) ? p
            : additional);
    }

    private static void Collect(JsonElement schema, Dictionary<string, JsonElement> properties)
    {
        if (schema.TryGetProperty("properties", out var props))
        {
            foreach (var p in props.EnumerateObject())
            {
                properties[p.Name] = p.Value;
            }
        }
    }

    private static bool Matches(JsonElement branch, YMap map)
    {
        if (!branch.TryGetProperty("if", out var condition) || !condition.TryGetProperty("properties", out var props))
        {
            return false;
        }

        return props.EnumerateObject().All(p =>
            map.Find(p.Name)?.Value is YScalar s && p.Value.TryGetProperty("const", out var c) && c.GetString() == s.Value);
    }

    // Follows $ref, and picks the oneOf/anyOf branch whose type fits the node's shape.
    private JsonElement Shape(JsonElement schema, YNode node)
    {
        schema = Resolve(schema);
        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out var branches))
            {
                var wanted = node switch { YMap => "object", YSeq => "array", _ => "string" };
                foreach (var branch in branches.EnumerateArray().Select(Resolve))
                {
                    if (branch.TryGetProperty("type", out var type) && type.GetString() == wanted)
                    {
                        return branch;
                    }
                }
            }
        }

        return schema;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            schema = root.GetProperty("$defs").GetProperty(reference.GetString()!["#/$defs/".Length..]);
        }

        return schema;
    }
}
