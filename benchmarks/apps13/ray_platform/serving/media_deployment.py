"""Image generation. Mostly used by the marketing-tools team."""
import logging
from typing import Any, Dict, List

from ray import serve

from inference import clients
from inference.errors import BadRequest, ProviderUnavailable
from inference.schemas import ImageRequest, ImageResponse
from platform_config import get_settings

logger = logging.getLogger("ray.serve")

TOGETHER_IMAGE_MODEL = "black-forest-labs/FLUX.1-schnell"
MAX_SIDE = 1440


def _normalise_outputs(output: Any) -> List[str]:
    """replicate returns a FileOutput, a list of them, or plain URLs depending on model."""
    if output is None:
        return []
    if not isinstance(output, (list, tuple)):
        output = [output]
    urls = []
    for item in output:
        url = getattr(item, "url", item)
        urls.append(str(url))
    return urls


@serve.deployment(name="MediaDeployment", num_replicas=1, max_ongoing_requests=8)
class MediaDeployment:
    def __init__(self) -> None:
        self._settings = get_settings()
        self._replicate = clients.get_replicate()
        self._together = clients.get_async_together()

    def _replicate_input(self, request: ImageRequest) -> Dict[str, Any]:
        payload: Dict[str, Any] = {
            "prompt": request.prompt,
            "aspect_ratio": "1:1" if request.width == request.height else "16:9",
            "output_format": "webp",
        }
        if request.seed is not None:
            payload["seed"] = request.seed
        return payload

    async def generate(self, request: ImageRequest) -> ImageResponse:
        if max(request.width, request.height) > MAX_SIDE:
            raise BadRequest(f"max side is {MAX_SIDE}px")

        if request.provider == "replicate":
            model_ref = request.model or self._settings.image_model
            try:
                output = await self._replicate.async_run(
                    model_ref, input=self._replicate_input(request)
                )
            except Exception as exc:
                raise ProviderUnavailable(str(exc), provider="replicate") from exc
            return ImageResponse(provider="replicate", model=model_ref, urls=_normalise_outputs(output))

        model = request.model or TOGETHER_IMAGE_MODEL
        resp = await self._together.images.generate(
            model=model,
            prompt=request.prompt,
            width=request.width,
            height=request.height,
            steps=4,
            n=1,
            seed=request.seed if request.seed is not None else 0,
        )
        return ImageResponse(provider="together", model=model, urls=[d.url for d in resp.data])
