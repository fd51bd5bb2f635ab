using System.Reflection;
using System.Reflection.Emit;

namespace ItaSite.Tests.Architecture;

/// <summary>
/// Every type a type uses, as the compiler emitted it: base type, interfaces, attributes, fields, properties, method signatures,
/// locals and the operands of every instruction in every method body (calls, field accesses, <c>new</c>, casts, <c>typeof</c>).
/// Reading the IL rather than the <c>using</c> lines is what catches a dependency written as a qualified name or hidden in a
/// lambda (the compiler nests lambdas and iterators in the type that declares them, so they count for its namespace).
/// </summary>
public static class TypeReferences
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        Add(found, type.BaseType);
        foreach (var t in type.GetInterfaces())
        {
            Add(found, t);
        }

        AddAttributes(found, type.CustomAttributes);
        foreach (var field in type.GetFields(All))
        {
            Add(found, field.FieldType);
            AddAttributes(found, field.CustomAttributes);
        }

        foreach (var property in type.GetProperties(All))
        {
            Add(found, property.PropertyType);
        }

        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            AddMethod(found, method);
        }

        return found;
    }

    private static void AddMethod(HashSet<Type> found, MethodBase method)
    {
        if (method is MethodInfo info)
        {
            Add(found, info.ReturnType);
        }

        foreach (var parameter in method.GetParameters())
        {
            Add(found, parameter.ParameterType);
        }

        AddAttributes(found, method.CustomAttributes);
        var body = method.GetMethodBody();
        if (body is null)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            Add(found, local.LocalType);
        }

        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        foreach (var token in Tokens(body.GetILAsByteArray() ?? []))
        {
            MemberInfo? member;
            try
            {
                member = method.Module.ResolveMember(token, typeArgs, methodArgs);
            }
            catch (ArgumentException)
            {
                continue; // a signature token (calli), not a member
            }

            switch (member)
            {
                case Type t:
                    Add(found, t);
                    break;
                case FieldInfo f:
                    Add(found, f.DeclaringType);
                    Add(found, f.FieldType);
                    break;
                case MethodBase m:
                    Add(found, m.DeclaringType);
                    if (m is MethodInfo { IsGenericMethod: true } g)
                    {
                        foreach (var a in g.GetGenericArguments())
                        {
                            Add(found, a);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The metadata tokens among the operands of <paramref name="il"/> (member, field, type and <c>ldtoken</c> operands).</summary>
    private static IEnumerable<int> Tokens(byte[] il)
    {
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE && i + 1 < il.Length ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += value > 0xFF || value < 0 ? 2 : 1;
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    yield return BitConverter.ToInt32(il, i);
                    i += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }

    private static void AddAttributes(HashSet<Type> found, IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            Add(found, attribute.AttributeType);
        }
    }

    /// <summary>Adds a type and what it is built of (element type, generic arguments), so <c>List&lt;SiteModel&gt;</c> counts as SiteModel.</summary>
    private static void Add(HashSet<Type> found, Type? type)
    {
        if (type is null || type.IsGenericParameter || !found.Add(type))
        {
            return;
        }

        if (type.HasElementType)
        {
            Add(found, type.GetElementType());
        }

        if (type.IsGenericType)
        {
            foreach (var a in type.GetGenericArguments())
            {
                Add(found, a);
            }
        }
    }
}
