"""What loading the in-memory rollup index (app/queries/rollup_index.py) costs a worker on DB.

Usage: python bench/rollup_index_load.py DB
Prints the seconds one load takes and the memory the index holds (tracemalloc, traced separately).
"""

import sqlite3
import sys
import time
import tracemalloc

from app.queries.rollup_index import RollupIndex


def main() -> None:
    conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    started = time.perf_counter()
    RollupIndex.load(conn)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    index = RollupIndex.load(conn)
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(f"load {seconds:.2f} s, {held / 2**20:.1f} MiB held ({len(index.axis):,} days)")


if __name__ == "__main__":
    main()
