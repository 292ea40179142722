"""magicgui caption widget."""
from __future__ import annotations

from typing import TYPE_CHECKING

from magicgui import magic_factory
from napari.qt.threading import thread_worker
from napari.utils.notifications import show_info, show_warning

from ._captioning import caption_image, caption_image_tracked
from ._image_utils import current_plane
from ._llm.gemini_backend import caption_with_gemini
from ._llm.clients import get_gemini_client

if TYPE_CHECKING:
    import napari


def _on_init(widget):
    widget.native.setToolTip("Caption the displayed plane of an image layer with a vision model")


@magic_factory(
    call_button="Caption",
    provider={"choices": ["openai", "gemini", "anthropic", "ollama"]},
    style={"choices": ["short", "figure", "detailed"]},
    widget_init=_on_init,
)
def caption_layer(
    image: "napari.layers.Image",
    viewer: "napari.Viewer",
    provider: str = "openai",
    style: str = "short",
    tracked: bool = True,
) -> None:
    if image is None:
        show_warning("No image layer selected")
        return
    plane = current_plane(image, viewer)

    @thread_worker(connect={"returned": lambda text: _store_caption(image, text)})
    def _run():
        if tracked and provider == "openai":
            return caption_image_tracked(plane, image.name, style)
        return caption_image(plane, image.name, provider=provider, style=style)

    _run()


def _store_caption(layer, text: str) -> None:
    layer.metadata["caption"] = text
    show_info(f"{layer.name}: {text[:120]}")


@magic_factory(call_button="Quick caption (Gemini)")
def quick_caption_gemini(image: "napari.layers.Image") -> str:
    """Synchronous variant, used from the napari console / scripts."""
    plane = current_plane(image)
    text = caption_with_gemini(get_gemini_client(), plane, f"Caption this image: {image.name}")
    image.metadata["caption"] = text
    return text


@magic_factory(call_button="Find similar layers", backend={"choices": ["openai", "gemini", "local"]})
def find_similar(viewer: "napari.Viewer", query: str = "", backend: str = "local", top_k: int = 3) -> None:
    """Rank layers by caption similarity to ``query`` (needs captions first)."""
    from ._llm import embeddings

    layers = [l for l in viewer.layers if l.metadata.get("caption")]
    if not layers or not query:
        show_warning("Caption some layers and type a query first")
        return
    texts = [query] + [l.metadata["caption"] for l in layers]
    embed = {
        "openai": embeddings.embed_captions_openai,
        "gemini": embeddings.embed_captions_gemini,
        "local": embeddings.embed_captions_local,
    }[backend]
    vecs = embed(texts)
    sims = embeddings.cosine_similarity(vecs[:1], vecs[1:])[0]
    order = sims.argsort()[::-1][:top_k]
    viewer.layers.selection = {layers[i] for i in order}
    show_info(", ".join(f"{layers[i].name} ({sims[i]:.2f})" for i in order))
