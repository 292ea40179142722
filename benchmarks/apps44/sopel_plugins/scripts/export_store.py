#!/usr/bin/env python3
"""Export or prune the conversation store (GDPR requests, mostly)."""
import argparse
import csv
import sys

from sopel_llm.store import ConversationStore


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--prune-days", type=int)
    ap.add_argument("--nick", help="only export this nick")
    args = ap.parse_args()

    store = ConversationStore(args.db)
    store.create()
    if args.prune_days:
        n = store.prune(args.prune_days)
        print(f"pruned {n} rows", file=sys.stderr)
        return
    writer = csv.writer(sys.stdout)
    writer.writerow(["channel", "nick", "role", "content", "backend", "created"])
    for row in store.dump():
        if args.nick and row[1] != args.nick.lower():
            continue
        writer.writerow(row)
    store.close()


if __name__ == "__main__":
    main()
