"""Open Graph cards.  Backgrounds are generated once per article and cached
as PNGs under ``<cache>/cards``; the overlay is redrawn every build."""
from __future__ import annotations

import base64
import io
import logging
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from llm_common import get_client, llm_settings
from llm_common.prompts import SOCIAL_CARD_PROMPT, render


log = logging.getLogger(__name__)

_articles: list = []

SIZE = (1200, 630)
FONT = Path(__file__).parent / "fonts" / "Inter-SemiBold.ttf"


def compose(background: Image.Image, title: str, site: str) -> Image.Image:
    img = background.convert("RGB").resize(SIZE)
    overlay = Image.new("RGBA", SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    draw.rectangle([0, 380, SIZE[0], SIZE[1]], fill=(0, 0, 0, 150))
    try:
        font = ImageFont.truetype(str(FONT), 54)
        small = ImageFont.truetype(str(FONT), 28)
    except OSError:
        font = small = ImageFont.load_default()
    draw.text((60, 410), _wrap(title, 36), font=font, fill="white")
    draw.text((60, 570), site, font=small, fill=(220, 220, 220))
    return Image.alpha_composite(img.convert("RGBA"), overlay).convert("RGB")


def _wrap(text: str, width: int) -> str:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines[:3])


def placeholder() -> Image.Image:
    return Image.new("RGB", SIZE, (38, 50, 56))


def remember_articles(generator):
    _articles[:] = list(generator.articles)


def _background_hf(cfg, prompt: str) -> Image.Image:
    client = get_client("hf", cfg)
    return client.text_to_image(prompt, model=cfg.hf_image_model, width=1216, height=640)


def _background_openai(cfg, prompt: str) -> Image.Image:
    client = get_client("openai", cfg)
    result = client.images.generate(
        model="gpt-image-1",
        prompt=prompt,
        size="1536x1024",
        n=1,
    )
    return Image.open(io.BytesIO(base64.b64decode(result.data[0].b64_json)))


BACKGROUNDS = {"hf": _background_hf, "openai": _background_openai}


def generate_cards(pelican):
    settings = pelican.settings
    cfg = llm_settings(settings)
    out_dir = Path(pelican.output_path) / "cards"
    out_dir.mkdir(parents=True, exist_ok=True)
    cache_dir = Path(cfg.cache_dir) / "cards"
    cache_dir.mkdir(parents=True, exist_ok=True)
    make_bg = BACKGROUNDS[settings.get("SOCIAL_CARDS_BACKEND", "hf")]

    for article in _articles:
        bg_path = cache_dir / f"{article.slug}.png"
        if bg_path.exists():
            bg = Image.open(bg_path)
        elif not cfg.enabled or cfg.dry_run or article.metadata.get("card") == "plain":
            bg = placeholder()
        else:
            try:
                bg = make_bg(cfg, render(SOCIAL_CARD_PROMPT, title=article.title))
                bg.save(bg_path)
            except Exception:  # noqa: BLE001
                log.exception("card background failed for %s", article.slug)
                bg = placeholder()
        card = compose(bg, article.title, settings.get("SITENAME", ""))
        card.save(out_dir / f"{article.slug}.png", optimize=True)
