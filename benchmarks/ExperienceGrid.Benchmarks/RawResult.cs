namespace ExperienceGrid.Benchmarks;

/// <summary>The storage alone: writes committed, how long they took, this process' CPU, and the payloads' size.</summary>
public sealed record RawResult(long Writes, int Writers, TimeSpan Elapsed, TimeSpan Cpu, double PayloadBytes, TimeSpan SerializeEach)
{
    public double Rate => Writes / Elapsed.TotalSeconds;

    public double CpuMicrosecondsPerWrite => Cpu.TotalMicroseconds / Writes;

    public void Print()
    {
        Console.WriteLine($"raw storage: {Writes:N0} customer state writes through SqliteGrainStorage (group commit, WAL, synchronous=FULL), {Writers:N0} concurrent writers");
        Console.WriteLine($"  payload                   {PayloadBytes,10:N0} B average (Orleans serializer alone: {SerializeEach.TotalMicroseconds:F1} µs CPU per state)");
        Console.WriteLine($"  writes committed          {Rate,10:N0} /s ({Elapsed.TotalSeconds:F2} s)");
        Console.WriteLine($"  CPU per write             {CpuMicrosecondsPerWrite,10:N1} µs (this process: serializer, storage, SQLite)");
    }
}
