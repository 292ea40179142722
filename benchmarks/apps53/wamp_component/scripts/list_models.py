#!/usr/bin/env python
"""Print the models each configured provider currently exposes.  Handy when
updating gateway/llm/pricing.py."""
import argparse

from gateway.llm import get_anthropic_sync, get_cohere_sync, get_mistral, get_openai_sync, make_cerebras_sync


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--provider", choices=["openai", "anthropic", "cohere", "mistral", "cerebras", "all"], default="all")
    args = p.parse_args()

    if args.provider in ("openai", "all"):
        for m in get_openai_sync().models.list():
            print("openai   ", m.id)
    if args.provider in ("anthropic", "all"):
        for m in get_anthropic_sync().models.list():
            print("anthropic", m.id)
    if args.provider in ("cohere", "all"):
        for m in get_cohere_sync().models.list().models:
            print("cohere   ", m.name)
    if args.provider in ("mistral", "all"):
        for m in get_mistral().models.list().data:
            print("mistral  ", m.id)
    if args.provider in ("cerebras", "all"):
        for m in make_cerebras_sync().models.list().data:
            print("cerebras ", m.id)


if __name__ == "__main__":
    main()
