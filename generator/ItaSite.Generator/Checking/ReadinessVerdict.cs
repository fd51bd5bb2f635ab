namespace ItaSite.Generator.Checking;

/// <summary>What the assessor would most likely decide about an item: pass, pass with doubts, or fail.</summary>
public enum ReadinessVerdict
{
    Pass,
    Warn,
    Fail,
}
