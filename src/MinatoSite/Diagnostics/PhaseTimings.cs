using System.Collections.Concurrent;
using System.Diagnostics;

namespace MinatoSite.Diagnostics;

/// <summary>Time spent in each phase of a build, for the benchmark and <c>--timings</c>.</summary>
public sealed class PhaseTimings
{
    private readonly List<Measurement> _phases = [];
    private readonly ConcurrentDictionary<string, (long Ticks, long Bytes)> _work = new(StringComparer.Ordinal);

    /// <summary>How long a phase or step took and how many bytes it allocated.</summary>
    public readonly record struct Measurement(string Phase, TimeSpan Time, long Allocated)
    {
        public override string ToString() => $"{Phase} {Time.TotalMilliseconds:0.0} ms ({Allocated / 1048576.0:0} MB allocated)";
    }

    /// <summary>Wall-clock time of each phase, in order.</summary>
    public IReadOnlyList<Measurement> Phases => _phases;

    /// <summary>Time summed over all threads, for the steps that run in parallel inside one phase.</summary>
    public IReadOnlyList<Measurement> Work =>
        _work.Select(w => new Measurement(w.Key, TimeSpan.FromTicks(w.Value.Ticks), w.Value.Bytes)).OrderBy(w => w.Phase, StringComparer.Ordinal).ToList();

    public T Measure<T>(string phase, Func<T> action)
    {
        var start = Stopwatch.GetTimestamp();
        var allocated = GC.GetTotalAllocatedBytes();
        try { return action(); }
        finally { _phases.Add(new Measurement(phase, Stopwatch.GetElapsedTime(start), GC.GetTotalAllocatedBytes() - allocated)); }
    }

    /// <summary>Adds the time of one step done by one of several threads; safe to call from any thread.</summary>
    public T MeasureWork<T>(string step, Func<T> action)
    {
        var start = Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        try { return action(); }
        finally
        {
            var time = Stopwatch.GetElapsedTime(start).Ticks;
            var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            _work.AddOrUpdate(step, (time, bytes), (_, total) => (total.Ticks + time, total.Bytes + bytes));
        }
    }

    public override string ToString()
    {
        var phases = string.Join(", ", _phases);
        return _work.IsEmpty ? phases
            : $"{phases}\nof which, summed over the threads: {string.Join(", ", Work)}";
    }

    /// <summary>Time from process start to the first file being read, and the assemblies loaded by then.</summary>
    public (TimeSpan Time, int Assemblies)? Startup { get; private set; }

    public void MarkStartup()
    {
        Startup ??= (DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime, AppDomain.CurrentDomain.GetAssemblies().Length);
    }

    /// <summary>Peak resident memory of this process so far (VmHWM on Linux), in bytes; null where unknown.</summary>
    public static long? PeakMemory()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }
}
