"""@@ai-alt-text on Image content: describe an image with Gemini."""
from acme.aiassist.clients import get_genai_client
from acme.aiassist.prompts import ALT_TEXT_PROMPT
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser import BrowserView
from google.genai import types
from zope.interface import alsoProvides

import json


INLINE_LIMIT = 15 * 1024 * 1024


class AltTextView(BrowserView):
    def __call__(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        alt = self.describe()
        if self.request.form.get("save"):
            self.context.description = alt
            self.context.reindexObject(idxs=["Description", "SearchableText"])
            api.portal.show_message("Alternative text saved.", self.request)
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps({"alt": alt})

    def _image_part(self, client):
        blob = self.context.image
        data = blob.data
        if len(data) > INLINE_LIMIT:
            # large originals go through the Files API first
            uploaded = client.files.upload(
                file=blob.open(), config={"mime_type": blob.contentType}
            )
            return uploaded
        return types.Part.from_bytes(data=data, mime_type=blob.contentType)

    def describe(self):
        client = get_genai_client()
        part = self._image_part(client)
        response = client.models.generate_content(
            model="gemini-2.0-flash",
            contents=[part, ALT_TEXT_PROMPT],
        )
        return (response.text or "").strip()[:125]
