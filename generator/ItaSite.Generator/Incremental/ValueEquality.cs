using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// Compares two object graphs by value: strings ordinally, primitives and enums by <c>Equals</c>, byte arrays by their bytes, collections
/// element by element in order, other objects field by field (records and classes alike, so a view model needs no
/// hand-written equality and a new field is compared without anyone remembering to). Objects of a type in
/// <paramref name="shared"/> (the site and its data, which every page points at) are compared by <paramref name="sameShared"/>
/// once per pair. Unknown depth or delegates count as different: the cost of a wrong "different" is one page rendered again.
/// One instance per build: it remembers the pairs of collections and frames it has compared (the menu every page shares).
/// </summary>
public sealed class ValueEquality(IReadOnlySet<Type> shared, Func<object, object, bool> sameShared, FieldReaders? readers = null)
{
    private readonly FieldReaders _readers = readers ?? new FieldReaders();

    private const int MaxDepth = 48;

    private const int ShortCollection = 8;

    // Per type: how it compares and, for objects compared field by field, the compiled comparison (one lookup per object).
    private readonly ConcurrentDictionary<Type, TypeShape> _shapes = new();

    private readonly ConcurrentDictionary<(object, object), bool> _pairs = new(PairComparer.Instance);

    // Written by whichever thread compared last; a reference write is atomic and a stale pair is only a missed shortcut.
    private RememberedPair? _last;

    public bool Same(object? a, object? b) => Same(a, b, 0);

    private bool Same(object? a, object? b, int depth)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null)
        {
            return false;
        }

        var type = a.GetType();
        if (type != b.GetType() || depth > MaxDepth)
        {
            return false;
        }

        if (!_shapes.TryGetValue(type, out var shape))
        {
            var kind = FieldReaders.Classify(type, shared);
            _shapes[type] = shape = new TypeShape(kind, kind is ValueKind.Fields or ValueKind.SharedFields ? _readers.Of(type) : null);
        }

        switch (shape.Kind)
        {
            case ValueKind.Text:
                return string.Equals((string)a, (string)b, StringComparison.Ordinal);
            case ValueKind.Bytes:
                return ((byte[])a).AsSpan().SequenceEqual((byte[])b);
            case ValueKind.Plain:
                return a.Equals(b);
            case ValueKind.Never:
                return false;
            case ValueKind.Shared:
                return Remembered(a, b, depth, ValueKind.Shared);
            case ValueKind.SharedFields:
                return Remembered(a, b, depth, ValueKind.SharedFields);
            case ValueKind.EquatableArray:
                // Equal by the elements' own equality (references for their arrays) is equal; otherwise by value, as any list.
                return _readers.ArrayEquality(type)(a, b) || SameItems((IEnumerable)a, (IEnumerable)b, depth);
            case ValueKind.Items:
                // A short collection is compared directly: remembering the pair would cost more than its few elements.
                return a is ICollection { Count: <= ShortCollection } && b is ICollection
                    ? SameItems((IEnumerable)a, (IEnumerable)b, depth)
                    : Remembered(a, b, depth, ValueKind.Items);
            default:
                return shape.Fields!(a, b, this, depth);
        }
    }

    private sealed record TypeShape(ValueKind Kind, FieldReaders.FieldsComparer? Fields);

    private bool Remembered(object a, object b, int depth, ValueKind kind)
    {
        // Every unit of a step points at the same shared pair (the settings, the menu): the last answer saves a hashed lookup per unit.
        if (_last is { } last && ReferenceEquals(last.A, a) && ReferenceEquals(last.B, b))
        {
            return last.Same;
        }

        if (_pairs.TryGetValue((a, b), out var same))
        {
            _last = new RememberedPair(a, b, same);
            return same;
        }

        same = kind switch
        {
            ValueKind.Shared => sameShared(a, b),
            ValueKind.SharedFields => SameFields(a, b, depth),
            _ => SameItems((IEnumerable)a, (IEnumerable)b, depth),
        };
        _pairs.TryAdd((a, b), same);
        _last = new RememberedPair(a, b, same);
        return same;
    }

    private sealed record RememberedPair(object A, object B, bool Same);

    /// <summary>Compares two objects of one type field by field (a frame's own fields, say), whatever their type.</summary>
    public bool SameFields(object a, object b) => a.GetType() == b.GetType() && SameFields(a, b, 0);

    private bool SameFields(object a, object b, int depth) => _readers.Of(a.GetType())(a, b, this, depth);

    /// <summary>Two field values of objects at <paramref name="depth"/> (called by <see cref="FieldReaders"/>' compiled comparisons).</summary>
    internal bool Deeper(object? a, object? b, int depth) => Same(a, b, depth + 1);

    private bool SameItems(IEnumerable a, IEnumerable b, int depth)
    {
        var left = a.GetEnumerator();
        var right = b.GetEnumerator();
        while (true)
        {
            var more = left.MoveNext();
            if (more != right.MoveNext())
            {
                return false;
            }

            if (!more)
            {
                return true;
            }

            if (!Same(left.Current, right.Current, depth + 1))
            {
                return false;
            }
        }
    }

    private sealed class PairComparer : IEqualityComparer<(object, object)>
    {
        public static PairComparer Instance { get; } = new();

        public bool Equals((object, object) x, (object, object) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((object, object) pair) => HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Item1), RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
