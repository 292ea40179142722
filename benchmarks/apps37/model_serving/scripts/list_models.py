"""Print the upstream model catalogues, to refresh serving_common/cost.py by hand."""
import argparse

from serving_common import get_anthropic_client, get_openai_client, get_replicate_client, get_xai_client
from serving_common.clients import get_bedrock_control_plane
from serving_common.cost import PRICES_PER_MTOK


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--provider", default="all")
    args = ap.parse_args()

    if args.provider in ("all", "openai"):
        for m in get_openai_client().models.list():
            print("openai", m.id, "priced" if m.id in PRICES_PER_MTOK else "")
    if args.provider in ("all", "anthropic"):
        for m in get_anthropic_client().models.list(limit=100):
            print("anthropic", m.id)
    if args.provider in ("all", "xai"):
        for m in get_xai_client().models.list():
            print("xai", m.id)
    if args.provider in ("all", "bedrock"):
        resp = get_bedrock_control_plane().list_foundation_models()
        for s in resp["modelSummaries"]:
            print("bedrock", s["modelId"])
    if args.provider in ("all", "replicate"):
        page = get_replicate_client().models.list()
        for m in page.results:
            print("replicate", f"{m.owner}/{m.name}")


if __name__ == "__main__":
    main()
