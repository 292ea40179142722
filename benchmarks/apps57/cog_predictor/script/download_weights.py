#!/usr/bin/env python
"""Download BLIP-2 weights into ./weights and re-upload them as a tarball.

Run once locally (`python script/download_weights.py`) before `cog push`.
"""
import argparse
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from huggingface_hub import snapshot_download  # noqa: E402

MODEL_ID = "Salesforce/blip2-opt-2.7b"
WEIGHTS_DIR = "weights"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--revision", default="main")
    parser.add_argument("--tar", action="store_true", help="also produce weights.tar for the CDN")
    args = parser.parse_args()

    if os.path.exists(WEIGHTS_DIR):
        shutil.rmtree(WEIGHTS_DIR)
    snapshot_download(
        repo_id=MODEL_ID,
        revision=args.revision,
        local_dir=WEIGHTS_DIR,
        allow_patterns=["*.json", "*.safetensors", "*.txt", "*.model"],
    )
    print(f"weights saved to {WEIGHTS_DIR}")
    if args.tar:
        subprocess.check_call(["tar", "-cvf", "model.tar", "-C", WEIGHTS_DIR, "."])
        print("wrote model.tar; upload it with: gcloud storage cp model.tar gs://replicate-weights/blip2/")


if __name__ == "__main__":
    main()
