#!/usr/bin/env python3
"""Cluster measurements for docs/performance.md ("Cluster on PostgreSQL"), on a private cluster of scripts/cluster.sh.

    python3 scripts/cluster-bench.py [--rate 3000] [--seconds 20] [--silos 1,2,4] [--takeovers 3]

1. CPU time per event per silo with 1, 2 and 4 silos at the same offered load (touchpoints/s, batches of 100,
   round-robin over the silos; CPU = utime+stime of each silo process from /proc, until the lag is 0).
2. Cluster ingest rate (HTTP 202 = durable in the journal; 4 senders, batches of 1,000) vs the raw COPY rate of
   the same rows into a scratch table of the same PostgreSQL, in the same run.
3. Takeover after SIGKILL of one of 3 silos under load: kill -> survivors own every partition (/api/cluster).
Needs the Release build (dotnet build -c Release) and stdlib only.
"""
import argparse, datetime, json, os, subprocess, threading, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = dict(os.environ, EG_CLUSTER_DIR=os.path.join(ROOT, "artifacts", "cluster-bench"),
           EG_PG_PORT=os.environ.get("EG_PG_PORT", "56432"), EG_BASE_PORT=os.environ.get("EG_BASE_PORT", "5400"),
           EG_SKIP_BUILD="1")
BASE = int(ENV["EG_BASE_PORT"])
KEY = "eg-dev-key-2f6c1a"
VENUE = "blaze-manchester-piccadilly"


def cluster(*args):
    subprocess.run(["bash", os.path.join(ROOT, "scripts", "cluster.sh"), *map(str, args)], env=ENV, check=True,
                   stdout=subprocess.DEVNULL)


def url(i):
    return f"http://127.0.0.1:{BASE + i}"


def post(i, events):
    body = json.dumps(events).encode()
    req = urllib.request.Request(url(i) + "/api/touchpoints", body, {"X-Api-Key": KEY, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status == 202
    except Exception:
        return False


def events(prefix, n, customers=2000):
    now = datetime.datetime.now(datetime.timezone.utc).isoformat()
    return [{"eventId": f"{prefix}-{k}", "customerId": f"{prefix.split('-')[0]}-c{k % customers}", "venueId": VENUE,
             "touchpoint": "greeting", "at": now} for k in range(n)]


def view(i=1):
    with urllib.request.urlopen(url(i) + "/api/cluster", timeout=10) as r:
        return json.load(r)


def settle(n, timeout=180):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            v = view()
            if sum(len(s["partitions"]) for s in v["silos"]) == 64 and sum(s["lag"] for s in v["silos"]) == 0:
                return
        except Exception:
            pass
        time.sleep(0.2)
    raise TimeoutError("cluster did not settle")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def silo_pids():
    with open(os.path.join(ENV["EG_CLUSTER_DIR"], "state.json")) as f:
        return {s["index"]: s["pid"] for s in json.load(f)["silos"]}


def offered_load(n, rate, seconds, tag, batch=100):
    """Sends rate events/s for seconds, round-robin over silos 1..n; returns events accepted."""
    sent, interval, start, k = 0, batch / rate, time.time(), 0
    while time.time() - start < seconds:
        target = start + k * interval
        if target > time.time():
            time.sleep(target - time.time())
        while not post(1 + k % n, events(f"{tag}-{k}", batch)):
            time.sleep(0.1)
        sent += batch
        k += 1
    return sent


def cpu_per_event(silos, rate, seconds):
    rows = []
    for n in silos:
        cluster("down"); cluster("up", n); settle(n)
        pids = silo_pids()
        before = {i: cpu_seconds(p) for i, p in pids.items()}
        sent = offered_load(n, rate, seconds, f"cpu{n}")
        settle(n)
        used = {i: cpu_seconds(p) - before[i] for i, p in pids.items()}
        per_silo = ", ".join(f"{1e6 * used[i] / sent:.0f}" for i in sorted(used))
        rows.append(f"| {n} | {sent} | {per_silo} | {1e6 * sum(used.values()) / sent:.0f} |")
    return rows


def ingest_rate(n=2, senders=4, seconds=15, batch=1000):
    cluster("down"); cluster("up", n); settle(n)
    accepted, stop = [0], time.time() + seconds
    lock = threading.Lock()

    def sender(s):
        k = 0
        while time.time() < stop:
            if post(1 + (s + k) % n, events(f"ing{s}-{k}", batch, customers=20000)):
                with lock:
                    accepted[0] += batch
            k += 1
    threads = [threading.Thread(target=sender, args=(s,)) for s in range(senders)]
    start = time.time()
    [t.start() for t in threads]; [t.join() for t in threads]
    rate = accepted[0] / (time.time() - start)
    copy_rows = 200_000
    path = os.path.join(ENV["EG_CLUSTER_DIR"], "copy.csv")
    payload = "\\x" + json.dumps(events("x", 1)[0]).encode().hex()
    with open(path, "w") as f:
        for k in range(copy_rows):
            f.write(f"{k % 64},{k},copy-{k},customer,c{k % 20000},touchpoint,{payload}\n")
    psql = ["/usr/lib/postgresql/15/bin/psql", "-h", "127.0.0.1", "-p", ENV["EG_PG_PORT"], "-U", "postgres", "-d", "grid", "-qc"]
    subprocess.run(psql + ["DROP TABLE IF EXISTS copy_bench; CREATE TABLE copy_bench (LIKE journal INCLUDING ALL)"], check=True)
    start = time.time()
    subprocess.run(psql + [f"\\copy copy_bench (partition_id, entry_offset, message_id, grain_type, grain_key, message_type, payload) FROM '{path}' CSV"], check=True)
    copy_rate = copy_rows / (time.time() - start)
    return rate, copy_rate


def takeovers(count, rate):
    cluster("down"); cluster("up", 3); settle(3)
    results = []
    for attempt in range(count):
        stop = [False]
        load = threading.Thread(target=lambda: [offered_load(2, rate, 1, f"tk{attempt}-{time.time()}") for _ in iter(lambda: stop[0], True)])
        load.start(); time.sleep(2)
        start = time.time()
        cluster("kill", 3)
        while True:
            try:
                v = view()
                if sum(len(s["partitions"]) for s in v["silos"] if not s["address"].endswith(f":{BASE + 3}")) == 64:
                    break
            except Exception:
                pass
            time.sleep(0.02)
        results.append(1000 * (time.time() - start))
        stop[0] = True; load.join()
        cluster("start", 3); settle(3)
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=int, default=3000)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--silos", default="1,2,4")
    parser.add_argument("--takeovers", type=int, default=3)
    args = parser.parse_args()
    try:
        cpu = cpu_per_event([int(s) for s in args.silos.split(",")], args.rate, args.seconds)
        ingest, copy = ingest_rate()
        takeover = takeovers(args.takeovers, args.rate // 2)
    finally:
        cluster("down")
    print(f"offered load {args.rate} touchpoints/s for {args.seconds} s")
    print("| silos | events | CPU µs per event, per silo | CPU µs per event, all silos |\n|---|---|---|---|")
    print("\n".join(cpu))
    print(f"cluster ingest (2 silos, 4 senders, batches of 1,000): {ingest:,.0f} events/s; raw COPY of the same rows: {copy:,.0f} rows/s")
    print("takeover after SIGKILL (ms): " + ", ".join(f"{t:.0f}" for t in takeover))


if __name__ == "__main__":
    main()
