# requirements:
# replicate
import os

import replicate
import wmill

from f.common.media import OCR_MODEL, replicate_client


def main(image_url: str, use_workspace_token: bool = True):
    if use_workspace_token:
        output = replicate_client().run(OCR_MODEL, input={"image": image_url})
    else:
        # local dev: REPLICATE_API_TOKEN from the environment
        os.environ.setdefault("REPLICATE_API_TOKEN", wmill.get_variable("u/admin/replicate_dev"))
        output = replicate.run(OCR_MODEL, input={"image": image_url})
    text = output if isinstance(output, str) else "".join(output)
    return {"image_url": image_url, "text": text}
