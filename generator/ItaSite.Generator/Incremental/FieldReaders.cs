using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// Compiled readers of every instance field of a type (its own and its bases'), for <see cref="ValueEquality"/>: reflection's
/// <c>GetValue</c> would cost more than the comparisons. Kept for a whole session, since compiling is the slow part.
/// </summary>
public sealed class FieldReaders
{
    private readonly ConcurrentDictionary<Type, Func<object, object?>[]> _readers = new();

    public Func<object, object?>[] Of(Type type) => _readers.GetOrAdd(type, Compile);

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
