// Two namespaces that use each other only inside method bodies (a call and a lambda), never in a signature: the architecture
// test runs its cycle detector on them to show that such a cycle is caught.
namespace ItaSite.Tests.Architecture.CycleSample.First
{
    internal static class Caller
    {
        public static int Call() => Second.Callee.Value() + 1;
    }
}

namespace ItaSite.Tests.Architecture.CycleSample.Second
{
    internal static class Callee
    {
        public static int Value() => 1;

        public static Func<int> Back() => () => First.Caller.Call();
    }
}
