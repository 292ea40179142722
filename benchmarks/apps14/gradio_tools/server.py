"""Mounts every Gradio tool on one FastAPI app (behind the SSO proxy)."""
import gradio as gr
import uvicorn
from fastapi import FastAPI

from common.healthcheck import router as health_router
from common.logging_setup import configure_logging
from tools.contract_review.app import build_app as contract_review
from tools.image_gen.app import build_app as image_gen
from tools.meeting_notes.app import build_app as meeting_notes
from tools.sales_email.app import build_app as sales_email
from tools.support_reply.gradio_app import build_app as support_legacy

configure_logging()

app = FastAPI(title="ACME AI tools", docs_url=None, redoc_url=None)
app.include_router(health_router)

for path, builder in [
    ("/contracts", contract_review),
    ("/sales-email", sales_email),
    ("/meetings", meeting_notes),
    ("/images", image_gen),
    ("/support-legacy", support_legacy),
]:
    app = gr.mount_gradio_app(app, builder().queue(default_concurrency_limit=8), path=path)


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=7860, proxy_headers=True, forwarded_allow_ips="*")
