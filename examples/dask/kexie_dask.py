#!/usr/bin/env python3
"""kexie on Dask distributed: list an archive, split it into partitions, run
`kexie parse --files-from - --ndjson` on each partition on the workers, and write one folder
per partition: documents.ndjson, failures.ndjson and the three Parquet tables (kexie export
--to parquet). Every worker process runs kexie as a subprocess, so the workers need Node and
kexie on their PATH (or --kexie) and the archive at the same path.

    python3 kexie_dask.py ARCHIVE OUT [--workers 4] [--partition-size 500] [--scheduler tcp://host:8786]

Without --scheduler a LocalCluster of worker processes is started on 127.0.0.1.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys

from dask.distributed import Client, LocalCluster


def list_archive(root, exts=(".txt", ".md", ".html", ".htm", ".docx")):
    """File names relative to ROOT, sorted, hidden files and folders skipped (as kexie batch)."""
    names = []
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if not x.startswith("."))
        for f in files:
            if not f.startswith(".") and f.lower().endswith(exts):
                names.append(os.path.relpath(os.path.join(d, f), root))
    return sorted(names)


def run_partition(index, names, root, out, kexie):
    """One partition on a worker: one kexie process reads the names and writes one line each."""
    proc = subprocess.run(
        kexie + ["parse", "--files-from", "-", "--ndjson", "--errors-inline", "-q"],
        input="\n".join(names) + "\n", cwd=root, capture_output=True, text=True,
    )
    lines = proc.stdout.splitlines()
    # the worker contract: exit 0 and one line per name; anything else is a failed partition
    # that the engine retries
    if proc.returncode != 0 or len(lines) != len(names):
        raise RuntimeError(f"partition {index}: kexie exited {proc.returncode} with {len(lines)} of {len(names)} lines: {proc.stderr.strip()[:500]}")
    part = os.path.join(out, f"part-{index:05d}")
    os.makedirs(part, exist_ok=True)
    ok = failed = 0
    with open(os.path.join(part, "documents.ndjson"), "w", encoding="utf-8") as docs, \
         open(os.path.join(part, "failures.ndjson"), "w", encoding="utf-8") as fails:
        for line in lines:
            # a failure line is {"file", "error"}; a document has no top-level "error"
            if "error" in json.loads(line):
                fails.write(line + "\n")
                failed += 1
            else:
                docs.write(line + "\n")
                ok += 1
    if ok:
        exported = subprocess.run(kexie + ["export", "--to", "parquet", "-o", part, os.path.join(part, "documents.ndjson")], capture_output=True, text=True)
        if exported.returncode != 0:
            raise RuntimeError(f"partition {index}: kexie export exited {exported.returncode}: {exported.stderr.strip()[:500]}")
    return {"partition": index, "files": len(names), "ok": ok, "failed": failed}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("archive")
    ap.add_argument("out")
    ap.add_argument("--workers", type=int, default=4, help="worker processes of the LocalCluster (default 4)")
    ap.add_argument("--partition-size", type=int, default=500, help="files per partition, one kexie process each (default 500)")
    ap.add_argument("--scheduler", help="address of an existing Dask scheduler instead of a LocalCluster")
    ap.add_argument("--kexie", default="kexie", help='the kexie command, e.g. "node /opt/kexie/bin/kexie.js" (default kexie)')
    a = ap.parse_args()

    root = os.path.abspath(a.archive)
    out = os.path.abspath(a.out)
    kexie = shlex.split(a.kexie)
    names = list_archive(root)
    parts = [names[i:i + a.partition_size] for i in range(0, len(names), a.partition_size)]
    os.makedirs(out, exist_ok=True)

    if a.scheduler:
        client = Client(a.scheduler)
        cluster = None
    else:
        # worker processes talking to the scheduler over loopback TCP, as on a real cluster
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", protocol="tcp", dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(run_partition, range(len(parts)), parts, root=root, out=out, kexie=kexie, retries=2, pure=False)
        results = client.gather(futures)
    finally:
        client.close()
        if cluster:
            cluster.close()
    total = {"files": len(names), "partitions": len(parts),
             "ok": sum(r["ok"] for r in results), "failed": sum(r["failed"] for r in results)}
    print(json.dumps(total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
