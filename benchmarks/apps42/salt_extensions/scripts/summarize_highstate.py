#!/usr/bin/env python3
"""
Ad-hoc: run a highstate in test mode on the local minion and print an
OpenAI summary. Handy on a box where the minion modules aren't synced yet.

    sudo ./scripts/summarize_highstate.py --model gpt-4o
"""
import argparse
import json
import os
import sys

import salt.client
import salt.config
from openai import OpenAI


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="gpt-4o-mini")
    parser.add_argument("--config", default="/etc/salt/minion")
    parser.add_argument("--apply", action="store_true", help="really apply (test=False)")
    args = parser.parse_args(argv)

    opts = salt.config.minion_config(args.config)
    caller = salt.client.Caller(mopts=opts)
    ret = caller.cmd("state.highstate", test=not args.apply)

    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    completion = client.chat.completions.create(
        model=args.model,
        messages=[
            {"role": "system", "content": "Summarize Salt highstate output for an on-call engineer."},
            {"role": "user", "content": json.dumps(ret, default=str)[:60000]},
        ],
    )
    print(completion.choices[0].message.content)
    return 0


if __name__ == "__main__":
    sys.exit(main())
