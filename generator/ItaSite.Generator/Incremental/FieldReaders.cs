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
/// Per type, a compiled comparison of every instance field (its own and its bases'): reflection's <c>GetValue</c> would cost
/// more than the comparisons, and reading a value-type field as <c>object</c> boxed it twice per unit (a 10,000-page serve
/// rebuild boxed 20,000 page kinds). Strings compare ordinally, primitives and enums by their own equality, record structs by
/// theirs first, and every other field through <see cref="ValueEquality"/>, one level deeper. Also how
/// <see cref="ValueEquality"/> compares a type (<see cref="Classify"/>, asked once per type and build: <c>Type.IsPrimitive</c>
/// on every object was a hot spot). Kept for a whole session, since compiling is the slow part.
/// </summary>
public sealed class FieldReaders
{
    private readonly ConcurrentDictionary<Type, FieldsComparer> _comparers = new();
    private readonly ConcurrentDictionary<Type, Func<object, object, bool>> _arrays = new();

    /// <summary>Compares two objects of one type field by field; <c>depth</c> is the depth of the two objects.</summary>
    public delegate bool FieldsComparer(object a, object b, ValueEquality values, int depth);

    /// <summary>The compiled field-by-field comparison of <paramref name="type"/>.</summary>
    public FieldsComparer Of(Type type) => _comparers.GetOrAdd(type, Compile);

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

    private static readonly MethodInfo Deeper = typeof(ValueEquality).GetMethod(nameof(ValueEquality.Deeper), BindingFlags.Instance | BindingFlags.NonPublic)!;
    private static readonly MethodInfo Ordinal = typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo OwnEquality = typeof(FieldReaders).GetMethod(nameof(SameByOwnEquality), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static bool SameByOwnEquality<T>(T a, T b) => EqualityComparer<T>.Default.Equals(a, b);

    private static FieldsComparer Compile(Type type)
    {
        var (a, b) = (Expression.Parameter(typeof(object), "a"), Expression.Parameter(typeof(object), "b"));
        var (values, depth) = (Expression.Parameter(typeof(ValueEquality), "values"), Expression.Parameter(typeof(int), "depth"));
        var (x, y) = (Expression.Variable(type, "x"), Expression.Variable(type, "y"));
        Expression all = Expression.Constant(true);
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                all = Expression.AndAlso(all, SameField(Expression.Field(x, field), Expression.Field(y, field), field.FieldType, values, depth));
            }
        }

        var body = Expression.Block(typeof(bool), [x, y],
            Expression.Assign(x, Expression.Convert(a, type)),
            Expression.Assign(y, Expression.Convert(b, type)),
            all);
        return Expression.Lambda<FieldsComparer>(body, a, b, values, depth).Compile();
    }

    // One field of the two objects, compared as ValueEquality would compare the two values read as objects, without boxing
    // where the field's own type says how.
    private static Expression SameField(Expression left, Expression right, Type type, ParameterExpression values, ParameterExpression depth)
    {
        if (type == typeof(string))
        {
            return Expression.Call(Ordinal, left, right);
        }

        if (type.IsPrimitive || type.IsEnum)
        {
            return Expression.Call(OwnEquality.MakeGenericMethod(type), left, right);
        }

        var deeper = Expression.Call(values, Deeper, Expression.Convert(left, typeof(object)), Expression.Convert(right, typeof(object)), depth);

        if (IsRecordStruct(type))
        {
            return Expression.OrElse(Expression.Call(OwnEquality.MakeGenericMethod(type), left, right), deeper);
        }

        return type.IsValueType ? deeper : Expression.OrElse(Expression.ReferenceEqual(left, right), deeper);
    }
}
