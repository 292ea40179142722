"""Header images and alt text for each issue."""
import base64
import logging
import os

from newsletter.config import huey
from newsletter.models import Issue
from newsletter.providers.clients import get_openai_client

log = logging.getLogger(__name__)

IMAGE_DIR = os.environ.get("IMAGE_DIR", "/var/newsletter/images")


class HeaderImageGenerator:
    def __init__(self, client, size="1536x1024"):
        self._client = client
        self.size = size

    def generate(self, issue):
        """Our own generate(): renders and stores the header, returns the path."""
        prompt = (
            "Flat editorial illustration, muted palette, no text, about: "
            + ", ".join(a.title for a in issue.articles()[:3])
        )
        result = self._client.images.generate(
            model="gpt-image-1", prompt=prompt, size=self.size, n=1
        )
        path = os.path.join(IMAGE_DIR, f"{issue.slug}.png")
        with open(path, "wb") as fh:
            fh.write(base64.b64decode(result.data[0].b64_json))
        return path

    def alt_text(self, path):
        with open(path, "rb") as fh:
            encoded = base64.b64encode(fh.read()).decode()
        resp = self._client.responses.create(
            model="gpt-4o-mini",
            input=[
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": "Write concise alt text (max 20 words)."},
                        {"type": "input_image", "image_url": f"data:image/png;base64,{encoded}"},
                    ],
                }
            ],
        )
        return resp.output_text


@huey.task(retries=1, retry_delay=90)
def make_header_image(issue_id):
    issue = Issue.get(issue_id)
    gen = HeaderImageGenerator(get_openai_client())
    path = gen.generate(issue)
    alt = gen.alt_text(path)
    log.info("header for %s at %s (%s)", issue.slug, path, alt)
    return {"path": path, "alt": alt}


def upload_for_batch(path):
    """Uploads a JSONL for the Batch API; the upload itself is not billed."""
    with open(path, "rb") as fh:
        return get_openai_client().files.create(file=fh, purpose="batch").id
