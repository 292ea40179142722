"""/v2/candidates - CV upload and candidate listing."""
from __future__ import annotations

import asyncio
import logging

import falcon

from recruit_api.services.cv_parser import parse_cv_bytes
from recruit_api.services.redaction import redact

log = logging.getLogger(__name__)

ALLOWED_EXT = (".pdf", ".txt", ".md")
MAX_BYTES = 8 * 1024 * 1024


class CandidateCollection:
    def __init__(self, repo, parser) -> None:
        self.repo = repo
        self.parser = parser

    async def on_get(self, req, resp):
        limit = req.get_param_as_int("limit", default=50, min_value=1, max_value=200)
        offset = req.get_param_as_int("offset", default=0, min_value=0)
        resp.media = {"items": self.repo.list(limit=limit, offset=offset)}

    async def on_post(self, req, resp):
        form = await req.get_media()
        upload = None
        async for part in form:
            if part.name == "cv":
                upload = (part.secure_filename, await part.get_data())
        if upload is None:
            raise falcon.HTTPBadRequest(title="Missing 'cv' file part")
        filename, data = upload
        if not filename.lower().endswith(ALLOWED_EXT):
            raise falcon.HTTPUnsupportedMediaType(description=f"{filename}: unsupported type")
        if len(data) > MAX_BYTES:
            raise falcon.HTTPPayloadTooLarge()

        profile = await asyncio.to_thread(parse_cv_bytes, self.parser, filename, data)
        text = data.decode("utf-8", errors="ignore") if not filename.endswith(".pdf") else ""
        cid = self.repo.create(profile.name or filename, profile.email, text, profile.__dict__)
        resp.status = falcon.HTTP_201
        resp.location = f"/v2/candidates/{cid}"
        resp.media = {"id": cid, "profile": profile.__dict__}


class CandidateItem:
    def __init__(self, repo) -> None:
        self.repo = repo

    async def on_get(self, req, resp, candidate_id: str):
        cand = self.repo.get(candidate_id)
        if cand is None:
            raise falcon.HTTPNotFound()
        resp.media = cand

    async def on_get_blind(self, req, resp, candidate_id: str):
        """Redacted CV for blind review panels."""
        cand = self.repo.get(candidate_id)
        if cand is None:
            raise falcon.HTTPNotFound()
        redacted = await asyncio.to_thread(redact, cand["cv_text"] or "")
        resp.media = {"id": candidate_id, "cv_text": redacted}
