using ItaSite.Generator.Incremental;
using ItaSite.Generator.Reuse;

namespace ItaSite.Tests.Speed;

/// <summary>The by-value comparison serve's reuse rests on: fast paths must never call two different values the same.</summary>
public class ValueEqualityTests
{
    private readonly record struct Segment(byte[] Bytes, byte? Separator);

    private sealed record Shared(string Name, IReadOnlyList<string> Tags) : ISharedInputs;

    private sealed record Unit(string Id, Shared Settings, string?[] Pieces);

    private enum Shade { Light, Dark }

    private readonly record struct Where(string Path, string?[] Parts);

    private abstract record Base(double Weight, DateOnly Day);

    private sealed record Fields(Shade Shade, int Count, bool Flag, int? Maybe, Where Place, object? Boxed, string Name, double Weight, DateOnly Day) : Base(Weight, Day);

    private static ValueEquality Fresh() => SiteFrame.Comparer(new FieldReaders());

    [Fact]
    public void Record_struct_arrays_are_equal_by_reference_fast_and_by_value_otherwise()
    {
        var bytes = "หน้า"u8.ToArray();
        Segment[] a = [new(bytes, 0), new([1, 2], null)];
        Segment[] sameRefs = [new(bytes, 0), new(a[1].Bytes, null)];
        Segment[] copiedBytes = [new([.. bytes], 0), new([1, 2], null)];
        Segment[] otherBytes = [new([.. bytes], 0), new([1, 3], null)];
        Segment[] otherSeparator = [new(bytes, 1), new(a[1].Bytes, null)];

        var values = Fresh();
        Assert.True(values.Same(a, sameRefs));
        Assert.True(values.Same(a, copiedBytes));
        Assert.False(values.Same(a, otherBytes));
        Assert.False(values.Same(a, otherSeparator));
        Assert.False(values.Same(a, a[..1]));
    }

    [Fact]
    public void Short_and_long_lists_compare_element_by_element()
    {
        var values = Fresh();
        Assert.True(values.Same(new string?[] { "a", null, "c" }, new string?[] { "a", null, new string('c', 1) }));
        Assert.False(values.Same(new string?[] { "a", null, "c" }, new string?[] { "a", "b", "c" }));
        var longList = Enumerable.Range(0, 100).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var changed = longList.ToList();
        changed[73] = "x";
        Assert.True(values.Same(longList, longList.ToList()));
        Assert.False(values.Same(longList, changed));
    }

    [Fact]
    public void Shared_inputs_are_compared_by_value_once_per_pair_within_one_comparer()
    {
        var before = new Shared("strict", ["p", "a"]);
        var equal = new Shared("strict", ["p", "a"]);
        var other = new Shared("standard", ["p", "a"]);

        var values = Fresh();
        Assert.True(values.Same(new Unit("1", before, ["x"]), new Unit("1", equal, ["x"])));
        Assert.False(values.Same(new Unit("1", before, ["x"]), new Unit("1", other, ["x"])));
        Assert.False(values.Same(new Unit("1", before, ["x"]), new Unit("1", equal, ["y"])));

        // A new build gets a new comparer, so a remembered verdict never outlives the build it was made in.
        Assert.False(Fresh().Same(before, other));
        Assert.True(Fresh().Same(before, equal));
    }

    [Fact]
    public void Delegates_and_different_types_are_never_the_same()
    {
        var values = Fresh();
        Func<int> f = () => 1;
        Assert.False(values.Same(f, (Func<int>)(() => 1)));
        Assert.True(values.Same(f, f));
        Assert.False(values.Same("1", 1));
        Assert.False(values.Same(new Uri("https://a.example/"), new Uri("https://b.example/")));
        Assert.True(values.Same(new Uri("https://a.example/"), new Uri("https://a.example/")));
    }

    [Fact]
    public void Every_kind_of_field_is_compared_by_value_and_a_difference_in_any_one_is_seen()
    {
        Fields Make() => new(Shade.Dark, 3, true, 7, new Where(new string('p', 2), ["a", null]), 5, "ชื่อ", 1.5, new DateOnly(2026, 12, 3));
        var a = Make();
        Assert.True(Fresh().Same(a, Make()));
        Assert.True(Fresh().Same(a, a with { Place = new Where("pp", ["a", null]) })); // record struct: its equality says no (another array), by value yes

        Fields[] changed =
        [
            a with { Shade = Shade.Light }, a with { Count = 4 }, a with { Flag = false }, a with { Maybe = null }, a with { Maybe = 8 },
            a with { Place = new Where("pq", ["a", null]) }, a with { Place = new Where("pp", ["a", "b"]) }, a with { Boxed = 6 },
            a with { Boxed = "5" }, a with { Name = "ชื่ออื่น" }, a with { Weight = 2.5 }, a with { Day = new DateOnly(2026, 12, 4) },
        ];
        foreach (var other in changed)
        {
            Assert.False(Fresh().Same(a, other), other.ToString());
        }
    }
}
