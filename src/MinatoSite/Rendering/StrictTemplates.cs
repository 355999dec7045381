using Fluid;

namespace MinatoSite.Rendering;

// What makes the templates strict: a name the views do not have fails, where Liquid would print nothing.

/// <summary>A template failed: the template file and line where the failing name is written, when it could be found.</summary>
public sealed class TemplateException(string file, int line, Diagnostics.Message says, Exception? inner = null) : Exception(says.English, inner)
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public Diagnostics.Message Says { get; } = says;
}

/// <summary>A template named a member that its view does not have.</summary>
public sealed class UnknownMemberException(string member, Type type) : Exception($"'{member}' is not a member of {type.Name}")
{
    public string Member { get; } = member;
    public string Type { get; } = type.Name;

    /// <summary>The members it could have meant, as templates write them.</summary>
    public IEnumerable<string> Known { get; } = MembersOf(type);

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2070",
        Justification = "The views the templates read are in this assembly, which the native program keeps whole (TrimmerRootAssembly).")]
    private static List<string> MembersOf(Type type) =>
        type.GetProperties().Select(p => MemberNameStrategies.SnakeCase(p)).Order(StringComparer.Ordinal).ToList();
}

/// <summary>Member access that fails on a name the object does not have, instead of giving an empty value.</summary>
internal sealed class StrictMemberAccess(MemberAccessStrategy inner) : MemberAccessStrategy
{
    public override IMemberAccessor? GetAccessor(Type type, string name) =>
        inner.GetAccessor(type, name) ?? throw new UnknownMemberException(name, type);

    public override void Register(Type type, IEnumerable<KeyValuePair<string, IMemberAccessor>> accessors) => inner.Register(type, accessors);
}
