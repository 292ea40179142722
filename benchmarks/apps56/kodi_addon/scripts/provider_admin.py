#!/usr/bin/env python3
"""Small admin helpers for the maintainers.

    provider_admin.py models          print which models each configured key can see
    provider_admin.py upload FILE     upload the translation eval set for the nightly fine-tune job
    provider_admin.py estimate FILE   rough token/cost estimate for translating an SRT
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))


def cmd_models():
    import anthropic
    from google import genai
    from mistralai import Mistral
    from openai import OpenAI

    if os.environ.get("OPENAI_API_KEY"):
        print("openai:", sorted(m.id for m in OpenAI().models.list() if m.id.startswith("gpt")))
    if os.environ.get("ANTHROPIC_API_KEY"):
        print("anthropic:", [m.id for m in anthropic.Anthropic().models.list(limit=50)])
    if os.environ.get("GOOGLE_API_KEY"):
        client = genai.Client(api_key=os.environ["GOOGLE_API_KEY"])
        print("google:", [m.name for m in client.models.list()])
    if os.environ.get("MISTRAL_API_KEY"):
        client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
        print("mistral:", [m.id for m in client.models.list().data])


def cmd_upload(path):
    from openai import OpenAI

    client = OpenAI()
    with open(path, "rb") as fh:
        f = client.files.create(file=fh, purpose="fine-tune")
    print("uploaded", f.id)
    for existing in client.files.list(purpose="fine-tune"):
        print(" ", existing.id, existing.filename)


def cmd_estimate(path, model="mistral-small-latest"):
    # importing tokens pulls in kodiutils -> xbmcaddon, so do the arithmetic by hand here
    prices = {"mistral-small-latest": (0.20, 0.60), "gpt-4o-mini": (0.15, 0.60)}
    with open(path, encoding="utf-8") as fh:
        chars = len(fh.read())
    tokens_in = chars // 4
    pin, pout = prices.get(model, (0.0, 0.0))
    cost = (tokens_in * pin + tokens_in * 1.2 * pout) / 1000000.0
    print("~{} tokens in, ~${:.4f} with {}".format(tokens_in, cost, model))


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    cmd, args = argv[1], argv[2:]
    {"models": cmd_models, "upload": cmd_upload, "estimate": cmd_estimate}[cmd](*args)


if __name__ == "__main__":
    main(sys.argv)
