"""Key visual generator."""
from __future__ import annotations

from nicegui import run, ui

from studio.components import page_frame
from studio.services import get_replicate
from studio.services.image_gen import GENERATORS, build_prompt, describe_model, flux_images_legacy
from studio.storage import pref, set_pref
from studio.utils.costs import format_usd, image_cost

STYLES = ["flat illustration", "3D render, soft light", "editorial photo", "isometric", "bold duotone poster"]


@ui.page("/images")
async def images_page() -> None:
    with page_frame("Images"):
        with ui.row().classes("w-full items-end gap-3"):
            subject = ui.input("Subject", placeholder="a developer deploying to the cloud").classes("grow")
            style = ui.select(STYLES, value=STYLES[0], label="Style")
            aspect = ui.toggle(["square", "story", "banner"], value="square")
            backend = ui.select(
                list(GENERATORS) + ["flux-compat", "flux-webhook"],
                value=pref("image_backend"),
                label="Backend",
                on_change=lambda e: set_pref("image_backend", e.value),
            )
        gallery = ui.row().classes("w-full gap-3")
        cost = ui.label("").classes("text-xs opacity-60")

        async def generate() -> None:
            gallery.clear()
            spinner = ui.notification("Generating…", spinner=True, timeout=None)
            try:
                if backend.value == "flux-compat":
                    images = await flux_images_legacy(subject.value, style.value)
                elif backend.value == "flux-webhook":
                    # long-running: fire a prediction and let the webhook drop the result in storage
                    prediction = await run.io_bound(
                        get_replicate().predictions.create,
                        model="black-forest-labs/flux-1.1-pro",
                        input={"prompt": build_prompt(subject.value, style.value)},
                        webhook="https://studio.internal.acme.dev/hooks/replicate",
                        webhook_events_filter=["completed"],
                    )
                    ui.notify(f"Queued prediction {prediction.id}")
                    return
                else:
                    gen = GENERATORS[backend.value]
                    if backend.value == "flux":
                        images = await gen(subject.value, style.value, aspect.value)
                    else:
                        images = [await gen(subject.value, style.value)]
                with gallery:
                    for img in images:
                        ui.image(img.src).classes("w-64 rounded")
                cost.set_text(f"≈ {format_usd(image_cost(backend.value, len(images)))}")
            except Exception as exc:  # noqa: BLE001
                ui.notify(f"Image generation failed: {exc}", type="negative")
            finally:
                spinner.dismiss()

        ui.button("Generate", icon="image", on_click=generate)

        with ui.expansion("Model card").classes("w-full"):
            card = ui.markdown("")

            async def load_card() -> None:
                info = await run.io_bound(describe_model)
                card.set_content(f"**{info['name']}** — {info['description']}\n\nRuns: {info['runs']:,}")

            ui.button("Load", on_click=load_card).props("flat")
