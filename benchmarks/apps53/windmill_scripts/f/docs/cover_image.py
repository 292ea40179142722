# requirements:
# replicate
import time

from f.common import media
from f.common.llm import get_openai_client


def main(title: str, style: str = "flat illustration, pastel", aspect_ratio: str = "16:9",
         upscale: bool = False):
    client = media.replicate_client()
    prediction = client.predictions.create(
        model=media.COVER_MODEL,
        input={"prompt": f"{title}, {style}", "aspect_ratio": aspect_ratio, "num_outputs": 1},
    )
    while prediction.status not in ("succeeded", "failed", "canceled"):
        time.sleep(2)
        prediction.reload()
    if prediction.status != "succeeded":
        # Replicate hiccup: fall back to DALL-E so the newsletter isn't blocked
        img = get_openai_client().images.generate(
            model="dall-e-3",
            prompt=f"{title}, {style}",
            size="1792x1024" if aspect_ratio == "16:9" else "1024x1024",
            n=1,
        )
        return {"url": img.data[0].url, "fallback": "openai", "replicate_error": prediction.error}
    url = prediction.output[0]

    if upscale:
        version = media.latest_version(client, media.UPSCALE_MODEL)
        url = str(client.run(f"{media.UPSCALE_MODEL}:{version}", input={"image": url, "scale": 2}))
    return {"url": url, "prediction_id": prediction.id}
