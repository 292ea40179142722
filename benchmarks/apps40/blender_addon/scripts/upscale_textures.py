"""Upscale every AI texture in a folder with Real-ESRGAN on Replicate."""

import glob
import os
import sys
import urllib.request

import replicate

UPSCALER = "nightmareai/real-esrgan:f121d640bd286e1fdc67f9799164c1d5be36ff74576ee11c803ae5b665dd46aa"


def upscale(path, scale=2):
    client = replicate.Client(api_token=os.environ["REPLICATE_API_TOKEN"])
    with open(path, "rb") as fh:
        out = client.run(UPSCALER, input={"image": fh, "scale": scale})
    dest = path.replace(".png", f"_x{scale}.png")
    urllib.request.urlretrieve(str(out), dest)
    return dest


if __name__ == "__main__":
    for p in glob.glob(os.path.join(sys.argv[1], "*.png")):
        print(upscale(p))
