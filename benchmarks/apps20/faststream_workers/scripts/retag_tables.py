"""Re-tag all warehouse tables with the legacy tagger and write a CSV for review."""
from __future__ import annotations

import csv
import sys
from concurrent.futures import ThreadPoolExecutor

import litellm

from workers.legacy import old_tagger
from workers.legacy.old_tagger import TagCache


def load_tables(path: str) -> list[tuple[str, list[str]]]:
    out = []
    with open(path) as fh:
        for row in csv.DictReader(fh):
            out.append((row["table"], row["columns"].split("|")))
    return out


def main(path: str, use_claude: bool = False) -> None:
    tables = load_tables(path)
    cache = TagCache()
    tagger = old_tagger.tag_table_claude if use_claude else old_tagger.tag_table
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda t: (t[0], tagger(*t)), tables))
    for name, tags in results:
        cache.create(name, tags)
    # spot check a sample with a different model family
    futures = []
    with ThreadPoolExecutor(max_workers=4) as pool:
        for name, tags in results[:20]:
            futures.append(
                pool.submit(
                    litellm.completion,
                    model="claude-3-5-haiku-20241022",
                    messages=[{"role": "user", "content": f"Are tags {tags} right for table {name}? yes/no"}],
                )
            )
    disagreements = sum(1 for f in futures if "no" in f.result().choices[0].message.content.lower())
    w = csv.writer(sys.stdout)
    w.writerow(["table", "tags"])
    for name, tags in results:
        w.writerow([name, "|".join(tags)])
    print(f"# spot-check disagreements: {disagreements}/20", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], use_claude="--claude" in sys.argv)
