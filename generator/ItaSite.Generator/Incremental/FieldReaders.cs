using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace ItaSite.Generator.Incremental;

/// <summary>How <see cref="ValueEquality"/> compares objects of one type.</summary>
public enum ValueKind
{
    /// <summary>By <c>Equals</c>: primitives, enums, <see cref="Type"/>, <see cref="Uri"/>.</summary>
    Plain,

    /// <summary>Ordinally.</summary>
    Text,

    /// <summary>Byte by byte.</summary>
    Bytes,

    /// <summary>As a frame, once per pair (<see cref="SiteFrame"/>).</summary>
    Shared,

    /// <summary>Element by element.</summary>
    Items,

    /// <summary>Field by field, once per pair (<see cref="Reuse.ISharedInputs"/>).</summary>
    SharedFields,

    /// <summary>An array of record structs: first by their own equality, without boxing an element; by value if that says no.</summary>
    EquatableArray,

    /// <summary>Field by field.</summary>
    Fields,

    /// <summary>Never equal (delegates: what they would compute is unknown).</summary>
    Never,
}

/// <summary>
/// Per type, compiled readers of every instance field (its own and its bases'):
/// reflection's <c>GetValue</c> would cost more than the comparisons; and how <see cref="ValueEquality"/> compares a type
/// (<see cref="Classify"/>, asked once per type and build: <c>Type.IsPrimitive</c> on every object was a hot spot). Kept
/// for a whole session, since compiling is the slow part.
/// </summary>
public sealed class FieldReaders
{
    private readonly ConcurrentDictionary<Type, Func<object, object?>[]> _readers = new();
    private readonly ConcurrentDictionary<Type, Func<object, object, bool>> _arrays = new();

    public Func<object, object?>[] Of(Type type) => _readers.GetOrAdd(type, Compile);

    /// <summary>For an <see cref="ValueKind.EquatableArray"/> type: compares two arrays element by element with the element's <c>Equals</c>.</summary>
    public Func<object, object, bool> ArrayEquality(Type arrayType) => _arrays.GetOrAdd(arrayType, t =>
        (Func<object, object, bool>)typeof(FieldReaders).GetMethod(nameof(SameArrays), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(t.GetElementType()!).CreateDelegate(typeof(Func<object, object, bool>)));

    private static bool SameArrays<T>(object a, object b)
        where T : IEquatable<T> => ((T[])a).AsSpan().SequenceEqual((T[])b);

    // A value type's own Equals is trusted to say "same" only for record structs, whose equality is field by field (reference
    // fields that do not define equality compare by reference, which can say "different" too often, never "same" wrongly).
    private static bool IsRecordStruct(Type type) =>
        type.IsValueType && typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type)
        && type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic) is not null;

    /// <summary>How objects of <paramref name="type"/> are compared, with <paramref name="shared"/> the frame types.</summary>
    public static ValueKind Classify(Type type, IReadOnlySet<Type> shared) =>
        type == typeof(string) ? ValueKind.Text
        : type == typeof(byte[]) ? ValueKind.Bytes
        : type.IsPrimitive || type.IsEnum || typeof(Type).IsAssignableFrom(type) || type == typeof(Uri) ? ValueKind.Plain
        : typeof(Delegate).IsAssignableFrom(type) ? ValueKind.Never
        : shared.Contains(type) ? ValueKind.Shared
        : typeof(Reuse.ISharedInputs).IsAssignableFrom(type) ? ValueKind.SharedFields
        : type.IsSZArray && IsRecordStruct(type.GetElementType()!) ? ValueKind.EquatableArray
        : typeof(IEnumerable).IsAssignableFrom(type) ? ValueKind.Items
        : ValueKind.Fields;

    private static Func<object, object?>[] Compile(Type type)
    {
        var readers = new List<Func<object, object?>>();
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var instance = Expression.Parameter(typeof(object));
                var read = Expression.Field(Expression.Convert(instance, type), field);
                readers.Add(Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile());
            }
        }

        return [.. readers];
    }
}
